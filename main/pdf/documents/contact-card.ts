import { roleIn } from '../../core/contact-role';
import { LABELS, type Language } from '../../core/language';
import { printedPhone } from '../../core/phone';
import type { Contact, Phone } from '../../core/schema';
import type { Block, Box, StackedText } from '../blocks';
import type { Palette } from './palette';
import { look } from './rich-text';

/** A `tel:` URI (RFC 3966, global form) for a stored E.164 number. */
export function telHref(number: string): string {
  return `tel:${number}`;
}

/** "Tél. 01 44 76 75 39", "Mobile +33 6 12 34 56 78": the type's word and the number as the document's readers dial it. */
export function phoneLine(phone: Phone, language: Language): string {
  return `${LABELS[language].phone[phone.type]} ${printedPhone(phone.number, language)}`;
}

const CARD_GAP = 18;

/**
 * A contact as a card in a column of text: name in bold, role in the document's language, organisation
 * (when not the brand's own), phones as its readers dial them, as tel: links and the e-mail as a mailto: link, beside an accent bar.
 */
function contactCard(contact: Contact, colors: Palette, language: Language, width: number, brandOrganisation: string): Box {
  const small = look('heading', 9, colors.muted);
  const role = roleIn(contact.roles, language, contact.languages);
  const texts: StackedText[] = [
    { text: contact.name, look: look('heading', 10, colors.text, { bold: true }), lineHeight: 14 },
    ...(role ? [{ text: role.text, look: small, lineHeight: 12.5 }] : []),
    ...(contact.organisation && contact.organisation !== brandOrganisation ? [{ text: contact.organisation, look: small, lineHeight: 12.5 }] : []),
    ...contact.phones.map((phone) => ({ text: phoneLine(phone, language), look: look('heading', 9, colors.text), lineHeight: 12.5, href: telHref(phone.number) })),
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
