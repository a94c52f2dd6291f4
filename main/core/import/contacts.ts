import type { z } from 'zod';
import type { Language } from '../language';
import { parsePhone } from '../phone';
import { Contact, type Inline, type Phone } from '../schema';
import { isEmphasised, plainText } from './inline';

/** A contact as the block gives it (email '' when none), checked by the directory's own rules. */
const ParsedContact = Contact.pick({ name: true, roles: true, country: true, phones: true, email: true });
export type ParsedContact = z.infer<typeof ParsedContact>;

export interface ContactsBlock {
  contacts: ParsedContact[];
  /** The lines of each card that is no contact (no name, an address the directory refuses): kept as text. */
  notContacts: Inline[][][];
}

type Item = { line: Inline[] } & (
  | { type: 'text'; text: string; bold: boolean }
  | { type: 'phone'; phone: Phone }
  | { type: 'email'; email: string }
);

/**
 * One way to match each: `(?:\s*:)?\s*` rather than `\s*:?\s*`, and the dot in the domain checked apart
 * (`[^\s@]+\.[^\s@]+` tries every dot of a long run), so a long line is read in one pass.
 */
const EMAIL = /^(?:(?:e-?mail|courriel|mél|mail|эл\.?\s*почта)(?:\s*:)?\s*)?([^\s@:]+@([^\s@]+))$/iu;
const PHONE_PREFIX = /^(?:(tél|tel|téléphone|telephone|phone|тел|телефон)|(mobile|mob|portable|port|cell|моб|мобильный)|(fax|факс))\.?\s*:?\s*/iu;
const PHONE_NUMBER = /^\+?\(?\d[\d\s().\u00a0/-]{5,}\d$/;
const WEBSITE = /^(?:https?:\/\/)?(?:www\.)?(?:[\p{L}\d-]+\.)+\p{L}{2,}(?:\/[^\s@]*)?$/u;

/** "presse.cnes.fr", "https://presse.cnes.fr/" give "presse.cnes.fr"; anything else null. */
export function matchWebsite(line: string): string | null {
  const text = line.trim();
  if (!WEBSITE.test(text)) return null;
  return text.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** The address a line holds, if the whole line is one (its domain has a dot inside it). */
function emailOf(text: string): string | undefined {
  const match = EMAIL.exec(text);
  return match && (match[2] ?? '').slice(1, -1).includes('.') ? match[1] : undefined;
}

/**
 * The countries a communiqué's numbers without a +code are read in, in turn: a Russian one's in Russia,
 * else in France (the press office's own numbers); the others' in France. The first is the contacts' country.
 */
const PHONE_COUNTRIES: Record<Language, readonly string[]> = { fr: ['FR'], en: ['FR'], ru: ['RU', 'FR'] };

function readPhone(number: string, countries: readonly string[]): ReturnType<typeof parsePhone> {
  for (const country of countries) {
    const phone = parsePhone(number, country);
    if (phone) return phone;
  }
  return null;
}

function classify(line: Inline[], countries: readonly string[]): Item {
  const text = plainText(line).trim();
  const mailto = line.find((run) => run.href?.toLowerCase().startsWith('mailto:'))?.href;
  const email = emailOf(text) ?? (mailto && /^\S+$/.test(text) ? mailto.slice('mailto:'.length).split('?')[0] : undefined);
  if (email) return { line, type: 'email', email };
  const prefix = PHONE_PREFIX.exec(text);
  const number = text.slice(prefix?.[0].length ?? 0);
  const phone = PHONE_NUMBER.test(number) ? readPhone(number, countries) : null;
  if (phone) return { line, type: 'phone', phone: { type: prefix?.[3] ? 'fax' : prefix?.[2] || phone.mobile ? 'mobile' : 'work', number: phone.number } };
  return { line, type: 'text', text, bold: isEmphasised(line, 'bold') };
}

/**
 * Contact cards printed side by side come out of a PDF row by row across the cards: all names, then
 * all roles, then all phones, then all e-mails. Read as a grid of `count` columns, each row holding one
 * kind of line, that order transposes back into one card per column.
 */
function asGrid(items: readonly Item[], count: number): Item[][] | null {
  if (count < 2 || items.length % count !== 0) return null;
  const cards: Item[][] = Array.from({ length: count }, () => []);
  for (let row = 0; row < items.length; row += count) {
    const cells = items.slice(row, row + count);
    if (!cells.every((cell) => cell.type === cells[0]?.type)) return null;
    cells.forEach((cell, column) => cards[column]?.push(cell));
  }
  return cards;
}

/** One card after the other: a new card starts at a text line after a phone or an e-mail, or at a bold name. */
function asRecords(items: readonly Item[]): Item[][] {
  const cards: Item[][] = [];
  let card: Item[] = [];
  for (const item of items) {
    const hasDetails = card.some((entry) => entry.type !== 'text');
    const nextName = item.type === 'text' && item.bold && card.some((entry) => entry.type === 'text' && !entry.bold);
    if (item.type === 'text' && (hasDetails || nextName)) {
      cards.push(card);
      card = [];
    }
    card.push(item);
  }
  cards.push(card);
  return cards;
}

function toContact(card: readonly Item[], language: Language): ParsedContact | null {
  const texts: string[] = [];
  const phones: Phone[] = [];
  let email = '';
  for (const item of card) {
    if (item.type === 'text') texts.push(item.text);
    else if (item.type === 'phone') phones.push(item.phone);
    else email ||= item.email;
  }
  const role = texts.slice(1).join(', ');
  const contact = ParsedContact.safeParse({ name: texts[0] ?? '', roles: role ? { [language]: role } : {}, country: PHONE_COUNTRIES[language][0], phones, email });
  return contact.success ? contact.data : null;
}

/** How many cards the block holds: one per e-mail, else one per bold name, else one per phone. */
function cardCount(items: readonly Item[]): number {
  const count = (test: (item: Item) => boolean): number => items.filter(test).length;
  return count((item) => item.type === 'email') || count((item) => item.type === 'text' && item.bold) || count((item) => item.type === 'phone') || 1;
}

/**
 * The lines of a CONTACTS block of a communiqué in `language`, in reading order, to contacts (their
 * roles in that language, their numbers in E.164). A card that makes no valid contact is
 * handed back whole rather than dropped or half-read: the press officer finds it in the release's text.
 */
export function parseContacts(lines: readonly Inline[][], language: Language): ContactsBlock {
  const block: ContactsBlock = { contacts: [], notContacts: [] };
  const items = lines.filter((line) => plainText(line).trim() !== '').map((line) => classify(line, PHONE_COUNTRIES[language]));
  if (items.length === 0) return block;
  for (const card of asGrid(items, cardCount(items)) ?? asRecords(items)) {
    const contact = toContact(card, language);
    if (contact) block.contacts.push(contact);
    else block.notContacts.push(card.map((item) => item.line));
  }
  return block;
}
