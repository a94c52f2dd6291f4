/** vCard 4.0 (RFC 6350) for a press contact: what phones import from a card's QR code and from a .vcf file. */
import type { Contact } from './schema';

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 6350 §3.2: lines longer than 75 octets are folded, never inside a UTF-8 sequence. */
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

function telUri(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `tel:${digits}`;
}

export function contactVCard(contact: Contact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(contact.name)}`, `N:${structuredName(contact.name)}`];
  if (contact.organisation) lines.push(`ORG:${escapeText(contact.organisation)}`);
  if (contact.role) lines.push(`TITLE:${escapeText(contact.role)}`);
  for (const phone of contact.phones) lines.push(`TEL;VALUE=uri;TYPE=work,voice:${telUri(phone.number)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=work:${contact.email}`);
  for (const language of contact.languages) lines.push(`LANG:${language}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A .vcf file of several cards. */
export function vCardFile(contacts: readonly Contact[]): string {
  return contacts.map(contactVCard).join('');
}
