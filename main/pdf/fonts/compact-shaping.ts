import { readFontFile } from './font-files';

/**
 * Shaping from the compact data made at build time from each bundled face (scripts/font-shaping-data.mjs,
 * `<face>.shaping.json` beside the font): its cmap and advances for Latin, Cyrillic, Greek and common
 * characters, and the GSUB ligatures and GPOS kerning fontkit's default features apply to them, applied by
 * fontkit's rules. A first export then never parses the GSUB and GPOS tables nor plans a layout per word
 * (some 150 ms of a kit's first export); the glyphs, advances and kerning are fontkit's to the unit.
 */

/** The first glyph's advance change, or both glyphs' when the second's is not 0. */
type Pair = number | [first: number, second: number];
type GsubTable = { ligatures: Record<string, number[][]> } | { single: Record<string, number> };
type GposTable =
  | { pairs: Record<string, Record<string, Pair>> }
  | { classes: { first: Record<string, number>; second: Record<string, number>; matrix: Record<string, Pair[]> } }
  | { single: Record<string, number> };

interface ShapingFile {
  codePoints: number[];
  glyphs: number[];
  /** One letter per code point: its script (l, c, g) or '.' for a common character. */
  scripts: string;
  /** By glyph id. */
  advances: number[];
  plans: Record<string, { gsub: number[]; gpos: number[] } | null>;
  lookups: { gsub: Record<string, GsubTable[]>; gpos: Record<string, GposTable[]> };
}

/** The unfolded result of shaping: each glyph with the characters it stands for and its advances. */
export interface CompactRun {
  glyphIds: number[];
  texts: string[];
  advances: number[];
  defaultAdvances: number[];
}

interface Face {
  glyphOf: Map<number, number>;
  scriptOf: Map<number, string>;
  advances: number[];
  plans: Map<string, { gsub: GsubTable[][]; gpos: GposTable[][] }>;
}

const SCRIPT_TAGS: Record<string, string> = { l: 'latn', c: 'cyrl', g: 'grek' };
const COMMON = 'zzzz';

function faceOf(file: ShapingFile): Face {
  const glyphOf = new Map<number, number>();
  const scriptOf = new Map<number, string>();
  file.codePoints.forEach((cp, i) => {
    glyphOf.set(cp, file.glyphs[i] as number);
    const tag = SCRIPT_TAGS[file.scripts[i] as string];
    if (tag) scriptOf.set(cp, tag);
  });
  const plans = new Map<string, { gsub: GsubTable[][]; gpos: GposTable[][] }>();
  for (const [script, plan] of Object.entries(file.plans)) {
    if (!plan) continue;
    plans.set(script, {
      gsub: plan.gsub.map((index) => file.lookups.gsub[index] ?? []),
      gpos: plan.gpos.map((index) => file.lookups.gpos[index] ?? []),
    });
  }
  return { glyphOf, scriptOf, advances: file.advances, plans };
}

const faces = new Map<string, Face | null>();

/** The face's data, read on first use; null for a font without a data file (then fontkit shapes). */
function loadFace(fontFile: string): Face | null {
  let face = faces.get(fontFile);
  if (face === undefined) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = readFontFile(fontFile.replace(/\.ttf$/u, '.shaping.json'));
    } catch {
      bytes = undefined;
    }
    face = bytes ? faceOf(JSON.parse(new TextDecoder().decode(bytes)) as ShapingFile) : null;
    faces.set(fontFile, face);
  }
  return face;
}

function substitute(tables: GsubTable[], glyphs: number[], texts: string[]): void {
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as number;
    for (const table of tables) {
      if ('single' in table) {
        const output = table.single[glyph];
        if (output === undefined) continue;
        glyphs[i] = output;
        break;
      }
      const rules = table.ligatures[glyph];
      const rule = rules?.find((components) => components.length - 1 <= glyphs.length - i - 1 && components.slice(0, -1).every((component, k) => glyphs[i + 1 + k] === component));
      if (!rule) continue;
      const count = rule.length - 1;
      glyphs.splice(i, count + 1, rule[count] as number);
      texts.splice(i, count + 1, texts.slice(i, i + count + 1).join(''));
      break;
    }
  }
}

function position(tables: GposTable[], glyphs: number[], advances: number[]): void {
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as number;
    const next = glyphs[i + 1];
    for (const table of tables) {
      if ('single' in table) {
        const value = table.single[glyph];
        if (value === undefined) continue;
        advances[i] = (advances[i] as number) + value;
        break;
      }
      // A pair needs a next glyph: at the last one every pair subtable declines.
      if (next === undefined) continue;
      let pair: Pair | undefined;
      if ('pairs' in table) pair = table.pairs[glyph]?.[next];
      else {
        const first = table.classes.first[glyph];
        if (first !== undefined) pair = table.classes.matrix[first]?.[table.classes.second[next] ?? 0];
      }
      if (pair === undefined) continue;
      if (typeof pair === 'number') advances[i] = (advances[i] as number) + pair;
      else {
        advances[i] = (advances[i] as number) + pair[0];
        advances[i + 1] = (advances[i + 1] as number) + pair[1];
      }
      break;
    }
  }
}

/** `text` shaped from the face's compact data, or null when the data does not cover it (fontkit then shapes it). */
export function shapeCompactly(fontFile: string, text: string): CompactRun | null {
  const face = loadFace(fontFile);
  if (!face) return null;
  const glyphs: number[] = [];
  const texts: string[] = [];
  let script: string | undefined;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    const glyph = face.glyphOf.get(cp);
    if (glyph === undefined) return null;
    script ??= face.scriptOf.get(cp);
    glyphs.push(glyph);
    texts.push(char);
  }
  const plan = face.plans.get(script ?? COMMON);
  if (!plan) return null;
  for (const tables of plan.gsub) substitute(tables, glyphs, texts);
  const defaultAdvances = glyphs.map((glyph) => face.advances[glyph] ?? 0);
  const advances = [...defaultAdvances];
  for (const tables of plan.gpos) position(tables, glyphs, advances);
  return { glyphIds: glyphs, texts, advances, defaultAdvances };
}
