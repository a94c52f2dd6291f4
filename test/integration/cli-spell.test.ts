import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, presskit, tempDir } from '../helpers/cli';

beforeAll(async () => {
  await buildCli();
});

interface Checked {
  ref: string;
  language: string;
  unknown: { where: string; word: string; start: number; end: number; suggestions: string[] }[];
}

describe('presskit spell and presskit dictionary (the bundled spelling worker)', () => {
  it('prints the unknown words of a release with their places, then none of those the office adds to its dictionary', async () => {
    const dataDir = tempDir();
    expect((await presskit(['--data-dir', dataDir, 'demo'])).code).toBe(0);
    const first = await presskit(['--data-dir', dataDir, 'spell', 'CP124-2019', '--json', '--no-suggestions']);
    expect(first.code, first.stderr).toBe(0);
    const checked = JSON.parse(first.stdout) as Checked;
    expect(checked).toMatchObject({ ref: 'CP124-2019', language: 'fr' });
    expect(checked.unknown.map((spot) => spot.word)).toContain('Roscosmos');
    expect(checked.unknown.find((spot) => spot.word === 'Roscosmos')).toMatchObject({ where: 'body 1', suggestions: [] });

    const added = await presskit(['--data-dir', dataDir, 'dictionary', 'add', 'Roscosmos']);
    expect(added).toMatchObject({ code: 0, stdout: 'Roscosmos\n' });
    const text = await presskit(['--data-dir', dataDir, 'spell', 'CP124-2019', '--no-suggestions']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^CP124-2019 \(fr\): \d+ words not in the dictionary\n/);
    expect(text.stdout).toContain('Roshydromet');
    expect(text.stdout).not.toContain('Roscosmos');
  });

  it('refuses a dictionary action it does not know, as wrong usage', async () => {
    const result = await presskit(['--data-dir', tempDir(), 'dictionary', 'purge']);
    expect(result).toMatchObject({ code: 2, stderr: 'presskit: presskit dictionary takes list, add WORD or remove WORD, not « purge ».\n' });
  });
});
