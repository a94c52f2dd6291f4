import { describe, expect, it } from 'vitest';
import { parseCommunique, type ParsedCommunique } from '../../../main/core/import';
import { RichText } from '../../../main/core/schema';
import type { Language } from '../../../main/core/language';
import { ENGLISH_MD, FRENCH_MD, FRENCH_TXT, ROWS_MD, RUSSIAN_MD, bytesOf, fixture } from './fixtures';

const FRENCH_BODY = [
  "Mardi 27 août 2019, à l'occasion du Salon international de l'aéronautique et de l'espace de Moscou (MAKS), Jean-Yves Le Gall, Président du CNES, a rencontré Dimitri Rogozin, Directeur Général de Roscosmos (agence spatiale russe), Maxime Iakovenko, Directeur Général de Roshydromet (service fédéral russe d'hydrométéorologie et de surveillance environnementale) et Kirill Sypalo, Directeur Général de TsAGI (institut aérodynamique central de Zhukovsky).",
  "En 2018, le CNES et Roscosmos ont signé un accord général définissant le cadre de leur coopération dans le domaine des sciences spatiales. Celui-ci vise à promouvoir de nouveaux projets spatiaux et il permet de diversifier la coopération en intégrant des thématiques sur des domaines aussi variés que la biologie spatiale, l'étude du Soleil grâce au projet russe Interhelioprobe, l'utilisation de l'expertise française en robotique et navigation pour le programme d'exploration lunaire russe, la planétologie, l'étude de l'Univers et l'étude du climat.",
  "Le thème le plus avancé porte sur une expérience embarquée sur la future capsule Bion-M2 dont le lancement est prévu en 2022, pour laquelle des développements industriels français sous la responsabilité du CNES, sont en cours. Le CNES y participe au travers d'une expérience baptisée MTB-2 (« Mouse Telemetry on Bion ») pour laquelle le Président du CNES et le Directeur Général de Roscosmos ont signé un plan commun de mise en œuvre s'inscrivant dans la continuité de la coopération entre les deux pays et confirmant la volonté des agences à collaborer sur ce projet.",
  "La lutte contre le changement climatique constitue aussi l'une des priorités du CNES. Dans le cadre du déploiement du Space Climate Observatory (SCO), dont l'acte fondateur a été signé en juin dernier au Salon du Bourget en présence du Président de la République, Jean-Yves Le Gall a rappelé la nécessité du soutien de Roshydromet pour cette initiative du CNES, dans un contexte où la préservation de notre planète est une priorité absolue. Par le passé, le CNES, Roscosmos et Roshydromet ont collaboré sur des campagnes ballons et le CNES souhaite renouveler cette collaboration pour l'appliquer à des campagnes ballon régulières. La première réunion des parties signataires du SCO se tiendra les 22 et 23 octobre à Washington lors de l'IAC 2019.",
  'Enfin, durant sa rencontre avec le Directeur Général de TsAGI, le Président du CNES a rappelé la coopération fructueuse entre les deux organismes et a fait part de son souhait de la continuer.',
];

const paragraphs = (body: ParsedCommunique['body']): Array<Array<{ text: string }>> =>
  body.map((block) => (block.type === 'paragraph' ? block.content : []));

/** The seed's two press officers as a communiqué in `language` gives them: roles in that language, numbers in E.164. */
function contactsOf(contact: { names: [string, string]; roles: [string, string] }, language: Language = 'fr'): ParsedCommunique['contacts'] {
  const country = language === 'ru' ? 'RU' : 'FR';
  return [
    { name: contact.names[0], roles: { [language]: contact.roles[0] }, country, phones: [{ type: 'work', number: '+33144767539' }], email: 'pascale.bresson@cnes.fr' },
    { name: contact.names[1], roles: { [language]: contact.roles[1] }, country, phones: [{ type: 'work', number: '+33144767451' }], email: 'raphael.sart@cnes.fr' },
  ];
}

const FRENCH_CONTACTS = contactsOf({ names: ['Pascale Bresson', 'Raphaël Sart'], roles: ['Attachée de presse', 'Attaché de presse'] });

describe('the seed communiqué in markdown (fr)', () => {
  it('imports every field', async () => {
    const parsed = await parseCommunique(fixture(FRENCH_MD));
    expect(parsed).toMatchObject({
      language: 'fr',
      kind: 'Communiqué de presse',
      date: '2019-08-27',
      ref: 'CP124-2019',
      place: '',
      title: 'Coopération spatiale entre la France et la Russie',
      subtitle: 'Réunions thématiques dans le cadre du Salon MAKS',
      lead: '',
      website: 'presse.cnes.fr',
    });
    // Five plain paragraphs, text kept exactly (typography is the layout's job).
    expect(paragraphs(parsed.body)).toEqual(FRENCH_BODY.map((text) => [{ text }]));
  });

  it('pairs the column-by-column CONTACTS block back into contacts', async () => {
    const parsed = await parseCommunique(fixture(FRENCH_MD));
    expect(parsed.contacts).toEqual(FRENCH_CONTACTS);
  });

  it('keeps the language it is given', async () => {
    expect((await parseCommunique(fixture(FRENCH_MD), { language: 'en' })).language).toBe('en');
  });
});

describe('the same communiqué in English and Russian', () => {
  it('imports the English version; its title-case seam is not split', async () => {
    const parsed = await parseCommunique(fixture(ENGLISH_MD));
    expect(parsed).toMatchObject({
      language: 'en',
      kind: 'Press Release',
      date: '2019-08-27',
      ref: 'CP124-2019',
      // "…France and Russia Thematic meetings…": after "and", a capital may still belong to a name.
      title: 'Space cooperation between France and Russia Thematic meetings at the MAKS air show',
      subtitle: '',
      website: 'presse.cnes.fr',
    });
    expect(parsed.body).toHaveLength(5);
    expect(parsed.body.every((block) => block.type === 'paragraph')).toBe(true);
    expect(parsed.contacts).toEqual(contactsOf({ names: ['Pascale Bresson', 'Raphaël Sart'], roles: ['Press Officer', 'Press Officer'] }, 'en'));
  });

  it('imports the Russian version, with its title and subtitle headings', async () => {
    const parsed = await parseCommunique(fixture(RUSSIAN_MD));
    expect(parsed).toMatchObject({
      language: 'ru',
      kind: 'Пресс-релиз',
      date: '2019-08-27',
      ref: 'CP124-2019',
      title: 'Космическое сотрудничество Франции и России',
      subtitle: 'Тематические встречи в рамках салона МАКС',
      website: 'presse.cnes.fr',
    });
    expect(parsed.body).toHaveLength(5);
    expect(paragraphs(parsed.body)[4]).toEqual([
      { text: 'Наконец, во время встречи с генеральным директором ЦАГИ президент CNES отметил плодотворное сотрудничество двух организаций и выразил желание его продолжить.' },
    ]);
    expect(parsed.contacts).toEqual(contactsOf({ names: ['Паскаль Брессон', 'Рафаэль Сар'], roles: ['Пресс-атташе', 'Пресс-атташе'] }, 'ru'));
  });

  it('detects the language from the date, then from the text, when there is no label', async () => {
    const russianDate = bytesOf('27 августа 2019 г.\n\nЗаголовок\n\nТекст сообщения.\n');
    expect(await parseCommunique({ name: 'ru.txt', bytes: russianDate })).toMatchObject({ language: 'ru', date: '2019-08-27' });
    const english = bytesOf('A new satellite\n\nThe satellite was launched from the spaceport in the morning.\n');
    expect((await parseCommunique({ name: 'en.txt', bytes: english })).language).toBe('en');
    const french = bytesOf('Un nouveau satellite\n\nLe satellite a été lancé depuis le port spatial dans la matinée.\n');
    expect((await parseCommunique({ name: 'fr.txt', bytes: french })).language).toBe('fr');
  });
});

describe('a communiqué with row-by-row contacts and rich text (markdown)', () => {
  it('reads the combined place, date and reference line, the headings and the lead', async () => {
    const parsed = await parseCommunique(fixture(ROWS_MD));
    expect(parsed).toMatchObject({
      language: 'fr',
      kind: 'Communiqué de presse',
      date: '2019-09-03',
      ref: 'CP125-2019',
      place: 'Paris',
      title: 'Le CNES au Salon MAKS',
      subtitle: 'Bilan de la participation française',
      lead: 'La délégation française a rencontré ses partenaires russes pendant trois jours.',
      website: 'presse.cnes.fr',
    });
  });

  it('keeps bold, italic, safe links, headings, lists and quotes', async () => {
    const { body } = await parseCommunique(fixture(ROWS_MD));
    expect(body).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Le stand du CNES a reçu ' },
          { text: 'plus de 10 000 visiteurs', bold: true },
          { text: '. Le programme est en ligne sur ' },
          { text: 'le site du CNES', href: 'https://presse.cnes.fr/maks' },
          // An http:// link keeps its words but loses the link: only https, mailto and tel are allowed.
          { text: ' et sur un site non sûr.' },
        ],
      },
      { type: 'heading', level: 2, content: [{ text: 'Les temps forts' }] },
      {
        type: 'bulletList',
        items: [[{ text: 'la signature du plan de mise en œuvre de MTB-2 ;' }], [{ text: 'la rencontre avec ' }, { text: 'Roshydromet', italic: true }, { text: '.' }]],
      },
      { type: 'quote', content: [{ text: "L'espace est un bien commun." }] },
    ]);
    expect(RichText.safeParse(body).success).toBe(true);
  });

  it('reads the contacts one after the other, with every phone', async () => {
    const { contacts } = await parseCommunique(fixture(ROWS_MD));
    expect(contacts).toEqual([
      { name: 'Pascale Bresson', roles: { fr: 'Attachée de presse' }, country: 'FR', phones: [{ type: 'work', number: '+33144767539' }], email: 'pascale.bresson@cnes.fr' },
      {
        name: 'Raphaël Sart',
        roles: { fr: 'Attaché de presse' },
        country: 'FR',
        phones: [
          { type: 'work', number: '+33144767451' },
          { type: 'mobile', number: '+33612345678' },
        ],
        email: 'raphael.sart@cnes.fr',
      },
    ]);
  });
});

describe('the seed communiqué in plain text', () => {
  it('reads the same communiqué as the markdown, hard-wrapped paragraphs joined back', async () => {
    const [text, markdown] = await Promise.all([parseCommunique(fixture(FRENCH_TXT)), parseCommunique(fixture(FRENCH_MD))]);
    expect(text).toEqual(markdown);
    expect(paragraphs(text.body)).toEqual(FRENCH_BODY.map((paragraph) => [{ text: paragraph }]));
  });

  it('reads Windows line ends and a UTF-16 file as Word saves "Unicode text"', async () => {
    const crlf = new TextDecoder().decode(fixture(FRENCH_TXT).bytes).replace(/\n/g, '\r\n');
    const expected = await parseCommunique(fixture(FRENCH_TXT));
    expect(await parseCommunique({ name: 'crlf.txt', bytes: bytesOf(crlf) })).toEqual(expected);
    const utf16 = new Uint8Array(2 + crlf.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < crlf.length; i += 1) new DataView(utf16.buffer).setUint16(2 + i * 2, crlf.charCodeAt(i), true);
    expect(await parseCommunique({ name: 'unicode.txt', bytes: utf16 })).toEqual(expected);
  });
});
