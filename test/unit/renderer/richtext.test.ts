import { describe, expect, it } from 'vitest';
import type { RichText } from '../../../main/core/schema';
import { isSafeHref, richTextToTipTap, tipTapToRichText } from '../../../renderer/src/editor/richtext';

const everything: RichText = [
  { type: 'heading', level: 2, content: [{ text: 'Un accord' }] },
  {
    type: 'paragraph',
    content: [
      { text: 'Le ' },
      { text: 'CNES', bold: true },
      { text: ' et ' },
      { text: 'Roscosmos', italic: true },
      { text: ' : ' },
      { text: 'les deux', bold: true, italic: true },
      { text: ' — voir ' },
      { text: 'le site', href: 'https://cnes.fr' },
      { text: ', ' },
      { text: 'écrire', href: 'mailto:presse@cnes.fr' },
      { text: ' ou ' },
      { text: 'appeler', href: 'tel:+33144767539', bold: true },
      { text: '.' },
    ],
  },
  { type: 'heading', level: 3, content: [{ text: 'Les thèmes' }] },
  { type: 'bulletList', items: [[{ text: 'biologie' }], [{ text: 'planétologie', italic: true }]] },
  { type: 'orderedList', items: [[{ text: 'premier' }], [{ text: 'second' }]] },
  { type: 'quote', content: [{ text: 'Une coopération fructueuse.' }], attribution: 'Jean-Yves Le Gall' },
  { type: 'quote', content: [{ text: 'Sans auteur.' }] },
];

describe('RichText <-> TipTap', () => {
  it('round-trips every block and mark unchanged', () => {
    expect(tipTapToRichText(richTextToTipTap(everything))).toEqual(everything);
  });

  it('writes the TipTap nodes and marks the editor expects', () => {
    const doc = richTextToTipTap(everything);
    expect(doc.content?.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'blockquote']);
    expect(doc.content?.[0]?.attrs).toEqual({ level: 2 });
    expect(doc.content?.[1]?.content?.[1]).toEqual({ type: 'text', text: 'CNES', marks: [{ type: 'bold' }] });
    expect(doc.content?.[1]?.content?.[7]).toEqual({ type: 'text', text: 'le site', marks: [{ type: 'link', attrs: { href: 'https://cnes.fr' } }] });
    expect(doc.content?.[3]?.content?.[1]).toEqual({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'planétologie', marks: [{ type: 'italic' }] }] }] });
    expect(doc.content?.[5]?.content?.[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '— Jean-Yves Le Gall' }] });
  });

  it('gives an empty body one empty paragraph, and reads it back as an empty body', () => {
    expect(richTextToTipTap([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(tipTapToRichText(richTextToTipTap([]))).toEqual([]);
  });

  it('drops links that are not https:, mailto: or tel:, keeping their text', () => {
    const unsafe = { type: 'paragraph', content: [{ text: 'clic', href: 'javascript:alert(1)' }] } as unknown as RichText[number];
    expect(richTextToTipTap([unsafe]).content?.[0]?.content).toEqual([{ type: 'text', text: 'clic' }]);
    const fromEditor = tipTapToRichText({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'http ', marks: [{ type: 'link', attrs: { href: 'http://example.com' } }] },
            { type: 'text', text: 'data', marks: [{ type: 'link', attrs: { href: 'data:text/html,x' } }] },
          ],
        },
      ],
    });
    expect(fromEditor).toEqual([{ type: 'paragraph', content: [{ text: 'http data' }] }]);
    expect(isSafeHref('https://cnes.fr')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
  });

  it('fits what RichText cannot hold: merged runs, flattened lists, breaks as spaces, h4 as h3, unknown marks dropped', () => {
    const body = tipTapToRichText({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Gras ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'suivi', marks: [{ type: 'bold' }, { type: 'underline' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'ligne', marks: [{ type: 'strike' }] },
          ],
        },
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Petit titre' }] },
        { type: 'heading', attrs: { level: 2 } },
        { type: 'paragraph' },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'haut' }] },
                { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'imbriqué' }] }] }] },
              ],
            },
          ],
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Un' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Deux' }] }] },
      ],
    });
    expect(body).toEqual([
      { type: 'paragraph', content: [{ text: 'Gras suivi', bold: true }, { text: ' ligne' }] },
      { type: 'heading', level: 3, content: [{ text: 'Petit titre' }] },
      { type: 'bulletList', items: [[{ text: 'haut' }], [{ text: 'imbriqué' }]] },
      { type: 'quote', content: [{ text: 'Un' }] },
      { type: 'quote', content: [{ text: 'Deux' }] },
    ]);
  });
});
