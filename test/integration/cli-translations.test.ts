import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, FIXTURE, presskit, storeBytes, tempDir } from '../helpers/cli';

const ENGLISH = 'test/fixtures/import/communique-cp124-2019.en.md';

beforeAll(async () => {
  await buildCli();
});

/** An archive with CP124-2019 in French and its English translation, still marked untranslated. */
async function withTranslation(): Promise<string> {
  const dataDir = tempDir();
  await presskit(['--data-dir', dataDir, 'import', FIXTURE]);
  const translated = await presskit(['--data-dir', dataDir, 'translate', 'CP124-2019', '--to', 'en']);
  expect(translated).toMatchObject({ code: 0, stderr: '', stdout: 'Created the en version of CP124-2019, marked untranslated until each block is edited.\n' });
  return dataDir;
}

describe('presskit translate', () => {
  it('creates the version in another language under the same reference, marked untranslated; --json prints it', async () => {
    const dataDir = tempDir();
    await presskit(['--data-dir', dataDir, 'import', FIXTURE]);
    const result = await presskit(['--data-dir', dataDir, 'translate', 'cp124-2019', '--to', 'ru', '--json']);
    expect(result.code).toBe(0);
    const release = JSON.parse(result.stdout);
    expect(release).toMatchObject({ ref: 'CP124-2019', language: 'ru', status: 'draft', untranslated: { source: expect.any(String), edited: [] } });
    expect(release.translationGroup).toBe(release.untranslated.source);
    const list = JSON.parse((await presskit(['--data-dir', dataDir, 'list', '--json'])).stdout);
    expect(list.map((r: { ref: string; language: string }) => `${r.ref} ${r.language}`)).toEqual(['CP124-2019 fr', 'CP124-2019 ru']);
  });

  it('refuses a language already there, and --to missing or unknown as usage', async () => {
    const dataDir = await withTranslation();
    const before = storeBytes(dataDir);
    expect(await presskit(['--data-dir', dataDir, 'translate', 'CP124-2019', '--lang', 'fr', '--to', 'en'])).toMatchObject({
      code: 1,
      stderr: 'presskit: The archive already holds the English version of CP124-2019.\n',
    });
    expect(await presskit(['--data-dir', dataDir, 'translate', 'CP124-2019', '--lang', 'fr'])).toMatchObject({ code: 2, stderr: 'presskit: Say which language to translate into: --to fr, --to en or --to ru.\n' });
    expect((await presskit(['--data-dir', dataDir, 'translate', 'CP124-2019', '--lang', 'fr', '--to', 'de'])).code).toBe(2);
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });
});

describe('--lang on a reference filed in several languages', () => {
  it('is needed by show, export release and delete, whose refusal lists the languages', async () => {
    const dataDir = await withTranslation();
    const out = join(dataDir, 'cp.pdf');
    for (const args of [['show', 'CP124-2019'], ['export', 'release', 'CP124-2019', '--out', out], ['delete', 'CP124-2019']]) {
      expect(await presskit(['--data-dir', dataDir, ...args]), args.join(' ')).toMatchObject({
        code: 2,
        stderr: 'presskit: The reference CP124-2019 is filed in several languages (fr, en): say which one, e.g. --lang fr.\n',
      });
    }
    expect(existsSync(out)).toBe(false);
    expect(JSON.parse((await presskit(['--data-dir', dataDir, 'show', 'CP124-2019', '--lang', 'en', '--json'])).stdout)).toMatchObject({ language: 'en' });
    expect((await presskit(['--data-dir', dataDir, 'show', 'CP124-2019', '--lang', 'en'])).stdout).toMatch(/^CP124-2019 · 2019-08-27 · en · draft · untranslated\n/u);
    expect((await presskit(['--data-dir', dataDir, 'show', 'CP124-2019', '--lang', 'fr'])).stdout).toMatch(/^CP124-2019 · 2019-08-27 · fr · draft\n/u);
    expect((await presskit(['--data-dir', dataDir, 'show', 'CP124-2019', '--lang', 'ru'])).stderr).toBe('presskit: The reference CP124-2019 has no Russian version (its languages: fr, en).\n');
    expect(await presskit(['--data-dir', dataDir, 'delete', 'CP124-2019', '--lang', 'en'])).toMatchObject({ code: 0, stdout: 'Deleted CP124-2019 (en).\n' });
    // One version left: the reference alone names it again.
    expect((await presskit(['--data-dir', dataDir, 'show', 'CP124-2019'])).code).toBe(0);
  });
});

describe('--allow-untranslated', () => {
  it('is needed to export a release still marked untranslated, or a kit holding one', async () => {
    const dataDir = await withTranslation();
    const out = join(dataDir, 'cp-en.pdf');
    const refused = await presskit(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--lang', 'en', '--out', out]);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/^presskit: CP124-2019 \(en\) is still marked untranslated: .*--allow-untranslated/u) });
    expect(existsSync(out)).toBe(false);
    expect((await presskit(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--lang', 'en', '--out', out, '--allow-untranslated'])).code).toBe(0);
    expect(existsSync(out)).toBe(true);

    const kit = ['--data-dir', dataDir, 'kit', 'create', 'MAKS', '--release', 'CP124-2019', '--lang', 'en'];
    expect((await presskit(kit)).stderr).toMatch(/confirm to add it to the kit as it is \(--allow-untranslated/u);
    expect((await presskit([...kit, '--allow-untranslated'])).code).toBe(0);
    const kitOut = join(dataDir, 'maks.pdf');
    expect((await presskit(['--data-dir', dataDir, 'export', 'kit', 'MAKS', '--out', kitOut])).stderr).toMatch(/^presskit: The kit « MAKS » holds CP124-2019 \(en\), still marked untranslated/u);
    expect((await presskit(['--data-dir', dataDir, 'export', 'kit', 'MAKS', '--out', kitOut, '--allow-untranslated'])).code).toBe(0);
  });
});

describe('presskit import of the other-language version', () => {
  it('links it to the release of that reference instead of refusing it', async () => {
    const dataDir = tempDir();
    await presskit(['--data-dir', dataDir, 'import', FIXTURE]);
    expect(await presskit(['--data-dir', dataDir, 'import', ENGLISH, '--json'])).toMatchObject({ code: 0 });
    const [fr, en] = JSON.parse((await presskit(['--data-dir', dataDir, 'list', '--json'])).stdout);
    expect([fr.language, en.language]).toEqual(['fr', 'en']);
    expect(en).toMatchObject({ ref: 'CP124-2019', translationGroup: fr.id, untranslated: null });
  });
});
