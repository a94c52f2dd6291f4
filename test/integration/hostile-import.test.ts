import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, FIXTURE, presskit, storeBytes, tempDir } from '../helpers/cli';

beforeAll(async () => {
  await buildCli();
});

/** A data folder holding the model communiqué, so that "nothing changed" has something to compare. */
async function archive(): Promise<string> {
  const dataDir = tempDir();
  expect((await presskit(['--data-dir', dataDir, 'import', FIXTURE])).code).toBe(0);
  return dataDir;
}

describe('presskit import, given hostile files', () => {
  it('says a pipe named .md is not a regular file, rather than a folder, and changes nothing', async () => {
    const dataDir = await archive();
    const before = storeBytes(dataDir);
    const fifo = join(tempDir('presskit-input-'), 'communique.md');
    execFileSync('mkfifo', [fifo]);
    const result = await presskit(['--data-dir', dataDir, 'import', fifo]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`presskit: ${fifo} is not a regular file (a pipe or a device): import a file saved on disk.\n`);
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });
});
