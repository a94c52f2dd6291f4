import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import type { Language } from '../../../main/core/language';
import { loadFont } from '../../../main/pdf/fonts/registry';
import { setParagraph, type Align, type Line } from '../../../main/pdf/text/paragraph';
import type { TextStyle } from '../../../main/pdf/frame';

const serif = loadFont('Noto Serif', { bold: false, italic: false });
const bold = loadFont('Noto Serif', { bold: true, italic: false });
const plain: TextStyle = { font: serif, size: 10, color: { r: 0, g: 0, b: 0 } };

const FRENCH =
  'Le CNES y participe au travers d’une expérience baptisée MTB-2 (« Mouse Telemetry on Bion ») : pourquoi ? ' +
  'Parce que la lutte contre le changement climatique constitue aussi l’une des priorités du CNES ; la première ' +
  'réunion des parties signataires du SCO se tiendra les 22 et 23 octobre à Washington ! Enfin, « vraiment » ?';

function set(text: string, width: number, align: Align = 'justify', language: Language = 'fr'): Line[] {
  return setParagraph({ spans: [{ text, style: plain }], language, width, align, hyphenate: align === 'justify', where: 'the body' });
}

const lineText = (line: Line): string => line.pieces.map((p) => p.text).join('');

describe('setting a paragraph', () => {
  it('justifies every line but the last to the exact measure, within sane word spacing', () => {
    const lines = set(FRENCH, 260);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines.slice(0, -1)) {
      expect(line.justified).toBe(true);
      expect(line.width).toBeCloseTo(260, 2);
      expect(line.spaceRatio).toBeLessThanOrEqual(2);
      expect(line.spaceRatio).toBeGreaterThanOrEqual(2 / 3);
    }
    expect(lines.at(-1)?.justified).toBe(false);
  });

  it('never starts a line with closing punctuation, whatever the measure', () => {
    for (let width = 110; width <= 320; width += 9) {
      for (const line of set(FRENCH, width)) expect(lineText(line)).not.toMatch(/^[»?!;:.,)\u202F\u00A0]/u);
    }
  });

  it('keeps the words of every paragraph, in order, across lines', () => {
    const joined = set(FRENCH, 200)
      .map((line) => lineText(line).replace(/\u00AD$/u, '\u00AD'))
      .join(' ')
      .replace(/\u00AD /gu, '');
    expect(joined.replace(/[\u202F\u00A0]/gu, ' ').replace(/\s+/gu, ' ')).toBe(FRENCH.replace(/\s+/gu, ' '));
  });

  it('sets a 2,000-character word without an overfull line', () => {
    const lines = set(`Début ${'x'.repeat(2000)} fin.`, 300);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((line) => line.overfull)).toEqual([]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(300.5);
  });

  it('breaks a long address in a narrow ragged column at its punctuation', () => {
    const lines = set('Écrire à pascale.bresson-communication@presse-spatiale.example.fr ou https://presse.cnes.fr/fr/communiques/2019/cp124', 110, 'left');
    expect(lines.filter((line) => line.overfull)).toEqual([]);
    expect(lines.map(lineText).join('')).toContain('https://presse.cnes.fr');
    expect(lines.some((line) => /[.@/-]$/u.test(lineText(line)))).toBe(true);
  });

  it('keeps the styles of mixed runs on their pieces', () => {
    const lines = setParagraph({
      spans: [
        { text: 'Un mot ', style: plain },
        { text: 'important', style: { ...plain, font: bold } },
        { text: ' ici.', style: plain },
      ],
      language: 'fr',
      width: 300,
      align: 'left',
      hyphenate: false,
      where: 'the body',
    });
    const boldPiece = lines[0]?.pieces.find((p) => p.style.font === bold);
    expect(boldPiece?.text).toBe('important');
  });

  it('names a character no font can print, and where it is', () => {
    const attempt = (): Line[] =>
      setParagraph({ spans: [{ text: 'Bonhomme de neige ☃', style: plain }], language: 'fr', width: 300, align: 'left', hyphenate: false, where: 'the title' });
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow('The character « ☃ » (U+2603) in the title cannot be printed with the brand’s fonts: replace it, or choose a font that has it in Brand.');
  });
});
