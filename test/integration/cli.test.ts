import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/api/app';
import { jpegPicture } from '../fixtures/pdf/figures';
import { besidesSpelling, buildCli, FIXTURE, presskit, storeBytes, tempDir } from '../helpers/cli';

beforeAll(async () => {
  await buildCli();
});

async function importFixture(dataDir: string, ...extra: string[]) {
  return presskit(['--data-dir', dataDir, 'import', FIXTURE, ...extra]);
}

describe('presskit usage', () => {
  it('lists its commands with --help', async () => {
    const result = await presskit(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['import', 'list', 'show', 'delete', 'contacts list', 'kit create', 'kit list', 'backup', 'restore', 'demo']) {
      expect(result.stdout).toContain(command);
    }
  });

  it('exits 2 on wrong usage, with a sentence', async () => {
    const dataDir = tempDir();
    for (const args of [[], ['frobnicate'], ['list', '--colour'], ['show'], ['import', FIXTURE, '--lang', 'de'], ['kit', 'create', 'X']]) {
      const result = await presskit(['--data-dir', dataDir, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      if (args.length > 0) expect(result.stderr).toMatch(/^presskit: .+\n$/);
    }
  });
});

describe('presskit import', () => {
  it('imports the model communiqué and prints its reference', async () => {
    const dataDir = tempDir();
    const result = await importFixture(dataDir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('CP124-2019\n');

    const list = JSON.parse((await presskit(['--data-dir', dataDir, 'list', '--json'])).stdout);
    expect(list).toMatchObject([{ ref: 'CP124-2019', language: 'fr', date: '2019-08-27', status: 'draft' }]);

    const release = JSON.parse((await presskit(['--data-dir', dataDir, 'show', 'cp124-2019', '--json'])).stdout);
    expect(release.title).toMatch(/^Coopération spatiale entre la France et la Russie/);
    expect(release.body.length).toBeGreaterThanOrEqual(5);

    const contacts = JSON.parse((await presskit(['--data-dir', dataDir, 'contacts', 'list', '--json'])).stdout);
    expect(contacts.map((c: { email: string }) => c.email)).toEqual(['pascale.bresson@cnes.fr', 'raphael.sart@cnes.fr']);
    expect(release.contactIds).toEqual(contacts.map((c: { id: string }) => c.id));
    // Roles per language and E.164 numbers with their type; `role` and each phone's `label` stay for scripts.
    expect(contacts[0]).toMatchObject({
      roles: { fr: 'Attachée de presse' },
      role: 'Attachée de presse',
      country: 'FR',
      phones: [{ label: 'Tel.', type: 'work', number: '+33144767539' }],
    });
  });

  it('refuses a reference already in the archive and changes nothing; --ref files it under a new one', async () => {
    const dataDir = tempDir();
    await importFixture(dataDir);
    const before = storeBytes(dataDir);
    const again = await importFixture(dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/CP124-2019 is already in the archive/);
    expect(storeBytes(dataDir).equals(before)).toBe(true);

    const renamed = await importFixture(dataDir, '--ref', 'CP200-2019', '--json');
    expect(renamed.code).toBe(0);
    expect(JSON.parse(renamed.stdout)).toEqual({ refs: ['CP200-2019'], contactsAdded: 0, contactsMerged: 2 });
    const contacts = JSON.parse((await presskit(['--data-dir', dataDir, 'contacts', 'list', '--json'])).stdout);
    expect(contacts).toHaveLength(2);
  });

  it('refuses files that are not communiqués, leaving the store byte-identical', async () => {
    const dataDir = tempDir();
    await importFixture(dataDir);
    const before = storeBytes(dataDir);
    const files = tempDir('presskit-input-');
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i += 1) random[i] = (i * 7919 + 13) % 256;
    const cases: Record<string, Uint8Array> = {
      'random.md': random,
      'photo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random]),
      'empty.md': new Uint8Array(0),
      'latin1.txt': Buffer.from('Communiqué de presse\n\nTitre\n\nCorps du texte accentué', 'latin1'),
      'huge.md': Buffer.alloc(20 * 1024 * 1024 + 1, 'a'),
      'notes.md': Buffer.from('shopping list\n'),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      writeFileSync(join(files, name), bytes);
      const result = await presskit(['--data-dir', dataDir, 'import', join(files, name)]);
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toMatch(/^presskit: .+\n$/);
      expect(result.stderr, name).toContain(name);
      expect(storeBytes(dataDir).equals(before), name).toBe(true);
    }
    const missing = await presskit(['--data-dir', dataDir, 'import', join(files, 'nothing-here.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no file at');
  });

  it('imports several files all or nothing', async () => {
    const dataDir = tempDir();
    await presskit(['--data-dir', dataDir, 'list']);
    const before = storeBytes(dataDir);
    const bad = join(tempDir('presskit-input-'), 'empty.md');
    writeFileSync(bad, '');
    const result = await presskit(['--data-dir', dataDir, 'import', FIXTURE, bad]);
    expect(result.code).toBe(1);
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });

  it('imports any number of files, in batches the app takes, and says what went in when a later batch is refused', async () => {
    const folder = tempDir('presskit-input-');
    const files = Array.from({ length: 120 }, (_, i) => {
      const file = join(folder, `cp${i + 1}.md`);
      writeFileSync(file, `# Communiqué de presse\n\n27 août 2019\n\nCP${i + 1}-2019\n\n## Titre du communiqué ${i + 1}\n\nLe texte du communiqué numéro ${i + 1}, assez long pour être lu comme un corps de texte.\n`);
      return file;
    });
    const dataDir = tempDir();
    const result = await presskit(['--data-dir', dataDir, 'import', ...files]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(files.map((_, i) => `CP${i + 1}-2019\n`).join(''));

    const empty = join(folder, 'empty.md');
    writeFileSync(empty, '');
    const later = tempDir();
    const refused = await presskit(['--data-dir', later, 'import', ...files.slice(0, 110), empty, ...files.slice(110)]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(files.slice(0, 100).map((_, i) => `CP${i + 1}-2019\n`).join(''));
    expect(refused.stderr).toBe(
      'presskit: the first 100 of the 121 files were imported (their references are printed); « cp101.md » and the files after it were not.\npresskit: « empty.md » is empty.\n',
    );
    const list = JSON.parse((await presskit(['--data-dir', later, 'list', '--json'])).stdout);
    expect(list).toHaveLength(100);
  }, 120_000);

  it('uses $PRESSKIT_DATA_DIR when no --data-dir is given', async () => {
    const dataDir = tempDir();
    expect((await presskit(['import', FIXTURE], { env: { PRESSKIT_DATA_DIR: dataDir } })).code).toBe(0);
    expect(existsSync(join(dataDir, 'presskit.json'))).toBe(true);
  });
});

describe('presskit kits, delete, backup and restore', () => {
  it('creates and lists a kit, and protects its releases from deletion', async () => {
    const dataDir = tempDir();
    await importFixture(dataDir);
    await importFixture(dataDir, '--ref', 'CP125-2019');
    const created = await presskit(['--data-dir', dataDir, 'kit', 'create', 'Salon MAKS', '--release', 'CP124-2019']);
    expect(created.code).toBe(0);
    const kits = JSON.parse((await presskit(['--data-dir', dataDir, 'kit', 'list', '--json'])).stdout);
    expect(kits).toMatchObject([{ name: 'Salon MAKS', language: 'fr', items: [{ type: 'release' }, { type: 'contacts' }] }]);

    const refused = await presskit(['--data-dir', dataDir, 'delete', 'CP124-2019']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Salon MAKS');
    const deleted = await presskit(['--data-dir', dataDir, 'delete', 'CP125-2019']);
    expect(deleted).toMatchObject({ code: 0, stdout: 'Deleted CP125-2019.\n' });
    const unknown = await presskit(['--data-dir', dataDir, 'show', 'CP999-2019']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no release with reference CP999-2019');
  });

  it('round-trips the whole archive through backup and restore', async () => {
    const source = tempDir();
    expect((await presskit(['--data-dir', source, 'demo'])).code).toBe(0);
    const file = join(tempDir('presskit-backup-'), 'archive.presskit.json');
    const backup = await presskit(['--data-dir', source, 'backup', '--out', file]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('1 releases, 2 contacts, 1 kits and 1 images');

    const target = tempDir();
    expect((await presskit(['--data-dir', target, 'restore', file])).code).toBe(0);
    for (const args of [['list', '--json'], ['contacts', 'list', '--json'], ['kit', 'list', '--json']]) {
      const a = await presskit(['--data-dir', source, ...args]);
      const b = await presskit(['--data-dir', target, ...args]);
      expect(b.stdout).toBe(a.stdout);
    }
    // The brand is a document of its own (archive/brand.json, its content under `doc`).
    const brand = (dir: string) => JSON.parse(readFileSync(join(dir, 'archive/brand.json'), 'utf8')).doc;
    expect(brand(target)).toEqual(brand(source));
    expect(existsSync(join(target, 'images', brand(source).logo))).toBe(true);

    const broken = join(tempDir('presskit-backup-'), 'broken.presskit.json');
    writeFileSync(broken, '{"format":"presskit-bundle"');
    const before = storeBytes(target);
    const refused = await presskit(['--data-dir', target, 'restore', broken]);
    expect(refused.code).toBe(1);
    expect(storeBytes(target).equals(before)).toBe(true);
  });

  it('seeds the demo once, into an empty archive only', async () => {
    const dataDir = tempDir();
    const first = await presskit(['--data-dir', dataDir, 'demo']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('CP124-2019');
    const kits = JSON.parse((await presskit(['--data-dir', dataDir, 'kit', 'list', '--json'])).stdout);
    expect(kits.map((k: { name: string }) => k.name)).toEqual(['MAKS 2019']);
    const second = await presskit(['--data-dir', dataDir, 'demo']);
    expect(second.stdout).toContain('already holds data');
  });
});

describe('presskit export', () => {
  it('prints a release’s figure, resampled by sharp, which the bundled command loads from node_modules', async () => {
    const dataDir = tempDir();
    await presskit(['--data-dir', dataDir, 'demo']);
    const app = await openApp({ dataDir });
    try {
      const { name } = await app.api['images.save']({ bytes: await jpegPicture(3000, 2000) });
      const release = await app.api['releases.get']({ ref: 'CP124-2019' });
      const figure = { type: 'figure', image: name, alt: 'Un ballon', caption: 'Le lancement.', credit: '© CNES', width: 'half' } as const;
      await app.api['releases.update']({ id: release.id, changes: { body: [figure, ...release.body] } });
    } finally {
      await app.close();
    }
    const out = join(tempDir('presskit-out-'), 'figure.pdf');
    const result = await presskit(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', out]);
    expect(besidesSpelling(result.stderr)).toBe('');
    expect(result.code).toBe(0);
    // Half of an A4 column is about 3.2 in wide: some 970 pixels at 300 dpi, from 3000 (the logo is the other picture).
    const rows = execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' }).split('\n').slice(2).map((row) => row.trim().split(/\s+/u));
    const photo = rows.find((cells) => cells[8] === 'jpeg');
    expect(Number(photo?.[3])).toBeGreaterThan(900);
    expect(Number(photo?.[3])).toBeLessThan(1000);
  });

  it('typesets a release to --out, reports its layout, and writes vCards', async () => {
    const dataDir = tempDir();
    await presskit(['--data-dir', dataDir, 'demo']);
    const out = join(tempDir('presskit-out-'), 'cp124.pdf');
    const result = await presskit(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', out, '--paper', 'letter', '--report']);
    expect(besidesSpelling(result.stderr)).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ overfullLines: 0, widows: 0, orphans: 0 });
    expect(report.pages).toBeGreaterThanOrEqual(1);
    expect(report.ms).toBeGreaterThan(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    const vcf = join(tempDir('presskit-out-'), 'contacts.vcf');
    const cards = await presskit(['--data-dir', dataDir, 'export', 'vcard', '--out', vcf, '--contact', 'raphael.sart@cnes.fr']);
    expect(cards.code).toBe(0);
    expect(readFileSync(vcf, 'utf8')).toContain('FN:Raphaël Sart\r\n');
    expect(readFileSync(vcf, 'utf8')).toContain('VERSION:3.0\r\n');

    const v4 = join(tempDir('presskit-out-'), 'contacts-4.vcf');
    const four = await presskit(['--data-dir', dataDir, 'export', 'vcard', '--out', v4, '--vcard', '4', '--lang', 'fr']);
    expect(four.code).toBe(0);
    expect(readFileSync(v4, 'utf8')).toContain('VERSION:4.0\r\n');
    expect(readFileSync(v4, 'utf8')).toContain('TEL;VALUE=uri;TYPE=work,voice:tel:+33144767451\r\n');
    expect(readFileSync(v4, 'utf8')).toContain('TITLE:Attaché de presse\r\n');
    const five = await presskit(['--data-dir', dataDir, 'export', 'vcard', '--out', v4, '--vcard', '5']);
    expect([five.code, five.stderr.trim()]).toEqual([2, 'presskit: --vcard takes 3 or 4, not « 5 ».']);
  });

  it('refuses bad options as usage errors and leaves no file behind', async () => {
    const dataDir = tempDir();
    await presskit(['--data-dir', dataDir, 'demo']);
    const folder = tempDir('presskit-out-');
    for (const args of [['--paper', 'a5'], ['--bleed', '30'], ['--bleed', 'three']]) {
      const result = await presskit(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', join(folder, 'x.pdf'), ...args]);
      expect(result.code, args.join(' ')).toBe(2);
    }
    const sentences: Array<[string[], string]> = [
      [['--bleed', '-1'], '--bleed takes a number of millimetres from 0 to 10, e.g. --bleed 3, not « -1 ».'],
      [['--bleed', ''], '--bleed needs a value; see presskit --help.'],
      [['--bleed', '3,5'], '--bleed takes a number of millimetres from 0 to 10, e.g. --bleed 3, not « 3,5 ».'],
      [['--bleed', '0x3'], '--bleed takes a number of millimetres from 0 to 10, e.g. --bleed 3, not « 0x3 ».'],
      [['--bleed'], '--bleed needs a value; see presskit --help.'],
      [['--bleed', '--crop-marks'], '--bleed needs a value, and « --crop-marks » after it reads as an option: write --bleed=--crop-marks if that is the value.'],
      [['--crop-marks=yes'], '--crop-marks takes no value; see presskit --help.'],
      [['--colour', 'red'], '--colour is not an option of this command; see presskit --help.'],
    ];
    for (const [args, sentence] of sentences) {
      const result = await presskit(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', join(folder, 'x.pdf'), ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toBe(`presskit: ${sentence}\n`);
    }
    const half = await presskit(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', join(folder, 'half.pdf'), '--bleed', '.5']);
    expect(half.code).toBe(0);
    rmSync(join(folder, 'half.pdf'));
    const missing = await presskit(['--data-dir', dataDir, 'export', 'release', 'CP9-2019', '--out', join(folder, 'x.pdf')]);
    expect(missing.code).toBe(1);
    const unknown = await presskit(['--data-dir', dataDir, 'export', 'vcard', '--out', join(folder, 'x.vcf'), '--contact', 'nobody@example.org']);
    expect(unknown.code).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('presskit export of kits and cards', () => {
  it('exports the demo kit straight to PDF', async () => {
    const dataDir = tempDir();
    const out = join(tempDir('presskit-out-'), 'maks.pdf');
    const result = await presskit(['--data-dir', dataDir, 'demo', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Saved \d+ pages to .*maks\.pdf/);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    for (const expected of ['Dossier de presse', 'Sommaire', 'Coopération spatiale entre', 'À propos du CNES', 'pascale.bresson@cnes.fr']) {
      expect(text).toContain(expected);
    }
  });

  it('exports a kit by name with print options, and cards for chosen contacts', async () => {
    const dataDir = tempDir();
    await presskit(['--data-dir', dataDir, 'demo']);
    const folder = tempDir('presskit-out-');
    const kit = await presskit(['--data-dir', dataDir, 'export', 'kit', 'maks 2019', '--out', join(folder, 'kit.pdf'), '--paper', 'letter', '--bleed', '3', '--crop-marks', '--report']);
    expect(kit.code).toBe(0);
    expect(JSON.parse(kit.stdout).pages).toBeGreaterThanOrEqual(4);
    const info = execFileSync('pdfinfo', ['-box', join(folder, 'kit.pdf')], { encoding: 'utf8' });
    const box = (name: string) => (new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(info) ?? []).slice(1).map(Number);
    const [tx0, ty0, tx1, ty1] = box('TrimBox');
    const [bx0, , bx1] = box('BleedBox');
    expect([tx1! - tx0!, ty1! - ty0!]).toEqual([612, 792]);
    expect(tx0! - bx0!).toBeCloseTo((3 * 72) / 25.4, 1);
    expect(bx1! - tx1!).toBeCloseTo((3 * 72) / 25.4, 1);

    const cards = await presskit(['--data-dir', dataDir, 'export', 'cards', '--out', join(folder, 'cards.pdf'), '--contact', 'pascale.bresson@cnes.fr']);
    expect(cards.code).toBe(0);
    const text = execFileSync('pdftotext', [join(folder, 'cards.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Pascale Bresson');
    expect(text).not.toContain('Raphaël Sart');

    const unknown = await presskit(['--data-dir', dataDir, 'export', 'kit', 'Paris Air Show', '--out', join(folder, 'x.pdf')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no kit named « Paris Air Show »');
    expect(readdirSync(folder).sort()).toEqual(['cards.pdf', 'kit.pdf']);
  });
});
