import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, FIXTURE, fixtureArchive, storeBytes } from '../helpers/cli';

beforeAll(async () => {
  await buildCli();
});

describe('presskit import --on-clash', () => {
  it('files a clashing communiqué under the next free number, a reference given, or skips it', async () => {
    const { dataDir, run } = await fixtureArchive();
    const before = storeBytes(dataDir);
    const refused = await run('import', FIXTURE);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('CP124-2019 is already in the archive (fr): « communique-cp124-2019.fr.md » was not imported.');
    expect(refused.stderr).toMatch(/\npresskit: Say what to do with it: --on-clash next \(the next free number\), --on-clash as REF, or --on-clash skip\.\n$/u);
    expect(storeBytes(dataDir).equals(before)).toBe(true);

    expect(await run('import', FIXTURE, '--on-clash', 'next')).toMatchObject({ code: 0, stdout: 'CP125-2019\n' });
    expect(await run('import', '--on-clash', 'as', 'CP300-2019', FIXTURE)).toMatchObject({ code: 0, stdout: 'CP300-2019\n' });
    const skipped = await run('import', FIXTURE, '--on-clash=skip', '--json');
    expect(skipped).toMatchObject({ code: 0, stderr: 'presskit: skipped « communique-cp124-2019.fr.md »: CP124-2019 is already filed.\n' });
    expect(JSON.parse(skipped.stdout)).toEqual({ refs: [], contactsAdded: 0, contactsMerged: 0, skipped: [{ file: 'communique-cp124-2019.fr.md', ref: 'CP124-2019' }] });
  });

  it('refuses a reference off the brand’s pattern and a choice it does not know', async () => {
    const { dataDir, run } = await fixtureArchive();
    const before = storeBytes(dataDir);
    expect(await run('import', FIXTURE, '--on-clash', 'as', 'CP-300')).toMatchObject({ code: 1, stderr: 'presskit: « CP-300 » is not a reference of the brand’s pattern: write it like CP125-2019.\n' });
    expect(await run('import', FIXTURE, '--on-clash', 'rename')).toMatchObject({ code: 2, stderr: 'presskit: --on-clash takes next, skip or as REF, not « rename ».\n' });
    expect(await run('import', FIXTURE, '--on-clash', 'as')).toMatchObject({ code: 2 });
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });
});

describe('presskit new', () => {
  it('creates a titled release under the next number, and refuses to leave an untitled one behind', async () => {
    const { run } = await fixtureArchive();
    expect(await run('new', '--title', 'Coopération spatiale', '--lang', 'fr')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Created CP1-\d{4} \(fr\)\.\n$/u) });
    expect(await run('new')).toMatchObject({ code: 2, stderr: expect.stringContaining('presskit new needs --title') });
  });
});
