import type { Language } from '../../core/language';
import type { Brand } from '../../core/schema';
import type { DocumentTree, Furniture } from '../blocks';
import { mix, palette } from './palette';

/** The watermark of a text no one has approved, and the footer's warning, in the page's language. */
const MARK: Record<Language, { word: string; notice: string }> = {
  fr: { word: 'PROJET', notice: 'Projet — ne pas diffuser' },
  en: { word: 'DRAFT', notice: 'Draft — not for release' },
  ru: { word: 'ПРОЕКТ', notice: 'Проект — не для распространения' },
};

/** How much of the text colour the watermark keeps: light enough to read through, with no transparency (PDF/A). */
const WATERMARK_INK = 0.09;

function marked(furniture: Furniture, brand: Brand): Furniture {
  const { word, notice } = MARK[furniture.language];
  const ink = palette(brand).text;
  return {
    ...furniture,
    foot: [{ text: notice, bold: true }, ...(furniture.foot.length > 0 ? [{ text: ' · ' }, ...furniture.foot] : [])],
    watermark: { text: word, color: mix(ink, { r: 1, g: 1, b: 1 }, 1 - WATERMARK_INK) },
  };
}

/** Every page of a document that is not approved: the watermark behind the text, the warning first in the footer. */
export function markDraft(tree: DocumentTree, brand: Brand): DocumentTree {
  return { ...tree, sections: tree.sections.map((section) => (section.furniture ? { ...section, furniture: marked(section.furniture, brand) } : section)) };
}
