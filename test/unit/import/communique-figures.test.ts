/**
 * Figures from an imported communiqué: markdown images on their own paragraph and a Word document's
 * pictures, with the caption and credit paragraphs under them; pictures checked before anything is stored.
 */
import { rmSync } from 'node:fs';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { figureFiles, parseCommunique, type ImportedBlock } from '../../../main/core/import';
import { figurePicture } from '../../../main/core/import/figure-pictures';
import { figureSource } from '../../../main/core/import/markdown-figure';
import { isUserError } from '../../../main/core/errors';
import { tempDir } from '../../helpers/cli';
import { bytesOf } from './fixtures';
import { pngClaiming } from './oversized-images';

const HEADER = 'Communiqué de presse\n\nParis, le 3 mars 2026\n\nCP7-2026\n\n# Le satellite est prêt\n\n';
const CONTACTS = '\n\nCONTACTS\n\nPascale Bresson\nAttachée de presse\npascale.bresson@cnes.fr\n';

const markdown = (body: string) => ({ name: 'satellite.md', bytes: bytesOf(`${HEADER}${body}${CONTACTS}`) });
const figuresOf = (body: readonly ImportedBlock[]) => body.filter((block) => block.type === 'importedFigure');
const photo = (format: 'jpeg' | 'png' | 'gif') => sharp({ create: { width: 20, height: 10, channels: 3, background: '#336699' } })[format]().toBuffer();

describe('a markdown image on its own paragraph', () => {
  it('is a figure: alt from the brackets, caption from the title, the credit line under it', async () => {
    const parsed = await parseCommunique(markdown('Le satellite a quitté Toulouse.\n\n![Le satellite en salle blanche](photos/sat%201.jpg "Le satellite à Toulouse")\n\nPhoto\u00a0: CNES/S. Girard\n\nIl part demain.'));
    expect(parsed.body).toEqual([
      { type: 'paragraph', content: [{ text: 'Le satellite a quitté Toulouse.' }] },
      { type: 'importedFigure', source: { kind: 'file', path: 'photos/sat 1.jpg' }, alt: 'Le satellite en salle blanche', caption: 'Le satellite à Toulouse', credit: 'Photo\u00a0: CNES/S. Girard' },
      { type: 'paragraph', content: [{ text: 'Il part demain.' }] },
    ]);
  });

  it('takes a short italic paragraph under it as its caption, then as its credit; a longer one stays text', async () => {
    const long = `*${'Une très longue légende. '.repeat(20)}*`;
    const parsed = await parseCommunique(markdown(`Texte.\n\n![A](a.jpg)\n\n*Le satellite*\n\n*© CNES*\n\n![B](b.png "Titre")\n\n*Crédit : ESA*\n\n![C](c.png)\n\n${long}`));
    expect(figuresOf(parsed.body).map(({ alt, caption, credit }) => ({ alt, caption, credit }))).toEqual([
      { alt: 'A', caption: 'Le satellite', credit: '© CNES' },
      { alt: 'B', caption: 'Titre', credit: 'Crédit : ESA' },
      { alt: 'C', caption: '', credit: '' },
    ]);
    expect(parsed.body.at(-1)).toMatchObject({ type: 'paragraph' });
  });

  it('is no figure inside a sentence, and a picture above the title opens the body', async () => {
    const file = { name: 'logo.md', bytes: bytesOf(`![Logo](logo.png)\n\n${HEADER}Voir ![ceci](x.png) ici.${CONTACTS}`) };
    const parsed = await parseCommunique(file);
    expect(parsed.title).toBe('Le satellite est prêt');
    expect(parsed.body).toEqual([
      { type: 'importedFigure', source: { kind: 'file', path: 'logo.png' }, alt: 'Logo', caption: '', credit: '' },
      { type: 'paragraph', content: [{ text: 'Voir  ici.' }] },
    ]);
    expect(figureFiles(file)).toEqual(['logo.png']);
  });

  it('names a file of its folder, a path out of it, or a URL that is never fetched', () => {
    expect(figureSource('./photos\\sat.jpg')).toEqual({ kind: 'file', path: 'photos/sat.jpg' });
    for (const path of ['../sat.jpg', 'photos/../../sat.jpg', '/etc/passwd', 'C:\\photos\\sat.jpg', 'file:///etc/passwd', '%2e%2e/sat.jpg']) {
      expect(figureSource(path)).toEqual({ kind: 'outside', path });
    }
    for (const url of ['https://example.com/sat.jpg', 'http://example.com/sat.jpg', '//example.com/sat.jpg', 'data:image/png;base64,AAAA']) {
      expect(figureSource(url)).toEqual({ kind: 'remote', url });
    }
  });

  it('has its picture checked before anything is stored: a path out of the folder or too many pixels refuse the import', async () => {
    const figure = { type: 'importedFigure' as const, alt: '', caption: '', credit: '' };
    const refusal = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return isUserError(error) ? error.detail : error;
      }
      return null;
    };
    expect(refusal(() => figurePicture('a.md', { ...figure, source: { kind: 'outside', path: '../x.jpg' } }, new Map()))).toEqual({ code: 'importImages.outside', params: { file: 'a.md', image: '../x.jpg' } });
    const huge = new Map([['huge.png', pngClaiming(8000, 6000)]]);
    expect(refusal(() => figurePicture('a.md', { ...figure, source: { kind: 'file', path: 'huge.png' } }, huge))).toEqual({
      code: 'importImages.tooLarge',
      params: { file: 'a.md', image: 'huge.png', megapixels: 48, limit: 40 },
    });
    const gif = new Map([['anim.gif', new Uint8Array(await photo('gif'))]]);
    expect(figurePicture('a.md', { ...figure, source: { kind: 'file', path: 'anim.gif' } }, gif)).toEqual({ warning: { code: 'importImages.format', params: { file: 'a.md', image: 'anim.gif' } } });
  });
});

let counter = 0;
const clock = { now: () => new Date('2026-12-01T10:00:00Z'), newId: () => `id-${(counter += 1)}` };
const opened: Array<{ app: App; dir: string }> = [];
afterEach(async () => {
  for (const { app, dir } of opened.splice(0)) {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function anApp(): Promise<App> {
  const dir = tempDir();
  const app = await openApp({ dataDir: dir, clock });
  opened.push({ app, dir });
  return app;
}

/** A Word communiqué with pictures, each followed by a paragraph in the caption style named `style`. */
async function wordCommunique(pictures: Array<{ run: ImageRun; caption?: { text: string; style: string } }>): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', run: { italics: true } },
        { id: 'Lgende', name: 'Légende', run: { italics: true } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('Communiqué de presse'),
          new Paragraph('Toulouse, le 1er octobre 2019'),
          new Paragraph('CP130-2019'),
          new Paragraph({ children: [new TextRun({ text: 'Le CNES ouvre ses portes', bold: true })] }),
          new Paragraph('Le centre spatial accueille le public les 5 et 6 octobre.'),
          ...pictures.flatMap(({ run, caption }) => [new Paragraph({ children: [run] }), ...(caption ? [new Paragraph({ text: caption.text, style: caption.style })] : [])]),
          new Paragraph('Les visites sont gratuites.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('a Word communiqué with pictures', () => {
  it('makes each PNG or JPEG a figure with the caption under it and its description as alt text, and records it in the media library', async () => {
    const jpeg = await photo('jpeg');
    const png = await photo('png');
    const bytes = await wordCommunique([
      { run: new ImageRun({ type: 'jpg', data: jpeg, transformation: { width: 200, height: 100 }, altText: { name: 'Photo 1', description: 'Le hall d’intégration', title: 'Hall' } }), caption: { text: 'Le hall du centre spatial', style: 'Caption' } },
      { run: new ImageRun({ type: 'png', data: png, transformation: { width: 200, height: 100 }, altText: { name: 'Photo 2', description: 'La fusée', title: '' } }), caption: { text: 'La maquette d’Ariane 6', style: 'Lgende' } },
    ]);
    const app = await anApp();
    const result = await app.api['releases.import']({ files: [{ name: 'portes.docx', bytes }] });
    expect(result).toEqual({ refs: ['CP130-2019'], contactsAdded: 0, contactsMerged: 0 });
    const data = await app.store.read();
    const figures = data.releases[0]?.body.filter((block) => block.type === 'figure');
    expect(figures).toEqual([
      { type: 'figure', image: expect.stringMatching(/\.jpg$/u), alt: 'Le hall d’intégration', caption: 'Le hall du centre spatial', credit: '', width: 'column' },
      { type: 'figure', image: expect.stringMatching(/\.png$/u), alt: 'La fusée', caption: 'La maquette d’Ariane 6', credit: '', width: 'column' },
    ]);
    const stored = await Promise.all((figures ?? []).map((figure) => app.store.readImage(figure.type === 'figure' ? figure.image : '')));
    expect(stored.map((image) => Buffer.from(image))).toEqual([jpeg, png]);
    expect(data.media.map(({ fileName, width, height, text }) => ({ fileName, width, height, text }))).toEqual([
      { fileName: 'image1.jpg', width: 20, height: 10, text: { fr: { alt: 'Le hall d’intégration', caption: 'Le hall du centre spatial', credit: '' } } },
      { fileName: 'image2.png', width: 20, height: 10, text: { fr: { alt: 'La fusée', caption: 'La maquette d’Ariane 6', credit: '' } } },
    ]);
  });

  it('leaves out a picture that is no PNG or JPEG, with a warning, and keeps the text', async () => {
    const gif = await photo('gif');
    const bytes = await wordCommunique([{ run: new ImageRun({ type: 'gif', data: gif, transformation: { width: 20, height: 10 } }), caption: { text: 'Une animation', style: 'Caption' } }]);
    const app = await anApp();
    const result = await app.api['releases.import']({ files: [{ name: 'portes.docx', bytes }] });
    expect(result.warnings).toEqual([
      {
        code: 'importImages.format',
        params: { file: 'portes.docx', image: 'image1.gif' },
        message: 'The image « image1.gif » of « portes.docx » is not a PNG or JPEG picture, or is damaged: it was left out; save it as JPEG or PNG and add it to the release.',
      },
    ]);
    const release = (await app.store.read()).releases[0];
    expect(release?.body.some((block) => block.type === 'figure')).toBe(false);
    // The caption of the picture left out is kept, as text, for the press officer to see.
    expect(release?.body.map((block) => ('content' in block ? block.content[0]?.text : block.type))).toEqual([
      'Le centre spatial accueille le public les 5 et 6 octobre.',
      'Une animation',
      'Les visites sont gratuites.',
    ]);
  });
});
