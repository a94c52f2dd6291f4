/**
 * vCards for a press contact: what phones import from a card's QR code and from a .vcf file. 3.0
 * (RFC 2426) by default, 4.0 (RFC 6350) on request; numbers in E.164 with their type.
 */
import { roleIn } from './contact-role';
import type { Language } from './language';
import type { Contact, PhoneType } from './schema';

/** RFC 2426 §4 and RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 2426 §2.6 and RFC 6350 §3.2: lines longer than 75 octets are folded, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "Pascale Bresson" -> family "Bresson", given "Pascale": a display name is all we store, and this is what phones show. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? (words.pop() as string) : '';
  return [family, words.join(' '), '', '', ''].map(escapeText).join(';');
}

/** How a phone's type is told: RFC 2426 (3.0) and RFC 6350 (4.0) name the same types in their own spelling. */
const TEL_TYPES: Record<VCardVersion, Record<PhoneType, string>> = {
  3: { work: 'WORK,VOICE', mobile: 'CELL', fax: 'WORK,FAX' },
  4: { work: 'work,voice', mobile: 'cell', fax: 'work,fax' },
};

export type VCardVersion = 3 | 4;

export interface VCardOptions {
  /** 3.0 by default: what Outlook and most phones read best; 4.0 on request. */
  version: VCardVersion;
  /** TITLE is the role in this language (see roleIn). */
  language: Language;
  /** The press office's address, from the brand: every card of the office gives it. */
  address: string;
  /** A small JPEG of the contact; left out of QR codes, which it would not fit. */
  photo?: Uint8Array;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** RFC 2426 §3.1.5 / RFC 6350 §6.2.2: the street component holds the address as the office writes it. */
function address(text: string): string {
  return ['', '', escapeText(text.trim()), '', '', '', ''].join(';');
}

export function contactVCard(contact: Contact, options: VCardOptions): string {
  const { version, language } = options;
  const v3 = version === 3;
  const lines = ['BEGIN:VCARD', v3 ? 'VERSION:3.0' : 'VERSION:4.0', `FN:${escapeText(contact.name)}`, `N:${structuredName(contact.name)}`];
  if (contact.organisation) lines.push(`ORG:${escapeText(contact.organisation)}`);
  const role = roleIn(contact.roles, language, contact.languages);
  if (role) lines.push(`TITLE:${escapeText(role.text)}`);
  for (const phone of contact.phones) {
    const type = TEL_TYPES[version][phone.type];
    lines.push(v3 ? `TEL;TYPE=${type}:${phone.number}` : `TEL;VALUE=uri;TYPE=${type}:tel:${phone.number}`);
  }
  if (contact.email) lines.push(v3 ? `EMAIL;TYPE=INTERNET,WORK:${contact.email}` : `EMAIL;TYPE=work:${contact.email}`);
  if (options.address.trim()) lines.push(`ADR;TYPE=${v3 ? 'WORK' : 'work'}:${address(options.address)}`);
  // LANG is 4.0's (RFC 6350 §6.4.4); 3.0 has no such property.
  if (!v3) for (const spoken of contact.languages) lines.push(`LANG:${spoken}`);
  if (options.photo) lines.push(v3 ? `PHOTO;ENCODING=b;TYPE=JPEG:${base64(options.photo)}` : `PHOTO:data:image/jpeg;base64,${base64(options.photo)}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A .vcf file of several cards, each with its photo when one is given. */
export function vCardFile(cards: readonly { contact: Contact; photo?: Uint8Array }[], options: Omit<VCardOptions, 'photo'>): string {
  return cards.map(({ contact, photo }) => contactVCard(contact, photo ? { ...options, photo } : options)).join('');
}
