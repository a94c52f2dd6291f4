import { LABELS } from '../../core/language';
import type { Contact } from '../../core/schema';
import { solidBlock, type FlowBlock } from '../layout/flow';
import { offset, type FrameItem } from '../frame';
import { textStack } from './text-stack';
import { style, type Theme } from './theme';

/** A `tel:` URI (RFC 3966 global or local digits) for a number as people write it. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/gu, '')}`;
}

/**
 * A contact as a card in a column of text: name in bold, role, organisation (when not the brand's
 * own), phones as tel: links and the e-mail as a mailto: link, beside an accent bar.
 */
export function contactCard(contact: Contact, theme: Theme, width: number, brandOrganisation: string): { drawables: FrameItem[]; height: number } {
  const h = theme.heading;
  const c = theme.colors;
  const labels = LABELS[theme.language];
  const pad = 10;
  const entries = [
    { text: contact.name, style: style(h.bold, 10, c.text), lineHeight: 14 },
    ...(contact.role ? [{ text: contact.role, style: style(h.regular, 9, c.muted), lineHeight: 12.5 }] : []),
    ...(contact.organisation && contact.organisation !== brandOrganisation ? [{ text: contact.organisation, style: style(h.regular, 9, c.muted), lineHeight: 12.5 }] : []),
    ...contact.phones.map((phone) => ({
      text: `${phone.label || labels.tel} ${phone.number}`,
      style: style(h.regular, 9, c.text, telHref(phone.number)),
      lineHeight: 12.5,
    })),
    ...(contact.email ? [{ text: contact.email, style: style(h.regular, 9, c.primary, `mailto:${contact.email}`), lineHeight: 12.5 }] : []),
  ];
  const stack = textStack(entries, theme, width - pad, 'left', `the contact card of ${contact.name}`);
  const height = stack.height + 4;
  return { drawables: [{ kind: 'rect', x: 0, y: 0, width: 2, height, fill: c.accent }, ...offset(stack.drawables, pad, 2)], height };
}

const CARD_GAP = 18;

/** Contacts as cards two abreast, each row kept whole on its page. */
export function contactRows(contacts: readonly Contact[], theme: Theme, width: number, brandOrganisation: string, rowGap = 12): FlowBlock[] {
  const cardWidth = (width - CARD_GAP) / 2;
  const blocks: FlowBlock[] = [];
  for (let i = 0; i < contacts.length; i += 2) {
    const row = contacts.slice(i, i + 2).map((contact) => contactCard(contact, theme, cardWidth, brandOrganisation));
    const drawables = row.flatMap((card, j) => offset(card.drawables, j * (cardWidth + CARD_GAP), 0));
    blocks.push(solidBlock(Math.max(...row.map((card) => card.height)), drawables, i === 0 ? 6 : rowGap));
  }
  return blocks;
}
