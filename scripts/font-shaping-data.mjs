// What fontkit's layout engine works out from a bundled face on every start (its cmap and advances for the
// scripts we print, and the GSUB ligatures and GPOS kerning its default features apply), read once here with
// fontkit itself and kept as compact data beside the font (`assets/fonts/<face>.shaping.json`), for
// main/pdf/fonts/compact-shaping.ts. `npm run build:fonts` writes the files; test/unit/pdf/font-shaping-data.test.ts
// generates them again and compares, so they cannot go stale.
//
// The data covers what fontkit does for a text without marks in Latin, Cyrillic, Greek or common characters:
// glyphs from the cmap, then the lookups of the features left on by the shaper (main/pdf/fonts/shaper.ts turns
// off the mark and contextual ones), in fontkit's order and with its rules: a GSUB lookup's first matching
// subtable wins at each glyph, a PairPos subtable that covers the glyph ends the search even with a zero value.
// A lookup of another kind is dropped only when no glyph the data can produce is in its coverage; else the
// script gets no entry and such a text stays with fontkit.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const { getScript, getCategory } = require('unicode-properties');

/** The features main/pdf/fonts/shaper.ts turns off for a text without combining marks. */
export const WITHOUT_MARK_POSITIONING = { mark: false, mkmk: false, ccmp: false, locl: false, calt: false, clig: false, rlig: false, rclt: false };

/** fontkit's script tags (Script.forString) for the scripts covered; a text of common characters alone is 'zzzz'. */
const SCRIPTS = { Latin: 'latn', Cyrillic: 'cyrl', Greek: 'grek' };
const COMMON = 'zzzz';
const SCRIPT_CODES = { latn: 'l', cyrl: 'c', grek: 'g', [COMMON]: '.' };

/** fontkit hides these (LayoutEngine.isDefaultIgnorable) and treats U+2044 as a fraction: such texts stay with fontkit. */
function isDefaultIgnorable(cp) {
  return (
    cp === 0xad || cp === 0x34f || cp === 0x61c || (cp >= 0x17b4 && cp <= 0x17b5) || (cp >= 0x180b && cp <= 0x180e) ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || (cp >= 0xfff0 && cp <= 0xfff8)
  );
}

function coverageGlyphs(coverage) {
  if (coverage.version === 1) return [...coverage.glyphs];
  return coverage.rangeRecords.flatMap((range) => Array.from({ length: range.end - range.start + 1 }, (_, i) => range.start + i));
}

function classOf(glyph, classDef) {
  if (classDef.version === 1) {
    const i = glyph - classDef.startGlyph;
    return i >= 0 && i < classDef.classValueArray.length ? classDef.classValueArray[i] : 0;
  }
  for (const range of classDef.classRangeRecord) if (range.start <= glyph && glyph <= range.end) return range.class;
  return 0;
}

/** A lookup's subtables with extensions (GSUB 7, GPOS 9) unwrapped: [type, table]. */
function subtables(lookup, extensionType) {
  return lookup.subTables.map((table) => (lookup.lookupType === extensionType ? [table.lookupType, table.extension] : [lookup.lookupType, table]));
}

/** Every glyph a subtable of a kind we do not compile could start at: its (first input) coverage. */
function entryCoverage(table) {
  if (table.coverage) return coverageGlyphs(table.coverage);
  if (table.markCoverage) return coverageGlyphs(table.markCoverage);
  if (table.inputCoverage) return coverageGlyphs(table.inputCoverage[0]);
  if (table.backtrackCoverage) return coverageGlyphs(table.inputCoverage[0]);
  throw new Error(`A subtable with no coverage fontkit-shaping knows (format ${table.version}).`);
}

function compileGsub(lookup, reachable) {
  const compiled = [];
  for (const [type, table] of subtables(lookup, 7)) {
    const covered = coverageGlyphs(table.coverage);
    if (type === 4) {
      const sets = {};
      covered.forEach((glyph, index) => {
        if (!reachable.has(glyph)) return;
        sets[glyph] = table.ligatureSets.get(index).map((ligature) => [...ligature.components, ligature.glyph]);
      });
      compiled.push({ ligatures: sets });
    } else if (type === 1) {
      const map = {};
      covered.forEach((glyph, index) => {
        if (reachable.has(glyph)) map[glyph] = table.version === 1 ? (glyph + table.deltaGlyphID) & 0xffff : table.substitute.get(index);
      });
      compiled.push({ single: map });
    } else if (covered.some((glyph) => reachable.has(glyph))) return null;
  }
  return compiled;
}

const advance = (value) => (value && value.xAdvance) || 0;
/** A pair's advances: the first glyph's alone when the second's is 0, as it nearly always is. */
const pairOf = (value1, value2) => (advance(value2) === 0 ? advance(value1) : [advance(value1), advance(value2)]);

function compileGpos(lookup, reachable) {
  const compiled = [];
  for (const [type, table] of subtables(lookup, 9)) {
    if (type === 2 && table.version === 1) {
      const pairs = {};
      coverageGlyphs(table.coverage).forEach((glyph, index) => {
        if (!reachable.has(glyph)) return;
        const seconds = {};
        for (const pair of table.pairSets.get(index)) {
          // fontkit applies the first record for a second glyph.
          if (reachable.has(pair.secondGlyph) && !(pair.secondGlyph in seconds)) seconds[pair.secondGlyph] = pairOf(pair.value1, pair.value2);
        }
        pairs[glyph] = seconds;
      });
      compiled.push({ pairs });
    } else if (type === 2 && table.version === 2) {
      const covered = coverageGlyphs(table.coverage).filter((glyph) => reachable.has(glyph));
      const first = {};
      const second = {};
      for (const glyph of covered) first[glyph] = classOf(glyph, table.classDef1);
      for (const glyph of reachable) {
        const c = classOf(glyph, table.classDef2);
        if (c) second[glyph] = c;
      }
      const rows = [...new Set(Object.values(first))].sort((a, b) => a - b);
      const matrix = {};
      for (const row of rows) {
        const records = table.classRecords.get(row);
        matrix[row] = Array.from({ length: table.class2Count }, (_, c) => pairOf(records.get(c).value1, records.get(c).value2));
      }
      compiled.push({ classes: { first, second, matrix } });
    } else if (type === 1) {
      const single = {};
      coverageGlyphs(table.coverage).forEach((glyph, index) => {
        if (reachable.has(glyph)) single[glyph] = advance(table.version === 1 ? table.value : table.values.get(index));
      });
      compiled.push({ single });
    } else if (entryCoverage(table).some((glyph) => reachable.has(glyph))) return null;
  }
  return compiled;
}

/** The glyphs a compiled GSUB subtable can put in a text. */
function outputsOf(table) {
  return table.ligatures ? Object.values(table.ligatures).flatMap((rules) => rules.map((rule) => rule.at(-1))) : Object.values(table.single);
}

/** Each planned lookup compiled into `into` (by lookup index): the indices to apply, or null when one cannot be compiled. */
function compileLookups(planned, compile, into) {
  const indices = [];
  for (const { index, lookup } of planned) {
    const compiled = compile(lookup);
    if (compiled === null) return null;
    if (compiled.length === 0) continue;
    into[index] = compiled;
    indices.push(index);
  }
  return indices;
}

/** The lookups fontkit applies, in its order, to a text of `script` (OTLayoutEngine.setup, then ShapingPlan). */
function plannedLookups(font, script) {
  const engine = font._layoutEngine.engine;
  engine.setup({ glyphs: [font.glyphForCodePoint(0x20)], features: { ...WITHOUT_MARK_POSITIONING }, script, language: undefined, direction: 'ltr' });
  const { plan } = engine;
  if (plan.stages.some((stage) => typeof stage === 'function')) throw new Error(`fontkit plans a shaper stage for ${script}.`);
  const stages = plan.stages.map((stage) => stage.filter((tag) => plan.globalFeatures[tag]));
  const lookups = (processor) => (processor ? stages.flatMap((stage) => processor.lookupsForFeatures(stage)) : []);
  const planned = { gsub: lookups(engine.GSUBProcessor), gpos: lookups(engine.GPOSProcessor) };
  engine.cleanup();
  return planned;
}

/** The compact shaping data of one face (the bytes of a TrueType file). */
export function shapingData(bytes) {
  const font = fontkit.create(bytes);
  font.layout(' ', WITHOUT_MARK_POSITIONING); // creates the layout engine
  const gdef = font.GDEF && font.GDEF.glyphClassDef;
  const codePoints = [];
  const glyphs = [];
  let scripts = '';
  for (const cp of [...font.characterSet].sort((a, b) => a - b)) {
    if (cp > 0xffff || cp < 0x20 || isDefaultIgnorable(cp) || cp === 0x2044 || getCategory(cp).startsWith('M')) continue;
    const name = getScript(cp);
    const script = SCRIPTS[name] ?? (name === 'Common' || name === 'Unknown' ? COMMON : undefined);
    if (!script) continue;
    const glyph = font.glyphForCodePoint(cp).id;
    if (glyph === 0 || (gdef && classOf(glyph, gdef) === 3)) continue;
    codePoints.push(cp);
    glyphs.push(glyph);
    scripts += SCRIPT_CODES[script];
  }
  const scriptTags = [...Object.values(SCRIPTS), COMMON];
  const planned = new Map(scriptTags.map((script) => [script, plannedLookups(font, script)]));
  // The glyphs a text can reach: its characters' glyphs, then whatever the substitutions make of them.
  const printable = new Set(glyphs);
  for (let size = -1; size !== printable.size; ) {
    size = printable.size;
    for (const { gsub } of planned.values()) for (const { lookup } of gsub) for (const table of compileGsub(lookup, printable) ?? []) outputsOf(table).forEach((glyph) => printable.add(glyph));
  }
  const lookups = { gsub: {}, gpos: {} };
  const plans = {};
  for (const [script, { gsub, gpos }] of planned) {
    const substitutions = compileLookups(gsub, (lookup) => compileGsub(lookup, printable), lookups.gsub);
    const positions = compileLookups(gpos, (lookup) => compileGpos(lookup, printable), lookups.gpos);
    plans[script] = substitutions && positions && { gsub: substitutions, gpos: positions };
  }
  const sorted = [...printable].sort((a, b) => a - b);
  return {
    codePoints,
    glyphs,
    scripts,
    // By glyph id, 0 for a glyph no text reaches.
    advances: Array.from({ length: sorted.at(-1) + 1 }, (_, glyph) => (printable.has(glyph) ? font.getGlyph(glyph).advanceWidth : 0)),
    plans,
    lookups,
  };
}

/** The TrueType faces of a fonts folder, each with its data's file name. */
export function shapedFaces(fontDir) {
  return readdirSync(fontDir)
    .filter((name) => name.endsWith('.ttf'))
    .sort()
    .map((name) => ({ font: join(fontDir, name), data: join(fontDir, name.replace(/\.ttf$/, '.shaping.json')) }));
}

/** The file's text: one JSON document, stable for the same font. */
export function shapingFile(fontPath) {
  return `${JSON.stringify(shapingData(readFileSync(fontPath)))}\n`;
}
