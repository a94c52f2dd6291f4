/**
 * `presskit import` of a markdown communiqué with its photos beside it, through the real command in this
 * process: the pictures become figures and media records, and a refused import leaves the images folder
 * exactly as it was.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { runCli, type CliIO } from '../../../main/cli/run';
import { communiqueWithFigures, FIXTURE, tempDir } from '../../helpers/cli';
import { pngClaiming } from '../import/oversized-images';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = tempDir();
  folders.push(dir);
  return dir;
}

async function presskit(args: string[], cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    progress: { isTTY: false, write: () => true } as unknown as CliIO['progress'],
    env: {},
    cwd,
  };
  const code = await runCli(args, io);
  return { code, ...out };
}

const photo = (format: 'jpeg' | 'png', background: string) =>
  sharp({ create: { width: 32, height: 24, channels: 3, background } })[format]().toBuffer();

/** The model communiqué with pictures after its first paragraph: the markdown lines given. */
function communique(dir: string, figures: string): string {
  const path = join(dir, 'communique.md');
  writeFileSync(path, communiqueWithFigures(figures));
  return path;
}

async function stored(dataDir: string) {
  const store = await openStore(dataDir);
  try {
    return await store.read();
  } finally {
    await store.close();
  }
}

const imagesIn = (dataDir: string): string[] => readdirSync(join(dataDir, 'images'), { withFileTypes: true }).map((entry) => entry.name).sort();

describe('presskit import of a markdown communiqué with photos beside it', () => {
  it('makes each photo a figure, stores it byte for byte and records it once in the media library', async () => {
    const dir = folder();
    const data = folder();
    const jpeg = await photo('jpeg', '#204080');
    const png = await photo('png', '#c08020');
    mkdirSync(join(dir, 'photos'));
    writeFileSync(join(dir, 'photos', 'le-gall-rogozin.jpg'), jpeg);
    writeFileSync(join(dir, 'maks.png'), png);
    const path = communique(
      dir,
      '![Deux hommes se serrent la main](photos/le-gall-rogozin.jpg "Jean-Yves Le Gall et Dimitri Rogozin")\n\n© CNES/E. Grimault\n\n![Le salon](./maks.png)\n\n*Le salon MAKS 2019*',
    );
    const first = await presskit(['--data-dir', data, 'import', path, '--json'], dir);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(first.stdout)).toEqual({ refs: ['CP124-2019'], contactsAdded: 2, contactsMerged: 0 });

    const { releases, media } = await stored(data);
    const figures = releases[0]?.body.filter((block) => block.type === 'figure') ?? [];
    expect(figures).toEqual([
      { type: 'figure', image: expect.stringMatching(/\.jpg$/u), alt: 'Deux hommes se serrent la main', caption: 'Jean-Yves Le Gall et Dimitri Rogozin', credit: '© CNES/E. Grimault', width: 'column' },
      { type: 'figure', image: expect.stringMatching(/\.png$/u), alt: 'Le salon', caption: 'Le salon MAKS 2019', credit: '', width: 'column' },
    ]);
    // The figures sit where the markdown put them: after the first paragraph, before "En 2018".
    expect(releases[0]?.body.map((block) => block.type).slice(0, 4)).toEqual(['paragraph', 'figure', 'figure', 'paragraph']);
    const [jpegName, pngName] = figures.map((figure) => (figure.type === 'figure' ? figure.image : ''));
    expect(readFileSync(join(data, 'images', jpegName ?? ''))).toEqual(jpeg);
    expect(readFileSync(join(data, 'images', pngName ?? ''))).toEqual(png);
    expect(media.map(({ image, fileName, width, height, text }) => ({ image, fileName, width, height, text }))).toEqual([
      { image: jpegName, fileName: 'le-gall-rogozin.jpg', width: 32, height: 24, text: { fr: { alt: 'Deux hommes se serrent la main', caption: 'Jean-Yves Le Gall et Dimitri Rogozin', credit: '© CNES/E. Grimault' } } },
      { image: pngName, fileName: 'maks.png', width: 32, height: 24, text: { fr: { alt: 'Le salon', caption: 'Le salon MAKS 2019', credit: '' } } },
    ]);

    // The same photos again, under another reference: no second record.
    const again = await presskit(['--data-dir', data, 'import', path, '--ref', 'CP125-2019'], dir);
    expect(again).toMatchObject({ code: 0, stdout: 'CP125-2019\n' });
    expect((await stored(data)).media).toHaveLength(2);
  });

  it('imports the text without a photo that is not beside it, and says which one', async () => {
    const dir = folder();
    const data = folder();
    const path = communique(dir, '![Le salon](maks.jpg)\n\n![Satellite](https://example.com/sat.jpg)');
    const result = await presskit(['--data-dir', data, 'import', path], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('CP124-2019\n');
    expect(result.stderr).toBe(
      'presskit: The image « maks.jpg » shown in « communique.md » was not found beside it: the text was imported without it.\n' +
        'presskit: « communique.md » shows the image « https://example.com/sat.jpg » from the web, which is never downloaded: it was left out; save it beside the communiqué and add it to the release.\n',
    );
    const { releases, media } = await stored(data);
    expect(releases[0]?.body.some((block) => block.type === 'figure')).toBe(false);
    expect(media).toEqual([]);
  });

  const refusals: Array<[string, (dir: string, outside: string) => Promise<string>, string]> = [
    [
      'a photo over the pixel budget',
      async (dir) => {
        writeFileSync(join(dir, 'small.jpg'), await photo('jpeg', '#102030'));
        writeFileSync(join(dir, 'huge.png'), pngClaiming(9000, 5000));
        return '![Petite](small.jpg)\n\n![Immense](huge.png)';
      },
      'The image « huge.png » of « communique.md » has 45 megapixels, more than the 40 accepted: reduce it, then import again.',
    ],
    [
      'a path out of the folder',
      async (dir) => {
        writeFileSync(join(dir, 'small.jpg'), await photo('jpeg', '#102030'));
        return '![Petite](small.jpg)\n\n![Ailleurs](../ailleurs.jpg)';
      },
      '« communique.md » shows the image « ../ailleurs.jpg », which is outside its folder: put the image in the communiqué’s folder (or a folder inside it), correct the path, then import again.',
    ],
    [
      'a link that leads out of the folder',
      async (dir, outside) => {
        writeFileSync(join(dir, 'small.jpg'), await photo('jpeg', '#102030'));
        writeFileSync(join(outside, 'secret.jpg'), await photo('jpeg', '#302010'));
        symlinkSync(join(outside, 'secret.jpg'), join(dir, 'lien.jpg'));
        return '![Petite](small.jpg)\n\n![Lien](lien.jpg)';
      },
      '« communique.md » shows the image « lien.jpg », which is outside its folder: put the image in the communiqué’s folder (or a folder inside it), correct the path, then import again.',
    ],
  ];

  it.each(refusals)('refuses %s and leaves the archive and its images folder as they were', async (_, setUp, sentence) => {
    const dir = folder();
    const outside = folder();
    const data = folder();
    // An archive that already holds a picture, to see that the refused import adds none.
    copyFileSync(FIXTURE, join(outside, 'before.md'));
    writeFileSync(join(outside, 'before.png'), await photo('png', '#ffffff'));
    writeFileSync(join(outside, 'before.md'), readFileSync(FIXTURE, 'utf8').replace('\n\nEn 2018', '\n\n![Avant](before.png)\n\nEn 2018'));
    expect((await presskit(['--data-dir', data, 'import', join(outside, 'before.md')], outside)).code).toBe(0);
    const images = imagesIn(data);
    const before = await stored(data);

    const path = communique(dir, await setUp(dir, outside));
    const result = await presskit(['--data-dir', data, 'import', path, '--ref', 'CP200-2019'], dir);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: `presskit: ${sentence}\n` });
    expect(imagesIn(data)).toEqual(images);
    expect(await stored(data)).toEqual(before);
    expect(readdirSync(data).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });
});

describe('presskit import of the model communiqué saved as .txt', () => {
  it('reads its markdown: title, date, reference and contacts', async () => {
    const dir = folder();
    const data = folder();
    const path = join(dir, 'communique-cp124-2019.fr.txt');
    copyFileSync(FIXTURE, path);
    expect(await presskit(['--data-dir', data, 'import', path], dir)).toMatchObject({ code: 0, stdout: 'CP124-2019\n', stderr: '' });
    const { releases, contacts } = await stored(data);
    expect(releases[0]).toMatchObject({
      ref: 'CP124-2019',
      date: '2019-08-27',
      kind: 'Communiqué de presse',
      title: 'Coopération spatiale entre la France et la Russie',
      subtitle: 'Réunions thématiques dans le cadre du Salon MAKS',
    });
    expect(contacts.map((contact) => [contact.name, contact.email])).toEqual([
      ['Pascale Bresson', 'pascale.bresson@cnes.fr'],
      ['Raphaël Sart', 'raphael.sart@cnes.fr'],
    ]);
  });
});
