import { LABELS, type Language } from '../../core/language';
import type { Contact } from '../../core/schema';
import type { Block, Box, StackedText } from '../blocks';
import type { Palette } from './palette';
import { look } from './rich-text';

/** A `tel:` URI (RFC 3966 global or local digits) for a number as people write it. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/gu, '')}`;
}

const CARD_GAP = 18;

/**
 * A contact as a card in a column of text: name in bold, role, organisation (when not the brand's
 * own), phones as tel: links and the e-mail as a mailto: link, beside an accent bar.
 */
function contactCard(contact: Contact, colors: Palette, language: Language, width: number, brandOrganisation: string): Box {
  const labels = LABELS[language];
  const small = look('heading', 9, colors.muted);
  const texts: StackedText[] = [
    { text: contact.name, look: look('heading', 10, colors.text, { bold: true }), lineHeight: 14 },
    ...(contact.role ? [{ text: contact.role, look: small, lineHeight: 12.5 }] : []),
    ...(contact.organisation && contact.organisation !== brandOrganisation ? [{ text: contact.organisation, look: small, lineHeight: 12.5 }] : []),
    ...contact.phones.map((phone) => ({ text: `${phone.label || labels.tel} ${phone.number}`, look: look('heading', 9, colors.text), lineHeight: 12.5, href: telHref(phone.number) })),
    ...(contact.email ? [{ text: contact.email, look: look('heading', 9, colors.primary), lineHeight: 12.5, href: `mailto:${contact.email}` }] : []),
  ];
  const pad = 10;
  return {
    kind: 'panel',
    width,
    fill: colors.accent,
    fillWidth: 2,
    padding: { top: 2, left: pad, bottom: 2 },
    child: { kind: 'text', texts, width: width - pad, align: 'left', where: `the contact card of ${contact.name}` },
  };
}

/** Contacts as cards two abreast, each row kept whole on its page. */
export function contactGrid(contacts: readonly Contact[], colors: Palette, language: Language, width: number, brandOrganisation: string, spacing: { first: number; rows: number }): Extract<Block, { kind: 'grid' }> {
  const cardWidth = (width - CARD_GAP) / 2;
  return {
    kind: 'grid',
    role: 'L',
    columns: 2,
    gap: CARD_GAP,
    spaceBefore: spacing.first,
    rowGap: spacing.rows,
    cells: contacts.map((contact) => contactCard(contact, colors, language, cardWidth, brandOrganisation)),
  };
}
