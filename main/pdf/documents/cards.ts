import { UserError } from '../../core/errors';
import { contactVCard } from '../../core/vcard';
import { CARD_HEIGHT_MM, CARD_WIDTH_MM } from '../../core/card-sheet';
import { roleIn } from '../../core/contact-role';
import type { Language } from '../../core/language';
import type { Brand, Contact } from '../../core/schema';
import { MM, type Box, type DocumentTree, type Placed } from '../blocks';
import { phoneLine, telHref } from './contact-card';
import { palette, type Palette } from './palette';
import { qrModules, QUIET_ZONE } from './qr';
import { look } from './rich-text';

export interface CardsInput {
  contacts: readonly Contact[];
  brand: Brand;
  language: Language;
  /** The names of the images at hand. */
  images: ReadonlySet<string>;
}

export const CARD_WIDTH = CARD_WIDTH_MM * MM;
export const CARD_HEIGHT = CARD_HEIGHT_MM * MM;
const MARK_GAP = 3 * MM;
const MARK_LENGTH = 5 * MM;
/** Nothing is printed closer than this to a cut: a guillotine drifts. */
const SAFE = 5 * MM;
const QR_MAX = 22 * MM;
const LOGO_HEIGHT = 14;
const LOGO_MAX_WIDTH = 80;
const PHOTO_SIZE = 15 * MM;
const PHOTO_GAP = 8;

/**
 * The vCard a card's QR code holds: 3.0, the card's language, the press office's address, and no photo,
 * which would need a code too dense to print at 85 x 55 mm (the .vcf export carries it).
 */
export function cardVCard(contact: Contact, brand: Brand, language: Language): string {
  return contactVCard(contact, { version: 3, language, address: brand.pressOfficeAddress });
}

/** The name, role and organisation, beside the contact's photo when there is one. */
function who(contact: Contact, input: CardsInput, colors: Palette, width: number): Box {
  const small = look('heading', 8, colors.muted);
  const role = roleIn(contact.roles, input.language, contact.languages);
  const photo = contact.photo && input.images.has(contact.photo) ? contact.photo : null;
  const textX = photo ? PHOTO_SIZE + PHOTO_GAP : 0;
  const text: Box = {
    kind: 'text',
    texts: [
      { text: contact.name, look: look('heading', 11, colors.text, { bold: true }), lineHeight: 14 },
      ...(role ? [{ text: role.text, look: small, lineHeight: 10.5 }] : []),
      ...(contact.organisation ? [{ text: contact.organisation, look: small, lineHeight: 10.5 }] : []),
    ],
    width: width - textX,
    align: 'left',
    where: `the card of ${contact.name}`,
  };
  if (!photo) return text;
  return { kind: 'row', children: [{ box: { kind: 'image', image: photo, maxWidth: PHOTO_SIZE, maxHeight: PHOTO_SIZE }, x: 0 }, { box: text, x: textX }] };
}

/** One card: photo, name and role top left, the logo top right and the vCard's QR code bottom right. */
function card(contact: Contact, input: CardsInput, colors: Palette): Box {
  const modules = qrModules(cardVCard(contact, input.brand, input.language));
  const module = Math.min(1.25, QR_MAX / modules.length);
  const qrSize = modules.length * module;
  const textWidth = CARD_WIDTH - 2 * SAFE - qrSize - QUIET_ZONE * module - 6;
  const where = `the card of ${contact.name}`;
  const children: Placed[] = [{ box: { kind: 'qr', module, modules }, x: { right: SAFE }, y: { bottom: SAFE } }];
  if (input.brand.logo && input.images.has(input.brand.logo)) {
    children.push({ box: { kind: 'image', image: input.brand.logo, maxWidth: LOGO_MAX_WIDTH, maxHeight: LOGO_HEIGHT }, x: { right: SAFE }, y: { top: SAFE } });
  } else if (input.brand.organisation) {
    const name = { text: input.brand.organisation, look: look('heading', 8, colors.primary, { bold: true }), lineHeight: 10 };
    children.push({ box: { kind: 'text', texts: [name], width: qrSize, align: 'right', where: 'the organisation name' }, x: { right: SAFE }, y: { top: SAFE } });
  }
  const top = children.length;
  children.push(
    { box: who(contact, input, colors, textWidth), x: { left: SAFE }, y: { top: SAFE } },
    { box: { kind: 'rule', width: 22, thickness: 1.5, color: colors.accent }, x: { left: SAFE }, y: { below: top, gap: 5 } },
    {
      box: {
        kind: 'text',
        texts: [
          ...contact.phones.map((phone) => ({ text: phoneLine(phone, input.language), look: look('heading', 8, colors.text), lineHeight: 10.5, href: telHref(phone.number) })),
          ...(contact.email ? [{ text: contact.email, look: look('heading', 8, colors.primary), lineHeight: 10.5, href: `mailto:${contact.email}` }] : []),
        ],
        width: textWidth,
        align: 'left',
        where,
      },
      x: { left: SAFE },
      y: { bottom: SAFE, clear: { below: top, gap: 12 } },
    },
  );
  return { kind: 'place', width: CARD_WIDTH, height: CARD_HEIGHT, children };
}

/** Cards ganged up on sheets with crop marks, one per contact. */
export function cardsBlocks(input: CardsInput): DocumentTree {
  if (input.contacts.length === 0) throw new UserError('cards.none');
  const colors = palette(input.brand);
  return {
    fonts: input.brand.fonts,
    sections: [
      {
        language: input.language,
        blocks: [
          {
            kind: 'sheet',
            role: 'L',
            card: { width: CARD_WIDTH, height: CARD_HEIGHT },
            cards: input.contacts.map((contact) => card(contact, input, colors)),
            marks: { gap: MARK_GAP, length: MARK_LENGTH },
          },
        ],
      },
    ],
  };
}
