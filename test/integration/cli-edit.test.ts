import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { besidesSpelling, buildCli, fixtureArchive as archive, storeBytes, type CliResult } from '../helpers/cli';
import { pdftotext, readableText } from '../helpers/pdf-tools';

const NBSP = '\u00A0';

beforeAll(async () => {
  await buildCli();
});

async function shown(run: (...args: string[]) => Promise<CliResult>): Promise<Record<string, unknown>> {
  return JSON.parse((await run('show', 'CP124-2019', '--json')).stdout) as Record<string, unknown>;
}

describe('presskit edit', () => {
  it('changes the title, date, place, status and language, and says what it saved', async () => {
    const { run } = await archive();
    const result = await run('edit', 'cp124-2019', '--title', 'Coopération spatiale', '--date', '2019-08-28', '--place', 'Joukovski', '--status', 'review', '--set-lang', 'en');
    expect(result).toMatchObject({ code: 0, stdout: 'Saved CP124-2019.\n', stderr: '' });
    expect(await shown(run)).toMatchObject({ title: 'Coopération spatiale', date: '2019-08-28', place: 'Joukovski', status: 'review', language: 'en' });
  });

  it('acts on the version --lang names, as show and delete do; --set-lang changes a version’s language', async () => {
    const { dataDir, run } = await archive();
    expect((await run('translate', 'CP124-2019', '--to', 'en')).code).toBe(0);
    const both = await run('edit', 'CP124-2019', '--title', 'X');
    expect(both).toMatchObject({ code: 2, stderr: 'presskit: The reference CP124-2019 is filed in several languages (fr, en): say which one, e.g. --lang fr.\n' });
    expect(await run('edit', 'CP124-2019', '--lang', 'en', '--title', 'Space cooperation')).toMatchObject({ code: 0, stdout: 'Saved CP124-2019.\n' });
    const title = async (language: string) => JSON.parse((await run('show', 'CP124-2019', '--lang', language, '--json')).stdout).title as string;
    expect(await title('en')).toBe('Space cooperation');
    expect(await title('fr')).not.toBe('Space cooperation');
    const before = storeBytes(dataDir);
    expect(await run('edit', 'CP124-2019', '--lang', 'en', '--set-lang', 'fr')).toMatchObject({ code: 1, stderr: 'presskit: A release with reference CP124-2019 is already in the archive: choose another reference.\n' });
    expect(await run('edit', 'CP124-2019', '--lang', 'en', '--set-lang', 'de')).toMatchObject({ code: 2, stderr: 'presskit: --set-lang takes fr, en or ru, not « de ».\n' });
    expect(storeBytes(dataDir).equals(before)).toBe(true);
    expect((await run('edit', 'CP124-2019', '--lang', 'en', '--set-lang', 'ru')).code).toBe(0);
    expect(await title('ru')).toBe('Space cooperation');
  });

  it('prints the whole release with --json', async () => {
    const { run } = await archive();
    const result = await run('edit', 'CP124-2019', '--status', 'review', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(await shown(run));
    expect(JSON.parse(result.stdout)).toMatchObject({ ref: 'CP124-2019', status: 'review', embargo: null });
  });

  it('sets an embargo in the zone given, else the embargo’s own, else the place’s, else the office’s; and lifts it', async () => {
    const { run } = await archive();
    expect((await run('edit', 'CP124-2019', '--embargo', '2019-08-27T10:30', '--zone', 'Asia/Tokyo')).code).toBe(0);
    expect((await shown(run)).embargo).toEqual({ at: '2019-08-27T10:30:00+09:00', zone: 'Asia/Tokyo' });
    expect((await run('edit', 'CP124-2019', '--embargo', '2019-08-27T11:00')).code).toBe(0);
    expect((await shown(run)).embargo).toEqual({ at: '2019-08-27T11:00:00+09:00', zone: 'Asia/Tokyo' });
    expect((await run('edit', 'CP124-2019', '--no-embargo')).code).toBe(0);
    expect((await shown(run)).embargo).toBeNull();
    expect((await run('edit', 'CP124-2019', '--place', 'Joukovski', '--embargo', '2019-08-27T10:30')).code).toBe(0);
    expect((await shown(run)).embargo).toEqual({ at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' });
    expect((await run('show', 'CP124-2019')).stdout).toContain(`Sous embargo jusqu’au 27${NBSP}août${NBSP}2019 à 10${NBSP}h${NBSP}30, heure de Moscou (UTC+3)`);
    await run('edit', 'CP124-2019', '--no-embargo');
    expect((await run('edit', 'CP124-2019', '--place', 'Lyon', '--embargo', '2019-08-27T10:30')).code).toBe(0);
    expect((await shown(run)).embargo).toEqual({ at: '2019-08-27T10:30:00+02:00', zone: 'Europe/Paris' });
  });

  it('refuses wrong usage with exit 2 and a sentence, changing nothing', async () => {
    const { dataDir, run } = await archive();
    const before = storeBytes(dataDir);
    for (const [args, sentence] of [
      [[], 'Say what to change: --title, --date, --place, --status, --set-lang, --embargo … --zone … or --no-embargo. See presskit --help.'],
      [['--lang', 'fr'], 'Say what to change: --title, --date, --place, --status, --set-lang, --embargo … --zone … or --no-embargo. See presskit --help.'],
      [['--date', '2019-02-30'], '--date takes a day written YYYY-MM-DD, e.g. --date 2019-08-27, not « 2019-02-30 ».'],
      [['--status', 'done'], '--status takes draft, review, approved or published, not « done ».'],
      [['--lang', 'de'], '--lang takes fr, en or ru, not « de ».'],
      [['--embargo', '27/08/2019 10:30'], '--embargo takes a day and an hour written YYYY-MM-DDTHH:MM, e.g. --embargo 2019-08-27T10:30, not « 27/08/2019 10:30 ».'],
      [['--embargo', '2019-08-27T25:00'], '--embargo takes a day and an hour written YYYY-MM-DDTHH:MM, e.g. --embargo 2019-08-27T10:30, not « 2019-08-27T25:00 ».'],
      [['--embargo', '2020-03-29T02:30', '--zone', 'Europe/Paris'], '2020-03-29 02:30 does not exist in Europe/Paris: the clocks skip that hour; choose another.'],
      [['--embargo', '2019-08-27T10:30', '--zone', 'Mars/Olympus'], '--zone takes a time zone such as Europe/Moscow or UTC, not « Mars/Olympus ».'],
      [['--zone', 'Europe/Moscow'], '--zone goes with --embargo: give the day and hour in that zone too.'],
      [['--embargo', '2019-08-27T10:30', '--no-embargo'], '--embargo and --no-embargo cannot go together: choose one.'],
      [['--colour', 'red'], '--colour is not an option of this command; see presskit --help.'],
    ] as const) {
      const result = await run('edit', 'CP124-2019', ...args);
      expect(result, args.join(' ')).toMatchObject({ code: 2, stderr: `presskit: ${sentence}\n`, stdout: '' });
    }
    expect((await run('edit', '--title', 'X')).code).toBe(2);
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });

  it('refuses an unknown reference and an embargo before the release’s date with exit 1, changing nothing', async () => {
    const { dataDir, run } = await archive();
    const before = storeBytes(dataDir);
    expect(await run('edit', 'CP999-2019', '--title', 'X')).toMatchObject({ code: 1, stderr: 'presskit: There is no release with reference CP999-2019 in the archive.\n' });
    expect(await run('edit', 'CP124-2019', '--date', '2026-12-01', '--embargo', '2019-08-28T10:30', '--zone', 'Europe/Paris')).toMatchObject({
      code: 1,
      stderr: 'presskit: The embargo (2019-08-28 10:30 Europe/Paris) is before the release’s date (2026-12-01): choose an embargo on or after that day, or change the date.\n',
    });
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });
});

describe('presskit export with an embargo', () => {
  it('prints the banner in the embargo’s zone and warns, on stderr and in --json, that the embargo has lifted', async () => {
    const { dataDir, run } = await archive();
    await run('edit', 'CP124-2019', '--embargo', '2019-08-27T10:30', '--zone', 'Europe/Moscow');
    const warning = 'The embargo of CP124-2019 (2019-08-27 10:30 Europe/Moscow) has already lifted, yet the PDF still announces it: remove the embargo or choose a new time.';
    const saved = await run('export', 'release', 'CP124-2019', '--out', join(dataDir, 'cp124.pdf'));
    expect(saved.code).toBe(0);
    expect(besidesSpelling(saved.stderr)).toBe(`presskit: ${warning}\n`);
    expect(saved.stdout).toMatch(/^Saved \d+ pages to /u);
    const text = readableText(pdftotext(readFileSync(join(dataDir, 'cp124.pdf'))));
    expect(text).toContain(`Sous embargo jusqu’au 27${NBSP}août${NBSP}2019 à 10${NBSP}h${NBSP}30, heure de Moscou (UTC+3)`);

    const asJson = await run('export', 'release', 'CP124-2019', '--out', join(dataDir, 'again.pdf'), '--json');
    expect(besidesSpelling(asJson.stderr)).toBe(`presskit: ${warning}\n`);
    expect(JSON.parse(asJson.stdout)).toMatchObject({
      file: join(dataDir, 'again.pdf'),
      warnings: [{ code: 'spelling.unknownWords' }, { code: 'embargo.past', params: { ref: 'CP124-2019', until: '2019-08-27 10:30 Europe/Moscow' }, message: warning }],
    });
    expect((await run('kit', 'create', 'MAKS 2019', '--release', 'CP124-2019')).code).toBe(0);
    const kit = await run('export', 'kit', 'MAKS 2019', '--out', join(dataDir, 'kit.pdf'), '--report');
    expect(besidesSpelling(kit.stderr)).toBe(`presskit: ${warning}\n`);
    expect(JSON.parse(kit.stdout).warnings).toMatchObject([{ code: 'spelling.kitUnknownWords', params: { ref: 'CP124-2019' } }, { code: 'embargo.past' }]);
  });

  it('warns of nothing for an embargo still to come', async () => {
    const { dataDir, run } = await archive();
    await run('edit', 'CP124-2019', '--embargo', '2099-01-01T10:00', '--zone', 'UTC');
    const result = await run('export', 'release', 'CP124-2019', '--out', join(dataDir, 'cp124.pdf'), '--json');
    expect(result.code).toBe(0);
    expect(besidesSpelling(result.stderr)).toBe('');
    expect(JSON.parse(result.stdout).warnings.map((warning: { code: string }) => warning.code)).toEqual(['spelling.unknownWords']);
  });
});
