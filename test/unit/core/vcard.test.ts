import { describe, expect, it } from 'vitest';
import { contactVCard, vCardFile, type VCardOptions } from '../../../main/core/vcard';
import type { Contact } from '../../../main/core/schema';

const pascale: Contact = {
  id: 'c1',
  name: 'Pascale Bresson',
  roles: { fr: 'Attachée de presse', en: 'Press officer', ru: 'Пресс-атташе' },
  organisation: 'CNES',
  country: 'FR',
  phones: [
    { type: 'work', number: '+33144767539' },
    { type: 'mobile', number: '+33612345678' },
    { type: 'fax', number: '+33144767500' },
  ],
  email: 'pascale.bresson@cnes.fr',
  photo: null,
  languages: ['fr', 'en'],
  notes: 'not exported',
};

const ADDRESS = 'CNES, 2 place Maurice Quentin\n75039 Paris cedex 01';
const v3: VCardOptions = { version: 3, language: 'fr', address: ADDRESS };
const v4: VCardOptions = { version: 4, language: 'fr', address: ADDRESS };

/** A property as a reader gets it: lines unfolded (RFC 2426 §2.6, RFC 6350 §3.2), name;params and value apart. */
interface Property {
  name: string;
  params: string[];
  value: string;
}

function parse(card: string): Property[] {
  expect(card.endsWith('\r\n')).toBe(true);
  const lines = card.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    return { name, params, value: line.slice(colon + 1) };
  });
}

/** RFC 2426 §4 / RFC 6350 §3.4: a text value unescaped. */
function unescape(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_all, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

const named = (card: string, name: string) => parse(card).filter((property) => property.name === name);

describe('vCard 3.0 (the default: what Outlook and most phones read best)', () => {
  it('writes the numbers in E.164 with their type, the role in the chosen language, the office address', () => {
    const card = contactVCard(pascale, v3);
    expect(parse(card).slice(0, 4).map((p) => `${p.name}:${p.value}`)).toEqual(['BEGIN:VCARD', 'VERSION:3.0', 'FN:Pascale Bresson', 'N:Bresson;Pascale;;;']);
    expect(named(card, 'TEL')).toEqual([
      { name: 'TEL', params: ['TYPE=WORK,VOICE'], value: '+33144767539' },
      { name: 'TEL', params: ['TYPE=CELL'], value: '+33612345678' },
      { name: 'TEL', params: ['TYPE=WORK,FAX'], value: '+33144767500' },
    ]);
    expect(named(card, 'TITLE')[0]?.value).toBe('Attachée de presse');
    expect(named(contactVCard(pascale, { ...v3, language: 'ru' }), 'TITLE')[0]?.value).toBe('Пресс-атташе');
    expect(named(card, 'ORG')[0]?.value).toBe('CNES');
    expect(named(card, 'EMAIL')).toEqual([{ name: 'EMAIL', params: ['TYPE=INTERNET,WORK'], value: 'pascale.bresson@cnes.fr' }]);
    const [adr] = named(card, 'ADR');
    expect(adr?.params).toEqual(['TYPE=WORK']);
    expect(adr?.value.split(/(?<!\\);/).map(unescape)).toEqual(['', '', ADDRESS, '', '', '', '']);
    // LANG is a 4.0 property: a 3.0 card leaves it out.
    expect(named(card, 'LANG')).toEqual([]);
    expect(parse(card).at(-1)).toEqual({ name: 'END', params: [], value: 'VCARD' });
  });

  it('carries the photo as base64 JPEG, folded', () => {
    const photo = new Uint8Array(600).map((_, i) => i % 256);
    const card = contactVCard(pascale, { ...v3, photo });
    const [property] = named(card, 'PHOTO');
    expect(property?.params).toEqual(['ENCODING=b', 'TYPE=JPEG']);
    expect(Buffer.from(property?.value ?? '', 'base64')).toEqual(Buffer.from(photo));
    for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('vCard 4.0 (on request)', () => {
  it('writes tel: URIs with their type, LANG, and the photo as a data: URI', () => {
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const card = contactVCard(pascale, { ...v4, photo });
    expect(named(card, 'VERSION')[0]?.value).toBe('4.0');
    expect(named(card, 'TEL')).toEqual([
      { name: 'TEL', params: ['VALUE=uri', 'TYPE=work,voice'], value: 'tel:+33144767539' },
      { name: 'TEL', params: ['VALUE=uri', 'TYPE=cell'], value: 'tel:+33612345678' },
      { name: 'TEL', params: ['VALUE=uri', 'TYPE=work,fax'], value: 'tel:+33144767500' },
    ]);
    expect(named(card, 'EMAIL')[0]?.params).toEqual(['TYPE=work']);
    expect(named(card, 'LANG').map((p) => p.value)).toEqual(['fr', 'en']);
    expect(named(card, 'PHOTO')).toEqual([{ name: 'PHOTO', params: [], value: `data:image/jpeg;base64,${Buffer.from(photo).toString('base64')}` }]);
  });
});

describe('both versions', () => {
  it('escape separators and fold long lines without splitting a character', () => {
    const role = 'Responsable des relations presse — Салон МАКС, 2019; '.repeat(3);
    for (const version of [3, 4] as const) {
      const card = contactVCard({ ...pascale, organisation: 'Direction; communication, presse', roles: { fr: role } }, { ...v3, version });
      expect(card).toContain('ORG:Direction\\; communication\\, presse');
      for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(unescape(named(card, 'TITLE')[0]?.value ?? '')).toBe(role.trim());
    }
  });

  it('print the role of another language when the chosen one has none', () => {
    expect(named(contactVCard({ ...pascale, roles: { en: 'Press officer' } }, v3), 'TITLE')[0]?.value).toBe('Press officer');
  });

  it('leave out what the contact does not have', () => {
    const card = contactVCard({ ...pascale, organisation: '', roles: {}, phones: [], email: '', languages: [] }, { ...v4, address: '' });
    expect(card).toBe('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Pascale Bresson\r\nN:Bresson;Pascale;;;\r\nEND:VCARD\r\n');
    expect(vCardFile([{ contact: pascale }, { contact: pascale, photo: new Uint8Array([1]) }], v3).match(/BEGIN:VCARD/g)).toHaveLength(2);
  });
});
