import { describe, expect, it } from 'vitest';
import { contactVCard, vCardFile } from '../../../main/core/vcard';
import type { Contact } from '../../../main/core/schema';

const pascale: Contact = {
  id: 'c1',
  name: 'Pascale Bresson',
  role: 'Attachée de presse',
  organisation: 'CNES',
  phones: [{ label: '', number: '01 44 76 75 39' }],
  email: 'pascale.bresson@cnes.fr',
  photo: null,
  languages: ['fr', 'en'],
  notes: 'not exported',
};

describe('vCard 4.0', () => {
  it('writes a contact as phones import it', () => {
    expect(contactVCard(pascale)).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Pascale Bresson',
        'N:Bresson;Pascale;;;',
        'ORG:CNES',
        'TITLE:Attachée de presse',
        'TEL;VALUE=uri;TYPE=work,voice:tel:0144767539',
        'EMAIL;TYPE=work:pascale.bresson@cnes.fr',
        'LANG:fr',
        'LANG:en',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes separators and folds long lines without splitting a character', () => {
    const card = contactVCard({ ...pascale, organisation: 'Direction; communication, presse', role: 'Responsable des relations presse — Салон МАКС '.repeat(3) });
    expect(card).toContain('ORG:Direction\\; communication\\, presse');
    for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = card.replace(/\r\n /g, '');
    expect(unfolded).toContain(`TITLE:${'Responsable des relations presse — Салон МАКС '.repeat(3)}`);
  });

  it('leaves out what the contact does not have', () => {
    const card = contactVCard({ ...pascale, organisation: '', role: '', phones: [], email: '', languages: [] });
    expect(card).toBe('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Pascale Bresson\r\nN:Bresson;Pascale;;;\r\nEND:VCARD\r\n');
    expect(vCardFile([pascale, pascale]).match(/BEGIN:VCARD/g)).toHaveLength(2);
  });
});
