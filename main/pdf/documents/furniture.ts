import { LABELS, type Language } from '../../core/language';
import type { Brand } from '../../core/schema';
import type { Furniture } from '../blocks';
import type { Palette } from './palette';
import { look } from './rich-text';

/** Footer on every page (footer text, website as a link, "page N / M") and the running head from a page on. */
export function pageFurniture(brand: Brand, colors: Palette, language: Language, head: Furniture['head']): Furniture {
  const website = brand.website.trim();
  const websiteHref = `https://${website.replace(/^https?:\/\//u, '')}`;
  return {
    language,
    look: look('heading', 8, colors.muted),
    rule: colors.muted,
    foot: [
      ...(brand.footerText ? [{ text: website ? `${brand.footerText} · ` : brand.footerText }] : []),
      ...(website ? [{ text: website, bold: true, color: colors.primary, href: websiteHref }] : []),
    ],
    page: LABELS[language].page,
    head,
  };
}
