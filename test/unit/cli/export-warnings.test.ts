import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../main/api/app';
import { runCli, type CliIO } from '../../../main/cli/run';
import { tempDir } from '../../helpers/cli';
import { jpegPhoto } from '../../helpers/photos';

function memoryIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), progress: { isTTY: false, columns: 80, write: () => undefined }, env: {}, cwd };
  return { io, out, err };
}

describe('presskit export release', () => {
  it('warns on stderr and in the report of the photos without alt text, and still exports', async () => {
    const dataDir = tempDir();
    const app = await openApp({ dataDir });
    await app.api['demo.seed']({});
    const { image } = await app.api['media.add']({ bytes: await jpegPhoto(), fileName: 'a.jpg' });
    const release = await app.api['releases.get']({ ref: 'CP124-2019' });
    const figure = (alt: string) => ({ type: 'figure' as const, image, alt, caption: '', credit: '', width: 'column' as const });
    await app.api['releases.update']({ id: release.id, changes: { body: [figure('Une fusée'), ...release.body, figure('')] } });
    await app.close();

    const { io, out, err } = memoryIO(dataDir);
    const code = await runCli(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', 'cp.pdf', '--report'], io);
    expect(code).toBe(0);
    const message = 'CP124-2019 has photos without alt text (figure 2): a screen reader will say nothing of them. Add it in the editor.';
    expect(err.join('')).toContain(`presskit: ${message}\n`);
    expect(JSON.parse(out.join(''))).toMatchObject({ warnings: [{ code: 'media.missingAlt', params: { ref: 'CP124-2019', figures: '2' }, message }, { code: 'spelling.unknownWords' }] });
    expect(existsSync(join(dataDir, 'cp.pdf'))).toBe(true);
  }, 120_000);

  it('warns on stderr and in --json of the words the dictionary does not know, each named once, and still exports', async () => {
    const dataDir = tempDir();
    const app = await openApp({ dataDir });
    await app.api['demo.seed']({});
    const release = await app.api['releases.get']({ ref: 'CP124-2019' });
    const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });
    await app.api['releases.update']({ id: release.id, changes: { body: [paragraph('La coopérration avec Roscosmos.'), paragraph('Une autre coopérration.')] } });
    await app.api['dictionary.add']({ word: 'Roscosmos' });
    await app.close();

    const { io, out, err } = memoryIO(dataDir);
    expect(await runCli(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', 'cp.pdf', '--json'], io)).toBe(0);
    const message = 'Words in CP124-2019 that its dictionary does not know (1): coopérration. Check them with presskit spell CP124-2019, and add the office’s own with presskit dictionary add WORD.';
    expect(err.join('')).toBe(`presskit: ${message}\n`);
    expect(JSON.parse(out.join(''))).toMatchObject({ file: 'cp.pdf', warnings: [{ code: 'spelling.unknownWords', params: { ref: 'CP124-2019', count: 1, words: 'coopérration' }, message }] });
    expect(existsSync(join(dataDir, 'cp.pdf'))).toBe(true);

    // Once the office knows the word, nothing is left to say.
    const known = await openApp({ dataDir });
    await known.api['dictionary.add']({ word: 'coopérration' });
    await known.close();
    const again = memoryIO(dataDir);
    expect(await runCli(['--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', 'cp.pdf', '--json'], again.io)).toBe(0);
    expect(again.err).toEqual([]);
    expect(JSON.parse(again.out.join('')).warnings).toEqual([]);
  }, 120_000);
});

describe('presskit export kit', () => {
  it('warns on stderr and in --json of the unknown words of each release, in its language, less those the release ignores, and still exports', async () => {
    const dataDir = tempDir();
    const app = await openApp({ dataDir });
    await app.api['demo.seed']({});
    const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });
    const fr = await app.api['releases.create']({ language: 'fr', title: 'Le lancement' });
    await app.api['releases.update']({ id: fr.id, changes: { body: [paragraph('La coopérration avec Zvezda.')] } });
    const en = await app.api['releases.create']({ language: 'en', title: 'The launch' });
    await app.api['releases.update']({ id: en.id, changes: { body: [paragraph('We recieve Zvezda.')] } });
    const refs = await Promise.all([fr, en].map(async (release) => (await app.api['releases.get']({ ref: release.ref, language: release.language })).ref));
    await app.api['kits.create']({ name: 'Lancement', refs });
    await app.api['spell.ignore']({ id: fr.id, word: 'Zvezda' });
    await app.close();

    const { io, out, err } = memoryIO(dataDir);
    expect(await runCli(['--data-dir', dataDir, 'export', 'kit', 'Lancement', '--out', 'kit.pdf', '--json'], io)).toBe(0);
    const [frRef, enRef] = refs as [string, string];
    const frMessage = `Words in ${frRef} (fr), « Le lancement », that its dictionary does not know (1): coopérration. Check them with presskit spell ${frRef} --lang fr, and add the office’s own with presskit dictionary add WORD.`;
    const enMessage = `Words in ${enRef} (en), « The launch », that its dictionary does not know (2): recieve, Zvezda. Check them with presskit spell ${enRef} --lang en, and add the office’s own with presskit dictionary add WORD.`;
    expect(err.join('')).toBe(`presskit: ${frMessage}\npresskit: ${enMessage}\n`);
    expect(JSON.parse(out.join(''))).toMatchObject({
      file: 'kit.pdf',
      warnings: [
        { code: 'spelling.kitUnknownWords', params: { ref: frRef, language: 'fr', title: 'Le lancement', count: 1, words: 'coopérration' }, message: frMessage },
        { code: 'spelling.kitUnknownWords', params: { ref: enRef, language: 'en', title: 'The launch', count: 2, words: 'recieve, Zvezda' }, message: enMessage },
      ],
    });
    expect(existsSync(join(dataDir, 'kit.pdf'))).toBe(true);
  }, 120_000);
});
