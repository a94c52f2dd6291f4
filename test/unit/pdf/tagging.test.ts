/**
 * Every PDF the app writes is tagged (PDF/UA-1) and claims PDF/A-2b: read back as readers do (poppler's
 * structure text, pdf.js, qpdf, pikepdf) and judged by our checker of the rules a machine can decide.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCards, renderKit, renderRelease, type RenderOptions } from '../../../main/pdf/index';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { airShowKit } from '../../fixtures/pdf/kits';
import { englishRichRelease, LOGO_NAME, logoPng, russianRelease } from '../../fixtures/pdf/releases';
import { conformanceProblems } from '../../helpers/pdf-conformance';
import { objectsText, pdfFile, pdfinfo, qpdfCheck } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };

/** poppler's view of the structure tree: one line per element or text, indented by depth. */
function structText(bytes: Uint8Array): string[] {
  return execFileSync('pdfinfo', ['-struct-text', pdfFile(bytes)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n');
}

/** The texts directly under each element of a role, joined per element and white space collapsed. */
function textsUnder(lines: readonly string[], role: string): string[] {
  const found: string[] = [];
  lines.forEach((line, i) => {
    const depth = line.search(/\S/u);
    if (line.trim().split(' ')[0] !== role) return;
    const parts: string[] = [];
    for (const next of lines.slice(i + 1)) {
      if (next.trim() === '' || next.search(/\S/u) <= depth) break;
      const quoted = /^\s*"(.*)"$/u.exec(next);
      if (quoted) parts.push(quoted[1] as string);
    }
    found.push(parts.join(' ').replace(/\s+/gu, ' ').trim());
  });
  return found;
}

/**
 * A text's letters and digits only: poppler's lines keep a hyphenated word's halves apart, and the
 * typography has turned quotes and spaces into their typographic kinds.
 */
const words = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');

async function pdfjsView(bytes: Uint8Array): Promise<{ markInfo: unknown; roles: string[] }> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const markInfo = await doc.getMarkInfo();
  const page = await doc.getPage(1);
  const roles: string[] = [];
  const walk = (node: { role: string; children?: unknown[] }): void => {
    roles.push(node.role);
    for (const child of node.children ?? []) if (child && typeof child === 'object' && 'role' in child) walk(child as { role: string; children?: unknown[] });
  };
  const tree = await page.getStructTree();
  if (tree) walk(tree as { role: string; children?: unknown[] });
  await doc.destroy();
  return { markInfo, roles };
}

/** pikepdf (qpdf underneath) opens the file and finds the parts a PDF/A reader looks for. */
function pikepdfView(bytes: Uint8Array): Record<string, unknown> {
  const script = `import json, sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
meta = pdf.open_metadata()
print(json.dumps({
  "part": meta.get("pdfaid:part"), "conformance": meta.get("pdfaid:conformance"), "ua": meta.get("{http://www.aiim.org/pdfua/ns/id/}part"),
  "title": meta.get("dc:title"), "intent": str(pdf.Root.OutputIntents[0].S), "profileN": int(pdf.Root.OutputIntents[0].DestOutputProfile.N),
  "marked": bool(pdf.Root.MarkInfo.Marked), "tabs": sorted({str(p.obj.Tabs) for p in pdf.pages}),
}))`;
  const result = spawnSync('/usr/bin/python3', ['-c', script, pdfFile(bytes)], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('tagged PDF/UA-1 and PDF/A-2b, for every kind of export', () => {
  const exports = new Map<string, Uint8Array>();

  beforeAll(async () => {
    const cp124 = loadCp124();
    exports.set('release', (await renderRelease({ ...cp124, images: new Map() }, A4)).bytes);
    const en = englishRichRelease(LOGO_NAME);
    exports.set('rich release with bleed and marks', (await renderRelease({ ...en, images: new Map([[LOGO_NAME, logoPng()]]) }, { paper: 'letter', bleedMm: 3, cropMarks: true })).bytes);
    exports.set('Russian release', (await renderRelease({ ...russianRelease(), images: new Map() }, A4)).bytes);
    exports.set('kit', (await renderKit(airShowKit(), A4)).bytes);
    exports.set('cards sheet', (await renderCards({ contacts: [...cp124.contacts, ...en.contacts], brand: en.brand, images: new Map([[LOGO_NAME, logoPng()]]), language: 'en' }, A4)).bytes);
  }, 60_000);

  it('passes the PDF/UA-1 and PDF/A-2b checker and qpdf --check', async () => {
    for (const [name, bytes] of exports) {
      expect(await conformanceProblems(bytes), name).toEqual([]);
      expect(qpdfCheck(bytes).ok, name).toBe(true);
      expect(pdfinfo(bytes).Tagged, name).toBe('yes');
    }
  });

  it('reads a word break at the end of a line as a space, as a screen reader takes the words', () => {
    // The title sets on two lines ("…entre" / "la France…"): without a space character, "entrela".
    const { release } = loadCp124();
    expect(textsUnder(structText(exports.get('release') as Uint8Array), 'H1')).toEqual([release.title]);
  });

  it('packs the structure tree’s elements into compressed object streams, where readers still find them', () => {
    const bytes = exports.get('kit') as Uint8Array;
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/Type /ObjStm');
    expect(raw).not.toContain('/StructElem');
    expect(objectsText(bytes)).toContain('/Type /StructElem');
  });

  it('reads the header’s stacked texts apart: label, date, reference and name are words of their own', () => {
    const header = structText(exports.get('release') as Uint8Array).find((line) => line.includes('CP124-2019'));
    expect(header?.trim()).toMatch(/^"Communiqué de presse 27\u00a0août\u00a02019 CP124-2019 CNES ?"$/u);
  });

  it('puts the title inside H1 and every body paragraph inside a P, as poppler reads the tree', () => {
    const { release } = loadCp124();
    const lines = structText(exports.get('release') as Uint8Array);
    expect(textsUnder(lines, 'H1').map(words)).toEqual([words(release.title)]);
    const paragraphs = textsUnder(lines, 'P').map(words);
    const body = release.body.filter((block) => block.type === 'paragraph');
    expect(body.length).toBeGreaterThan(3);
    for (const block of body) {
      const text = words(block.content.map((span) => span.text).join(''));
      expect(paragraphs, text.slice(0, 40)).toContain(text);
    }
  });

  it('nests lists, quotes and links as the roles say, and keeps furniture out of the tree', () => {
    const lines = structText(exports.get('rich release with bleed and marks') as Uint8Array).map((line) => line.trim().split(' ')[0]);
    for (const role of ['L', 'LI', 'Lbl', 'LBody', 'BlockQuote', 'Link', 'H2']) expect(lines, role).toContain(role);
    const all = structText(exports.get('release') as Uint8Array).join('\n');
    expect(all).not.toMatch(/"Page \d|"page \d/u);
  });

  it('gives the kit its contents as TOC over TOCI, and another language its /Lang', async () => {
    const lines = structText(exports.get('kit') as Uint8Array).map((line) => line.trim().split(' ')[0]);
    expect(lines).toContain('TOC');
    expect(lines.filter((role) => role === 'TOCI').length).toBeGreaterThanOrEqual(3);
    const { PDFDocument, PDFName, PDFDict, PDFString } = await import('pdf-lib');
    const pdf = await PDFDocument.load(exports.get('kit') as Uint8Array);
    const languages = new Set<string>();
    for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
      if (obj instanceof PDFDict && obj.get(PDFName.of('Type'))?.toString() === '/StructElem') {
        const lang = obj.lookup(PDFName.of('Lang'));
        if (lang instanceof PDFString) languages.add(lang.decodeText());
      }
    }
    expect([...languages].sort()).toEqual(['en', 'ru']);
  });

  it('reads as tagged in pdf.js: marked, with a structure tree on the page', async () => {
    for (const [name, bytes] of exports) {
      const { markInfo, roles } = await pdfjsView(bytes);
      expect(markInfo, name).toMatchObject({ Marked: true, Suspects: false });
      expect(roles[0], name).toBe('Root');
      expect(roles, name).toContain('Document');
    }
    expect((await pdfjsView(exports.get('release') as Uint8Array)).roles).toEqual(expect.arrayContaining(['H1', 'P']));
  });

  it('declares PDF/A-2b and PDF/UA-1 in XMP, with an sRGB output intent, as pikepdf opens it', () => {
    const { title } = loadCp124().release;
    expect(pikepdfView(exports.get('release') as Uint8Array)).toEqual({ part: '2', conformance: 'B', ua: '1', title, intent: '/GTS_PDFA1', profileN: 3, marked: true, tabs: ['/S'] });
  });

  it('never skips a heading level: a body that opens on a level-3 heading tags it H2 under the H1 title', async () => {
    const cp124 = loadCp124();
    const body = [{ type: 'heading' as const, level: 3 as const, content: [{ text: 'Contexte' }] }, ...cp124.release.body];
    const { bytes } = await renderRelease({ ...cp124, release: { ...cp124.release, body }, images: new Map() }, A4);
    expect(await conformanceProblems(bytes)).toEqual([]);
    expect(textsUnder(structText(bytes), 'H2')).toContain('Contexte');
  });

  it('stays deterministic: the same document gives the same bytes', async () => {
    const again = (await renderKit(airShowKit(), A4)).bytes;
    expect(Buffer.from(again).equals(Buffer.from(exports.get('kit') as Uint8Array))).toBe(true);
  });
});
