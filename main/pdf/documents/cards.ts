import { UserError } from '../../core/errors';
import { contactVCard } from '../../core/vcard';
import { CARD_HEIGHT_MM, CARD_WIDTH_MM, cardGrid, type CardGrid } from '../../core/card-sheet';
import type { Language } from '../../core/language';
import { LABELS } from '../../core/language';
import type { Brand, Contact, Paper } from '../../core/schema';
import type { Composition } from '../layout/compose';
import { MM, pageGeometry, type PageGeometry } from '../layout/geometry';
import { offset, type FrameItem, type FramePage } from '../frame';
import { telHref } from './contact-card';
import { qrModules, QUIET_ZONE } from './qr';
import { fitImage, type ImageSize } from './fit-image';
import { textStack } from './text-stack';
import { makeTheme, style, type Theme } from './theme';

export interface CardsInput {
  contacts: readonly Contact[];
  brand: Brand;
  language: Language;
  imageSizes: ReadonlyMap<string, ImageSize>;
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

/** How many cards fit across and down a sheet, leaving room for the marks. */
export function sheetGrid(g: PageGeometry): CardGrid {
  return cardGrid(g.width, g.height, MM);
}

/** One card in card coordinates: text on the left, the logo top right and the vCard's QR code bottom right. */
function card(contact: Contact, input: CardsInput, theme: Theme): FrameItem[] {
  const h = theme.heading;
  const c = theme.colors;
  const labels = LABELS[input.language];
  const drawables: FrameItem[] = [];
  const modules = qrModules(contactVCard(contact));
  const module = Math.min(1.25, QR_MAX / modules.length);
  const qrSize = modules.length * module;
  drawables.push({ kind: 'qr', x: CARD_WIDTH - SAFE - qrSize, y: CARD_HEIGHT - SAFE - qrSize, module, modules });

  const logo = input.brand.logo ? input.imageSizes.get(input.brand.logo) : undefined;
  const textWidth = CARD_WIDTH - 2 * SAFE - qrSize - QUIET_ZONE * module - 6;
  if (input.brand.logo && logo) {
    const mark = fitImage(input.brand.logo, logo, LOGO_MAX_WIDTH, LOGO_HEIGHT);
    drawables.push({ ...mark, x: CARD_WIDTH - SAFE - mark.width, y: SAFE });
  } else if (input.brand.organisation) {
    const name = textStack([{ text: input.brand.organisation, style: style(h.bold, 8, c.primary), lineHeight: 10 }], theme, qrSize, 'right', 'the organisation name');
    drawables.push(...offset(name.drawables, CARD_WIDTH - SAFE - qrSize, SAFE));
  }

  const who = textStack(
    [
      { text: contact.name, style: style(h.bold, 11, c.text), lineHeight: 14 },
      ...(contact.role ? [{ text: contact.role, style: style(h.regular, 8, c.muted), lineHeight: 10.5 }] : []),
      ...(contact.organisation ? [{ text: contact.organisation, style: style(h.regular, 8, c.muted), lineHeight: 10.5 }] : []),
    ],
    theme,
    textWidth,
    'left',
    `the card of ${contact.name}`,
  );
  drawables.push(...offset(who.drawables, SAFE, SAFE));
  drawables.push({ kind: 'rect', x: SAFE, y: SAFE + who.height + 5, width: 22, height: 1.5, fill: c.accent });

  const reach = textStack(
    [
      ...contact.phones.map((phone) => ({ text: `${phone.label || labels.tel} ${phone.number}`, style: style(h.regular, 8, c.text, telHref(phone.number)), lineHeight: 10.5 })),
      ...(contact.email ? [{ text: contact.email, style: style(h.regular, 8, c.primary, `mailto:${contact.email}`), lineHeight: 10.5 }] : []),
    ],
    theme,
    textWidth,
    'left',
    `the card of ${contact.name}`,
  );
  drawables.push(...offset(reach.drawables, SAFE, Math.max(CARD_HEIGHT - SAFE - reach.height, SAFE + who.height + 12)));
  return drawables;
}

/** Crop marks on every cut line of a grid of cards, outside the grid (the cards touch, one cut serves two). */
function cropMarks(grid: CardGrid, rows: number): FrameItem[] {
  const marks: FrameItem[] = [];
  const right = grid.x + grid.columns * CARD_WIDTH;
  const bottom = grid.y + rows * CARD_HEIGHT;
  for (let k = 0; k <= grid.columns; k++) {
    const x = grid.x + k * CARD_WIDTH;
    marks.push({ kind: 'mark', x1: x, y1: grid.y - MARK_GAP, x2: x, y2: grid.y - MARK_GAP - MARK_LENGTH });
    marks.push({ kind: 'mark', x1: x, y1: bottom + MARK_GAP, x2: x, y2: bottom + MARK_GAP + MARK_LENGTH });
  }
  for (let k = 0; k <= rows; k++) {
    const y = grid.y + k * CARD_HEIGHT;
    marks.push({ kind: 'mark', x1: grid.x - MARK_GAP, y1: y, x2: grid.x - MARK_GAP - MARK_LENGTH, y2: y });
    marks.push({ kind: 'mark', x1: right + MARK_GAP, y1: y, x2: right + MARK_GAP + MARK_LENGTH, y2: y });
  }
  return marks;
}

/** Cards ganged up row by row, as many sheets as needed; a card is never split. */
export function layOutCards(input: CardsInput, paper: Paper): Composition {
  if (input.contacts.length === 0) throw new UserError('There are no contacts to print as cards: choose at least one contact.');
  const geometry = pageGeometry(paper, { top: 0, right: 0, bottom: 0, left: 0 }, 0, false);
  const grid = sheetGrid(geometry);
  const theme = makeTheme(input.brand, input.language);
  const perPage = grid.columns * grid.rows;
  const pages: FramePage[] = [];
  for (let first = 0; first < input.contacts.length; first += perPage) {
    const contacts = input.contacts.slice(first, first + perPage);
    const drawables = contacts.flatMap((contact, i) =>
      offset(card(contact, input, theme), grid.x + (i % grid.columns) * CARD_WIDTH, grid.y + Math.floor(i / grid.columns) * CARD_HEIGHT),
    );
    pages.push({ items: [...drawables, ...cropMarks(grid, Math.ceil(contacts.length / grid.columns))] });
  }
  return { frames: { geometry, pages, bookmarks: [], anchors: [] }, placed: pages.map(() => []) };
}
