import sharp from 'sharp';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { refFileName } from '../../../main/core/pack/pack-files';
import { tempDir } from '../../helpers/cli';
import { pdftotext } from '../../helpers/pdf-tools';

const opened: App[] = [];
async function demo(): Promise<App> {
  const app = await openApp({ dataDir: tempDir() });
  opened.push(app);
  await app.api['demo.seed']({});
  return app;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

const decoder = new TextDecoder();

/** The archive's own comment, read from its end-of-central-directory record as an unzip tool does. */
function zipComment(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) return decoder.decode(bytes.subarray(at + 22, at + 22 + view.getUint16(at + 20, true)));
  }
  throw new Error('no end of central directory');
}

function inlineText(content: { text: string }[]): string {
  return content.map((run) => run.text).join('');
}

/** A release of the demo with a photo of its own and, if asked, an embargo; the photo's original bytes. */
async function withPhoto(app: App, embargo: { at: string; zone: string } | null): Promise<Uint8Array> {
  const photo = new Uint8Array(await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a4d8f' } }).jpeg({ quality: 80 }).toBuffer());
  const { name } = await app.api['images.save']({ bytes: photo });
  const release = await app.api['releases.get']({ ref: 'CP124-2019' });
  const figure = { type: 'figure' as const, image: name, alt: 'Les délégations au salon', caption: 'Jean-Yves Le Gall et Dimitri Rogozin au salon MAKS', credit: '© CNES/Emmanuel Grimault', width: 'column' as const };
  await app.api['releases.update']({ id: release.id, changes: { body: [release.body[0] as (typeof release.body)[number], figure, ...release.body.slice(1)], embargo } });
  return photo;
}

describe('the journalist pack', () => {
  it('holds the PDF, the mail text and HTML with every paragraph, the photo byte for byte with its caption, and the vCards, in a fixed order', async () => {
    const app = await demo();
    const photo = await withPhoto(app, null);
    const release = await app.api['releases.get']({ ref: 'CP124-2019' });
    const pack = await app.api['pack.release']({ ref: 'CP124-2019' });
    expect(pack.name).toBe('CP124-2019.zip');
    const photoName = 'photos/CP124-2019-01-jean-yves-le-gall-et-dimitri-rogozin-au.jpg';
    expect(pack.files).toEqual(['CP124-2019.pdf', 'CP124-2019.txt', 'CP124-2019.html', photoName, 'photos/captions.txt', 'contacts.vcf']);
    const files = unzipSync(pack.bytes);
    expect(Object.keys(files)).toEqual(pack.files);
    expect(decoder.decode((files['CP124-2019.pdf'] as Uint8Array).subarray(0, 5))).toBe('%PDF-');
    expect(files[photoName]).toEqual(photo);
    expect(decoder.decode(files['photos/captions.txt'])).toBe(`${photoName.slice('photos/'.length)}\nJean-Yves Le Gall et Dimitri Rogozin au salon MAKS\n© CNES/Emmanuel Grimault\n`);

    const text = decoder.decode(files['CP124-2019.txt']);
    const html = decoder.decode(files['CP124-2019.html']);
    expect(text.split('\n')[0]).toBe('Diffusion immédiate');
    for (const block of release.body) {
      if (block.type !== 'paragraph') continue;
      expect(text).toContain(inlineText(block.content));
      expect(html).toContain(inlineText(block.content).replace(/'/g, '&#39;'));
    }
    expect(text).toContain('Jean-Yves Le Gall et Dimitri Rogozin au salon MAKS © CNES/Emmanuel Grimault');
    expect(text).toMatch(/\n\nCONTACTS\n\nPascale Bresson\nAttachée de presse\n/);
    // Self-contained: nothing to fetch, nothing to run.
    expect(html).not.toMatch(/<script|<img|<link|<style|\ssrc=|url\(/i);
    expect(html).toMatch(/^<div lang="fr" style="[^"]+">\n<p style="[^"]+">Diffusion immédiate<\/p>/);

    const vcf = decoder.decode(files['contacts.vcf']);
    expect(vcf.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    expect(vcf).toContain('FN:Pascale Bresson\r\n');

    // The same release gives the same bytes: every entry is dated noon on the release's day, not now.
    const view = new DataView(pack.bytes.buffer, pack.bytes.byteOffset);
    expect({ time: view.getUint16(10, true), date: view.getUint16(12, true) }).toEqual({ time: 12 << 11, date: ((2019 - 1980) << 9) | (8 << 5) | 27 });
    expect((await app.api['pack.release']({ ref: 'CP124-2019' })).bytes).toEqual(pack.bytes);
  });

  it('says an embargo in the first line of the text, of the HTML and in the zip’s comment', async () => {
    const app = await demo();
    await withPhoto(app, { at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' });
    const pack = await app.api['pack.release']({ ref: 'CP124-2019' });
    const files = unzipSync(pack.bytes);
    const first = decoder.decode(files['CP124-2019.txt']).split('\n')[0] as string;
    expect(first).toMatch(/^Sous embargo jusqu’au 27\saoût\s2019/u);
    expect(decoder.decode(files['CP124-2019.html'])).toContain(`<p style="margin:0 0 12px;font-weight:bold;text-transform:uppercase;letter-spacing:0.04em">${first}</p>`);
    expect(zipComment(pack.bytes).split('\n')[0]).toBe(first);
  });

  it('packs a kit: the kit’s PDF, then each release’s PDF, text and HTML, and every contact once', async () => {
    const app = await demo();
    const [kit] = await app.api['kits.list']({});
    if (!kit) throw new Error('the demo has a kit');
    const pack = await app.api['pack.kit']({ id: kit.id });
    expect(pack.files).toEqual(['maks-2019.pdf', 'CP124-2019.pdf', 'CP124-2019.txt', 'CP124-2019.html', 'contacts.vcf']);
    const files = unzipSync(pack.bytes);
    expect(decoder.decode(files['contacts.vcf']).match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    for (const pdf of ['maks-2019.pdf', 'CP124-2019.pdf']) expect(pdftotext(files[pdf] as Uint8Array), pdf).not.toContain('PROJET');
    // Edited, the demo release goes back to review: its own PDF in the pack is marked as a draft, as the kit's is.
    const release = await app.api['releases.get']({ ref: 'CP124-2019' });
    await app.api['releases.update']({ id: release.id, changes: { title: `${release.title} (révisé)` } });
    const again = unzipSync((await app.api['pack.kit']({ id: kit.id })).bytes);
    for (const pdf of ['maks-2019.pdf', 'CP124-2019.pdf']) expect(pdftotext(again[pdf] as Uint8Array), pdf).toContain('PROJET');
  });

  it('names a provisional release’s files without a space, and keeps an official reference’s names as they are', async () => {
    const app = await demo();
    const photo = new Uint8Array(await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a4d8f' } }).jpeg().toBuffer());
    const { name } = await app.api['images.save']({ bytes: photo });
    const draft = await app.api['releases.create']({});
    const figure = { type: 'figure' as const, image: name, alt: 'Le stand', caption: 'Le stand du CNES', credit: '', width: 'column' as const };
    const release = await app.api['releases.update']({ id: draft.id, changes: { body: [figure] } });
    expect(release.ref).toMatch(/^Provisional \d{4}-001$/u);
    const stem = release.ref.replace(' ', '-');
    const pack = await app.api['pack.release']({ ref: release.ref });
    expect(pack.name).toBe(`${stem}.zip`);
    expect(pack.files).toEqual([`${stem}.pdf`, `${stem}.txt`, `${stem}.html`, `photos/${stem}-01-le-stand-du-cnes.jpg`, 'photos/captions.txt']);
    expect(Object.keys(unzipSync(pack.bytes))).toEqual(pack.files);
    expect(pack.files.join('')).not.toMatch(/\s/u);
    expect([refFileName('CP124-2019'), refFileName('CP 12/2019'), refFileName('Provisional 2026-001')]).toEqual(['CP124-2019', 'CP-12-2019', 'Provisional-2026-001']);
  });
});
