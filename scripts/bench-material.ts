/**
 * The bench's figures for the material of a release: the journalist pack of the demo kit, and the spell
 * check of the model communiqué in each language, first (the dictionary loaded) and warm.
 */
import { readFileSync } from 'node:fs';
import { openApp } from '../main/api/app';
import { LANGUAGES } from '../main/core/language';

export interface MaterialFigures {
  pack: { ms: number; bytes: number; files: number };
  spelling: { language: string; firstMs: number; warmMs: number; unknown: number }[];
}

/** On a demo store in `dataDir`, with the model communiqué imported in English and Russian beside the French. */
export async function measureMaterial(dataDir: string, sources: { en: string; ru: string }): Promise<MaterialFigures> {
  const app = await openApp({ dataDir });
  try {
    await app.api['demo.seed']({});
    const refs: Record<string, string> = { fr: 'CP124-2019' };
    for (const language of ['en', 'ru'] as const) {
      const path = sources[language];
      const [imported] = (await app.api['releases.import']({ files: [{ name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(path)) }], ref: `BENCH-${language}`, language })).refs;
      refs[language] = imported as string;
    }
    const [kit] = await app.api['kits.list']({});
    if (!kit) throw new Error('the demo has a kit');
    const started = performance.now();
    const pack = await app.api['pack.kit']({ id: kit.id });
    const packMs = performance.now() - started;
    const spelling = [];
    for (const language of LANGUAGES) {
      const ref = refs[language] as string;
      const first = performance.now();
      const checked = await app.api['spell.release']({ ref });
      const firstMs = performance.now() - first;
      const warm = performance.now();
      await app.api['spell.release']({ ref });
      spelling.push({ language, firstMs, warmMs: performance.now() - warm, unknown: checked.unknown.length });
    }
    return { pack: { ms: packMs, bytes: pack.bytes.byteLength, files: pack.files.length }, spelling };
  } finally {
    await app.close();
  }
}

export function describeMaterial({ pack, spelling }: MaterialFigures): string {
  const lines = [`journalist pack of the demo kit: ${pack.ms.toFixed(0)} ms, ${(pack.bytes / 1024).toFixed(0)} KiB, ${pack.files} files`];
  for (const s of spelling) lines.push(`spell check of the model communiqué (${s.language}): first ${s.firstMs.toFixed(0)} ms (dictionary loaded), warm ${s.warmMs.toFixed(0)} ms, ${s.unknown} unknown words`);
  return lines.join('\n');
}
