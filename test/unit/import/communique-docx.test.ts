import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseCommunique } from '../../../main/core/import';

function card(lines: Array<Paragraph>): TableCell {
  return new TableCell({ children: lines });
}

/** A communiqué as a press officer types it in Word: styled headings, a bold run, a link, contacts in a table. */
async function wordCommunique(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Communiqué de presse', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Toulouse, le 1er octobre 2019'),
          new Paragraph('CP130-2019'),
          new Paragraph({ text: 'Le CNES ouvre ses portes', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Journées du patrimoine spatial', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({
            children: [
              new TextRun('Le centre spatial '),
              new TextRun({ text: 'accueille le public', bold: true }),
              new TextRun(' les 5 et 6 octobre ; le programme est sur '),
              new ExternalHyperlink({ link: 'https://presse.cnes.fr/portes', children: [new TextRun({ text: 'le site presse', style: 'Hyperlink' })] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Les visites sont gratuites.', italics: true })] }),
          new Paragraph({ text: 'Contacts', heading: HeadingLevel.HEADING_3 }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  card([new Paragraph({ children: [new TextRun({ text: 'Pascale Bresson', bold: true })] }), new Paragraph('Attachée de presse'), new Paragraph('Tél. 01 44 76 75 39'), new Paragraph('pascale.bresson@cnes.fr')]),
                  card([new Paragraph({ children: [new TextRun({ text: 'Raphaël Sart', bold: true })] }), new Paragraph('Attaché de presse'), new Paragraph('Tél. 01 44 76 74 51'), new Paragraph('raphael.sart@cnes.fr')]),
                ],
              }),
            ],
          }),
          new Paragraph('presse.cnes.fr'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('a Word (.docx) communiqué', () => {
  it('imports header, title, subtitle, formatted body and contacts', async () => {
    const parsed = await parseCommunique({ name: 'portes-ouvertes.docx', bytes: await wordCommunique() });
    expect(parsed).toMatchObject({
      language: 'fr',
      kind: 'Communiqué de presse',
      date: '2019-10-01',
      place: 'Toulouse',
      ref: 'CP130-2019',
      title: 'Le CNES ouvre ses portes',
      subtitle: 'Journées du patrimoine spatial',
      lead: '',
      website: 'presse.cnes.fr',
    });
    expect(parsed.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Le centre spatial ' },
          { text: 'accueille le public', bold: true },
          { text: ' les 5 et 6 octobre ; le programme est sur ' },
          { text: 'le site presse', href: 'https://presse.cnes.fr/portes' },
          { text: '.' },
        ],
      },
      { type: 'paragraph', content: [{ text: 'Les visites sont gratuites.', italic: true }] },
    ]);
    expect(parsed.contacts).toEqual([
      { name: 'Pascale Bresson', roles: { fr: 'Attachée de presse' }, country: 'FR', phones: [{ type: 'work', number: '+33144767539' }], email: 'pascale.bresson@cnes.fr' },
      { name: 'Raphaël Sart', roles: { fr: 'Attaché de presse' }, country: 'FR', phones: [{ type: 'work', number: '+33144767451' }], email: 'raphael.sart@cnes.fr' },
    ]);
  });
});
