import { describe, expect, it } from 'vitest';
import type { Language } from '../../../main/core/language';
import { Brand, Release } from '../../../main/core/schema';
import { loadFont } from '../../../main/pdf/fonts/registry';
import type { TextStyle } from '../../../main/pdf/frame';
import { renderRelease } from '../../../main/pdf/index';
import { pageGeometry } from '../../../main/pdf/layout/geometry';
import { setParagraph, type Align, type Line } from '../../../main/pdf/text/paragraph';
import type { Span } from '../../../main/pdf/text/typography';
import { readPdfText } from '../../fuzz/pdf-text';

const black = { r: 0, g: 0, b: 0 };
const style = (family: string, bold: boolean, size = 10, italic = false): TextStyle => ({ font: loadFont(family, { bold, italic }), size, color: black });
const serif = style('Noto Serif', false);
const serifBold = style('Noto Serif', true);

function set(spans: Span<TextStyle>[], width: number, align: Align, language: Language = 'fr', hyphenate = align === 'justify'): Line[] {
  return setParagraph({ spans, language, width, align, hyphenate, where: 'the body' });
}

const lineText = (line: Line): string => line.pieces.map((p) => p.text).join('');
const widest = (lines: Line[]): number => Math.max(...lines.map((line) => Math.max(...line.pieces.map((p) => p.x + p.width))));
const letters = (text: string): string => text.replace(/[\s\u00A0\u202F\u00AD]/gu, '');

describe('no glyph outside the column', () => {
  it('cuts, without losing a letter, a word glued to the address that follows it in another style', () => {
    const spans = [
      { text: 'qsdkjIFYFgnr', style: serifBold },
      { text: 'https://exemple.fr/abcdefgh/abcdefgh fin', style: serif },
    ];
    for (const align of ['left', 'justify'] as const) {
      const lines = set(spans, 80, align);
      expect(widest(lines)).toBeLessThanOrEqual(80.5);
      expect(lines.filter((line) => line.overfull)).toEqual([]);
      expect(letters(lines.map(lineText).join(''))).toBe(letters(spans.map((s) => s.text).join('')));
    }
  });

  it('cuts a word wider than the column with a hyphen, an address without one', () => {
    const word = set([{ text: `Début ${'anticonstitutionnel'.repeat(4)} fin`, style: serif }], 150, 'left');
    expect(widest(word)).toBeLessThanOrEqual(150.5);
    expect(word.slice(0, -1).some((line) => line.hyphenated && lineText(line).endsWith('\u00AD'))).toBe(true);
    const address = set([{ text: `Voir https://exemple.fr/${'a'.repeat(80)} fin`, style: serif }], 150, 'left');
    expect(widest(address)).toBeLessThanOrEqual(150.5);
    expect(address.some((line) => line.hyphenated)).toBe(false);
    expect(letters(address.map(lineText).join(''))).toBe(letters(`Voir https://exemple.fr/${'a'.repeat(80)} fin`));
  });

  it('cuts words of two styles tied by no-break spaces when together they are wider than the column', () => {
    const spans = [
      { text: 'Début x', style: serif },
      { text: `${'bcdfgh'.repeat(3)}\u00A0jklm`, style: serifBold },
      { text: `${'qrstvw'.repeat(3)} fin`, style: serif },
    ];
    const lines = set(spans, 200, 'left');
    expect(widest(lines)).toBeLessThanOrEqual(200.5);
    expect(letters(lines.map(lineText).join(''))).toBe(letters(spans.map((s) => s.text).join('')));
  });

  it('keeps within the column a line shaped whole wider than its pieces measured apart', () => {
    const face = style('Noto Serif', true, 12.5, true);
    const spans = [
      { text: 'аащаааЩааЙаФаШэъБхОаВдиОкжкюкПМыбиА', style: { ...face, href: 'https://exemple.fr/cp124' } },
      { text: 'хпГудьУ\u00A0МУЗОпИыСмеь СМ рСРг\u00A0ЯыУВрЯ р ШвГЗсЙи ?', style: { ...face, href: 'tel:+33144767539' } },
    ];
    const lines = set(spans, 476.23, 'left', 'ru');
    expect(widest(lines)).toBeLessThanOrEqual(476.73);
    expect(lines.filter((line) => line.overfull)).toEqual([]);
  });

  it('shrinks the spaces of a justified last line that fits only by their shrink', () => {
    const text = 'МЙЕЁ https://exemple.fr/РМЁкбЯ/РМЁкбЯ ъцсЖгтйзбдёлНтпчФаЧЁЛЁКцбёсЁз зщЭ АзъщёчЙюд';
    const lines = set([{ text, style: style('Noto Sans', false) }], 455, 'justify', 'ru');
    expect(widest(lines)).toBeLessThanOrEqual(455.5);
    expect(lines.filter((line) => line.overfull)).toEqual([]);
  });
});

describe('the running head', () => {
  it('stays on the trimmed page, with the footer, with the smallest margins the brand allows', async () => {
    const marginsMm = { top: 5, right: 20, bottom: 5, left: 22 };
    const brand = Brand.parse({ colors: {}, fonts: { body: 'Noto Sans', heading: 'Noto Sans' }, boilerplate: {}, marginsMm });
    const paragraph = { type: 'paragraph', content: [{ text: 'Le CNES participe à la mission. '.repeat(40) }] };
    const release = Release.parse({
      id: 'head',
      ref: 'CP1-2019',
      language: 'fr',
      date: '2019-08-27',
      title: 'Titre',
      body: Array.from({ length: 8 }, () => paragraph),
      boilerplate: false,
      createdAt: '2019-08-27T10:00:00+02:00',
      updatedAt: '2019-08-27T10:00:00+02:00',
    });
    const options = { paper: 'a4' as const, bleedMm: 3, cropMarks: true };
    const { bytes } = await renderRelease({ release, contacts: [], brand, images: new Map() }, options);
    const pages = readPdfText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    const g = pageGeometry(options.paper, marginsMm, options.bleedMm, options.cropMarks);
    const head = pages[1]?.words.find((w) => w.text.startsWith('Communiqué'));
    expect(head).toBeDefined();
    for (const page of pages) {
      for (const w of page.words) {
        expect(w.yMin).toBeGreaterThanOrEqual(g.outset - 0.5);
        expect(w.yMax).toBeLessThanOrEqual(g.outset + g.height + 0.5);
      }
    }
  });
});
