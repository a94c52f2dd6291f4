import { describe, expect, it } from 'vitest';
import { parseContacts } from '../../../main/core/import/contacts';
import { splitGluedHeading } from '../../../main/core/import/glued-heading';
import { htmlToBlocks } from '../../../main/core/import/html-blocks';
import { parseLongDate } from '../../../main/core/import/long-date';
import { parseMarkdownInline as parseBlocksInline } from '../../../main/core/import/markdown-inline';
import { textToBlocks } from '../../../main/core/import/text-blocks';

/** The runs of one line of markdown. */
const parseMarkdownInline = (text: string) => parseBlocksInline([[text]])[0];

describe('splitting a title glued to its subtitle', () => {
  it('splits after a noun phrase closed by a proper noun, before a sentence-case phrase', () => {
    expect(splitGluedHeading('Coopération spatiale entre la France et la Russie Réunions thématiques dans le cadre du Salon MAKS')).toEqual({
      title: 'Coopération spatiale entre la France et la Russie',
      subtitle: 'Réunions thématiques dans le cadre du Salon MAKS',
    });
    expect(splitGluedHeading("Un nouvel accord avec l'Europe Signature prévue en octobre à Paris")).toEqual({
      title: "Un nouvel accord avec l'Europe",
      subtitle: 'Signature prévue en octobre à Paris',
    });
  });

  it('keeps whole what could be a name, an apposition, title case or Russian', () => {
    for (const heading of [
      'Le CNES et Thomas Pesquet rejoignent la Station spatiale internationale',
      'Succès pour la sonde Juno arrivée autour de Jupiter',
      'Le CNES au Salon du Bourget avec le Space Climate Observatory',
      'Space Cooperation Between France and Russia Thematic Meetings at MAKS',
      'Space cooperation between France and Russia Thematic meetings at MAKS',
      'Космическое сотрудничество Франции и России Тематические встречи в рамках салона МАКС',
      'La Russie Réunions thématiques',
    ]) {
      expect(splitGluedHeading(heading), heading).toBeNull();
    }
  });
});

describe('reading a date line', () => {
  it.each([
    ['27 août 2019', 'fr', ''],
    ['1er août 2019', 'fr', ''],
    ['Paris, le mardi 27 août 2019', 'fr', 'Paris'],
    ['27 August 2019', 'en', ''],
    ['August 27, 2019', 'en', ''],
    ['Tuesday 27th August 2019', 'en', ''],
    ['27 августа 2019 года', 'ru', ''],
    ['27 августа 2019 г.', 'ru', ''],
    ['Москва, 27 августа 2019 г.', 'ru', 'Москва'],
    ['2019-08-27', null, ''],
    ['27.08.2019', null, ''],
  ])('%s', (line, language, place) => {
    const day = line.startsWith('1er') ? '2019-08-01' : '2019-08-27';
    expect(parseLongDate(line)).toEqual({ iso: day, language, place });
  });

  it('refuses days that do not exist and sentences that merely contain a date', () => {
    expect(parseLongDate('31 juin 2019')).toBeNull();
    expect(parseLongDate('Mardi 27 août 2019, à l’occasion du Salon')).toBeNull();
    expect(parseLongDate('Lancement le 27 août 2019')).toBeNull();
  });
});

describe('markdown inline syntax', () => {
  it('reads emphasis and links, and leaves underscores inside words and addresses alone', () => {
    expect(parseMarkdownInline('**gras** et *italique* et __gras__ et _italique_')).toEqual([
      { text: 'gras', bold: true },
      { text: ' et ' },
      { text: 'italique', italic: true },
      { text: ' et ' },
      { text: 'gras', bold: true },
      { text: ' et ' },
      { text: 'italique', italic: true },
    ]);
    expect(parseMarkdownInline('fichier mon_fichier_final et jean_dupont@cnes.fr')).toEqual([{ text: 'fichier mon_fichier_final et jean_dupont@cnes.fr' }]);
    expect(parseMarkdownInline('5 * 3 * 2 et \\*étoiles\\*')).toEqual([{ text: '5 * 3 * 2 et *étoiles*' }]);
  });

  it('keeps only https, mailto and tel links, and drops images', () => {
    expect(parseMarkdownInline('[site](https://cnes.fr) [x](javascript:alert(1)) <presse@cnes.fr> [appel](tel:+33144767539) ![logo](logo.png)')).toEqual([
      { text: 'site', href: 'https://cnes.fr' },
      { text: ' x ' },
      { text: 'presse@cnes.fr', href: 'mailto:presse@cnes.fr' },
      { text: ' ' },
      { text: 'appel', href: 'tel:+33144767539' },
      { text: ' ' },
    ]);
  });
});

describe('blocks from text and from Word HTML', () => {
  it('reads markdown headings, setext headings, lists, quotes and hard breaks', () => {
    const blocks = textToBlocks('Titre\n=====\n\n1. un\n2. deux\nsuite\n\n> cité\n> encore\n\nligne  \nautre\n\n---\n', 'markdown');
    expect(blocks.map((block) => [block.kind, block.level, block.lines.map((line) => line.map((run) => run.text).join(''))])).toEqual([
      ['heading', 1, ['Titre']],
      ['ordered', 0, ['un']],
      ['ordered', 0, ['deux', 'suite']],
      ['quote', 0, ['cité', 'encore']],
      ['paragraph', 0, ['ligne', 'autre']],
    ]);
  });

  it('keeps markup characters as text in plain text', () => {
    const blocks = textToBlocks('# pas un titre\n**pas gras**\n', 'plain');
    expect(blocks).toEqual([{ kind: 'paragraph', level: 0, lines: [[{ text: '# pas un titre' }], [{ text: '**pas gras**' }]] }]);
  });

  it('reads the HTML mammoth writes', () => {
    const html =
      '<h2>Titre &amp; sous-titre</h2><p>Un <strong>gras</strong>, un <em>italique</em>, <a href="https://cnes.fr">un lien</a>,<br />une ligne</p>' +
      '<ul><li>un</li><li><p>deux</p></li></ul><blockquote><p>cité</p></blockquote><p><a href="file:///etc/passwd">local</a></p>';
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'heading', level: 2, lines: [[{ text: 'Titre & sous-titre' }]] },
      {
        kind: 'paragraph',
        level: 0,
        lines: [
          [{ text: 'Un ' }, { text: 'gras', bold: true }, { text: ', un ' }, { text: 'italique', italic: true }, { text: ', ' }, { text: 'un lien', href: 'https://cnes.fr' }, { text: ',' }],
          [{ text: 'une ligne' }],
        ],
      },
      { kind: 'bullet', level: 0, lines: [[{ text: 'un' }]] },
      { kind: 'bullet', level: 0, lines: [[{ text: 'deux' }]] },
      { kind: 'quote', level: 0, lines: [[{ text: 'cité' }]] },
      { kind: 'paragraph', level: 0, lines: [[{ text: 'local' }]] },
    ]);
  });
});

describe('pairing a CONTACTS block', () => {
  const lines = (...texts: string[]): Array<Array<{ text: string; bold?: boolean }>> =>
    texts.map((text) => (text.startsWith('**') ? [{ text: text.slice(2), bold: true }] : [{ text }]));

  it('transposes three cards read across, with two phones each', () => {
    const contacts = parseContacts(
      lines('A', 'B', 'C', 'Rôle A', 'Rôle B', 'Rôle C', 'Tél. 01 44 76 75 01', 'Tél. 02 40 00 00 02', '+33 1 44 76 75 03', 'Mobile 06 12 00 00 01', 'Mob. 06 12 00 00 02', 'Portable : 06 12 00 00 03', 'a@x.fr', 'E-mail : b@x.fr', 'c@x.fr'),
      'fr',
    ).contacts;
    expect(contacts.map((contact) => [contact.name, contact.roles.fr, contact.phones.length, contact.email])).toEqual([
      ['A', 'Rôle A', 2, 'a@x.fr'],
      ['B', 'Rôle B', 2, 'b@x.fr'],
      ['C', 'Rôle C', 2, 'c@x.fr'],
    ]);
  });

  it('reads cards one after the other, starting a card at each bold name', () => {
    const { contacts } = parseContacts(lines('**Pascale Bresson', 'Attachée de presse', '**Raphaël Sart', 'Attaché de presse', 'Tél. 01 44 76 74 51'), 'fr');
    expect(contacts).toEqual([
      { name: 'Pascale Bresson', roles: { fr: 'Attachée de presse' }, country: 'FR', phones: [], email: '' },
      { name: 'Raphaël Sart', roles: { fr: 'Attaché de presse' }, country: 'FR', phones: [{ type: 'work', number: '+33144767451' }], email: '' },
    ]);
  });
});
