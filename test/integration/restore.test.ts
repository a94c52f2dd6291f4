/** `presskit restore` and bundle imports: what they read, and that a refused bundle leaves the data folder as it was. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../main/core/import';
import { besidesSpelling, buildCli, FIXTURE, presskit, presskitAsync, stopRunningPresskits, storeBytes, tempDir } from '../helpers/cli';

beforeAll(async () => {
  await buildCli();
});

afterEach(stopRunningPresskits);

/** A data folder holding the demo (one release, two contacts, a kit, a logo) and its backup file. */
async function demoBackup(): Promise<{ source: string; file: string }> {
  const source = tempDir();
  expect((await presskit(['--data-dir', source, 'demo'])).code).toBe(0);
  const file = join(tempDir('presskit-backup-'), 'archive.presskit.json');
  expect((await presskit(['--data-dir', source, 'backup', '--out', file])).code).toBe(0);
  return { source, file };
}

/** What a data folder holds, but for the lock-free files that every command may rewrite. */
function contents(dataDir: string): string[] {
  const images = existsSync(join(dataDir, 'images')) ? readdirSync(join(dataDir, 'images')).map((name) => `images/${name}`) : [];
  return [...readdirSync(dataDir).filter((name) => name !== 'backups'), ...images].sort();
}

describe('presskit restore reads only a regular file', () => {
  it('refuses a pipe at once, instead of waiting for a writer', async () => {
    const fifo = join(tempDir(), 'archive.presskit.json');
    execFileSync('mkfifo', [fifo]);
    const result = await presskitAsync(['--data-dir', tempDir(), 'restore', fifo]);
    expect(result).toMatchObject({ code: 1, stderr: `presskit: ${fifo} is not a regular file (it is a device, a pipe or a socket); choose a file.\n` });
  });

  it('refuses a device such as /dev/zero, instead of reading it for ever', async () => {
    const result = await presskitAsync(['--data-dir', tempDir(), 'restore', '/dev/zero']);
    expect(result).toMatchObject({ code: 1, stderr: 'presskit: /dev/zero is not a regular file (it is a device, a pipe or a socket); choose a file.\n' });
  });

  it('says that a folder is a folder, and that a missing file is missing', async () => {
    const folder = tempDir();
    expect(await presskitAsync(['--data-dir', tempDir(), 'restore', folder])).toMatchObject({ code: 1, stderr: `presskit: ${folder} is a folder, not a file.\n` });
    const missing = join(folder, 'nothing.presskit.json');
    expect(await presskitAsync(['--data-dir', tempDir(), 'restore', missing])).toMatchObject({ code: 1, stderr: `presskit: There is no file at ${missing}.\n` });
  });

  it('refuses a file over the limit before reading it', async () => {
    const huge = join(tempDir(), 'huge.presskit.json');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_BUNDLE_BYTES + 1); // sparse: no disk space used
    const result = await presskitAsync(['--data-dir', tempDir(), 'restore', huge]);
    expect(result).toMatchObject({ code: 1, stderr: 'presskit: The bundle cannot be restored: it is larger than 2048 MB.\n' });
  });
});

describe('a refused bundle leaves nothing in the data folder', () => {
  it('restore: an image that does not match its name writes no image', async () => {
    const { file } = await demoBackup();
    const json = JSON.parse(readFileSync(file, 'utf8')) as { images: Array<{ name: string; base64: string }> };
    const [logo] = json.images;
    if (!logo) throw new Error('the demo has a logo');
    // Still a PNG, but not the bytes the name is the hash of.
    logo.base64 = Buffer.concat([Buffer.from(logo.base64, 'base64'), Buffer.from('tampered')]).toString('base64');
    const tampered = join(tempDir('presskit-backup-'), 'tampered.presskit.json');
    writeFileSync(tampered, JSON.stringify(json));

    const target = tempDir();
    expect((await presskit(['--data-dir', target, 'list'])).code).toBe(0);
    const before = { files: contents(target), store: storeBytes(target) };
    const refused = await presskit(['--data-dir', target, 'restore', tampered]);
    expect(refused).toMatchObject({ code: 1, stderr: 'presskit: The bundle is damaged: an image does not match its content.\n' });
    expect(contents(target)).toEqual(before.files);
    expect(storeBytes(target).equals(before.store)).toBe(true);
  });

  it('import: a bundle refused for a reference already in the archive writes no image', async () => {
    const { file } = await demoBackup();
    const target = tempDir();
    expect((await presskit(['--data-dir', target, 'import', FIXTURE])).code).toBe(0);
    const before = contents(target);
    const refused = await presskit(['--data-dir', target, 'import', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('CP124-2019');
    expect(contents(target)).toEqual(before);
  });

  it('an accepted restore brings its images in and leaves no staging behind', async () => {
    const { source, file } = await demoBackup();
    const target = tempDir();
    expect((await presskit(['--data-dir', target, 'restore', file])).code).toBe(0);
    expect(contents(target).filter((name) => name.startsWith('images/'))).toEqual(contents(source).filter((name) => name.startsWith('images/')));
    expect(contents(target).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });
});

describe('a data folder on a read-only disk', () => {
  const mounted: string[] = [];
  afterEach(() => {
    for (const folder of mounted.splice(0)) execFileSync('umount', [folder]);
  });

  it('can still be listed, shown and exported from', async ({ skip }) => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dataDir], { stdio: 'ignore' });
    } catch {
      skip('mounting a tmpfs needs root');
    }
    mounted.push(dataDir);
    expect((await presskit(['--data-dir', dataDir, 'demo'])).code).toBe(0);
    execFileSync('mount', ['-o', 'remount,ro', dataDir]);

    const list = await presskit(['--data-dir', dataDir, 'list', '--json']);
    expect(list.stderr).toBe('');
    expect(JSON.parse(list.stdout)).toHaveLength(1);
    expect((await presskit(['--data-dir', dataDir, 'show', 'CP124-2019'])).code).toBe(0);
    const out = join(tempDir(), 'cp124.pdf');
    const exported = await presskit(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', out]);
    expect(exported.code).toBe(0);
    expect(besidesSpelling(exported.stderr)).toBe('');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
