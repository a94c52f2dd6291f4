/**
 * The bundled faces' compact shaping data (assets/fonts/<face>.shaping.json) is what
 * scripts/font-shaping-data.mjs makes of the fonts today, and shapes as fontkit does: the same glyphs,
 * characters and advances, on the model communiqué in French, English and Russian and on every character
 * the data covers.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { shapeCompactly } from '../../../main/pdf/fonts/compact-shaping';
import { WITHOUT_MARK_POSITIONING } from '../../../main/pdf/fonts/shaper';

const ROOT = resolve(import.meta.dirname, '../../..');
const FONTS = join(ROOT, 'assets/fonts');
const generator = (await import(join(ROOT, 'scripts/font-shaping-data.mjs'))) as {
  WITHOUT_MARK_POSITIONING: Record<string, boolean>;
  shapedFaces(dir: string): { font: string; data: string }[];
  shapingFile(font: string): string;
};
const faces = generator.shapedFaces(FONTS);

const corpus = ['assets/demo/communique-cp124-2019.fr.md', 'test/fixtures/import/communique-cp124-2019.en.md', 'test/fixtures/import/communique-cp124-2019.ru.md']
  .map((file) => readFileSync(join(ROOT, file), 'utf8'))
  .join('\n');
/** What the typesetter shapes: words, words with their punctuation, and whole lines. */
const texts = [
  ...new Set([
    ...corpus.split(/\s+/u),
    ...corpus.split(/[\s\p{P}]+/u),
    ...corpus.split('\n'),
    'fi fl ff ffi ffl AV To Ta Yo LT P. «\u202FВот\u202F» ‘quoted’ — 1er 12 000 €',
  ]),
].filter((text) => text !== '' && !/\p{M}/u.test(text));

/** fontkit's own shaping, unfolded: what the typesetter did before the compact data. */
function byFontkit(font: fontkit.Font, text: string): { glyphIds: number[]; advances: number[]; defaultAdvances: number[] } {
  const run = font.layout(text, WITHOUT_MARK_POSITIONING);
  return { glyphIds: run.glyphs.map((g) => g.id), advances: run.positions.map((p) => p.xAdvance), defaultAdvances: run.glyphs.map((g) => g.advanceWidth) };
}

describe('compact shaping data of the bundled fonts', () => {
  it('turns off the same features as the typesetter', () => {
    expect(generator.WITHOUT_MARK_POSITIONING).toEqual(WITHOUT_MARK_POSITIONING);
  });

  it.each(faces.map(({ font, data }) => [font.split('/').pop() as string, font, data]))('%s: the data file is what the generator makes of the font', (_name, font, data) => {
    expect(readFileSync(data, 'utf8') === generator.shapingFile(font)).toBe(true);
  });

  it.each(faces.map(({ font }) => [font.split('/').pop() as string, font]))('%s: shapes the corpus and every covered character as fontkit does', (name, path) => {
    const font = fontkit.create(readFileSync(path));
    const data = JSON.parse(readFileSync(path.replace(/\.ttf$/u, '.shaping.json'), 'utf8')) as { codePoints: number[] };
    const letters = data.codePoints.map((cp) => String.fromCodePoint(cp));
    // Each covered character alone and beside a kerning-prone neighbour, then the corpus.
    const samples = [...letters, ...letters.flatMap((letter) => [`A${letter}`, `${letter}V`, `${letter}.`, `f${letter}`, `Т${letter}`]), ...texts];
    let compared = 0;
    for (const text of samples) {
      const compact = shapeCompactly(name, text);
      if (!compact) continue;
      compared++;
      const expected = byFontkit(font, text);
      if (compact.glyphIds.join() !== expected.glyphIds.join() || compact.advances.join() !== expected.advances.join() || compact.defaultAdvances.join() !== expected.defaultAdvances.join()) {
        expect({ text, ...compact }).toEqual({ text, texts: compact.texts, ...expected });
      }
      expect(compact.texts.join('')).toBe(text);
    }
    // The data covers every text of the corpus (none falls back to fontkit).
    expect(compared).toBe(samples.length);
  });
});
