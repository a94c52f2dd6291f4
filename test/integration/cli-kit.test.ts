import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixtureArchive as archive } from '../helpers/cli';
import { pageText, pdftotext, readableText } from '../helpers/pdf-tools';

const NBSP = '\u00A0';

beforeAll(async () => {
  await buildCli();
});

describe('presskit kit create and kit edit', () => {
  it('gives a new kit the dates it is given, and none otherwise: never the releases’', async () => {
    const { run } = await archive();
    const bare = await run('kit', 'create', 'Sans dates', '--release', 'CP124-2019', '--json');
    expect(bare.code).toBe(0);
    expect(JSON.parse(bare.stdout)).toMatchObject({ event: { name: 'Sans dates', place: '', startDate: null, endDate: null }, repeat: { contacts: false, boilerplate: false } });
    const dated = await run('kit', 'create', 'MAKS 2019', '--release', 'CP124-2019', '--event', 'MAKS 2019', '--place', 'Joukovski', '--from', '2019-08-27', '--to', '2019-09-01', '--repeat-contacts', '--photos', '--json');
    expect(dated.code).toBe(0);
    expect(JSON.parse(dated.stdout)).toMatchObject({
      event: { name: 'MAKS 2019', place: 'Joukovski', startDate: '2019-08-27', endDate: '2019-09-01' },
      repeat: { contacts: true, boilerplate: false },
      items: [{ type: 'release' }, { type: 'photos', title: '' }, { type: 'contacts' }],
    });
  });

  it('edits the dates and the repeats, and says what is wrong in a sentence', async () => {
    const { run } = await archive();
    expect((await run('kit', 'create', 'MAKS 2019', '--release', 'CP124-2019', '--from', '2019-08-27')).code).toBe(0);
    const edited = await run('kit', 'edit', 'maks 2019', '--to', '2019-09-01', '--from', '2019-08-27', '--repeat-boilerplate', '--json');
    expect(JSON.parse(edited.stdout)).toMatchObject({ event: { startDate: '2019-08-27', endDate: '2019-09-01' }, repeat: { contacts: false, boilerplate: true } });
    expect(await run('kit', 'edit', 'MAKS 2019', '--no-dates')).toMatchObject({ code: 0, stdout: 'Saved the kit « MAKS 2019 ».\n' });
    const list = JSON.parse((await run('kit', 'list', '--json')).stdout) as { event: unknown }[];
    expect(list[0]?.event).toMatchObject({ startDate: null, endDate: null });
    expect(await run('kit', 'edit', 'MAKS 2019', '--from', '2019-09-01', '--to', '2019-08-27')).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot end on 2019-08-27, before it starts on 2019-09-01') });
    expect(await run('kit', 'edit', 'MAKS 2019', '--from', '27/08/2019')).toMatchObject({ code: 2, stderr: expect.stringContaining('--from takes a day written YYYY-MM-DD') });
    expect(await run('kit', 'edit', 'MAKS 2019', '--repeat-contacts', '--no-repeat-contacts')).toMatchObject({ code: 2, stderr: expect.stringContaining('not both') });
    expect(await run('kit', 'edit', 'MAKS 2019')).toMatchObject({ code: 2, stderr: expect.stringContaining('Say what to change') });
  });

  it('prints the contacts once, or in the release too with --repeat-contacts', async () => {
    const { run, dataDir } = await archive();
    expect((await run('kit', 'create', 'MAKS 2019', '--release', 'CP124-2019', '--from', '2019-08-27', '--to', '2019-09-01')).code).toBe(0);
    const out = join(dataDir, 'kit.pdf');
    expect((await run('export', 'kit', 'MAKS 2019', '--out', out)).code).toBe(0);
    const once = readableText(pdftotext(new Uint8Array(readFileSync(out))));
    expect(once.split('pascale.bresson@cnes.fr')).toHaveLength(2);
    expect(once).toContain(`27${NBSP}août${NBSP}– 1er${NBSP}septembre${NBSP}2019`);
    // Named after its event, the kit names it once on its cover.
    expect(readableText(pageText(new Uint8Array(readFileSync(out)), 1)).split('MAKS 2019')).toHaveLength(2);
    expect((await run('kit', 'edit', 'MAKS 2019', '--repeat-contacts')).code).toBe(0);
    expect((await run('export', 'kit', 'MAKS 2019', '--out', out)).code).toBe(0);
    expect(readableText(pdftotext(new Uint8Array(readFileSync(out)))).split('pascale.bresson@cnes.fr')).toHaveLength(3);
  });
});
