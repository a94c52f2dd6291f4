/**
 * Contacts of data format 1 (the store before version 2, bundles before version 2) to today's shape.
 * Format 1 kept one role as typed and phones as typed with a free label. Today's keeps the role per
 * language (this one in the contact's first language, else French), the contact's country (France, the
 * only one format 1 knew) and phones in E.164 with their type: a "Mobile"/"Fax" label says it, else the
 * number does (06/07 in France is a mobile). A number that reads as none is not lost: it goes, as typed,
 * into the contact's notes with a sentence saying why, in `language`.
 */
import { z } from 'zod';
import { parsePhone } from './phone';
import { wordDetail, type WordingLanguage } from './wording';

export const ContactV1 = z.looseObject({
  role: z.string().default(''),
  languages: z.array(z.string()).default([]),
  notes: z.string().default(''),
  phones: z.array(z.looseObject({ label: z.string().default(''), number: z.string() })).default([]),
});
export type ContactV1 = z.infer<typeof ContactV1>;

const MOBILE_LABEL = /mob|port|cell|gsm|моб|сот/iu;
const FAX_LABEL = /fax|факс/iu;

export function upgradeContactV1({ role, phones, notes, ...contact }: ContactV1, language: WordingLanguage): Record<string, unknown> {
  const roleLanguage = ['fr', 'en', 'ru'].find((candidate) => candidate === contact.languages[0]) ?? 'fr';
  const kept: string[] = [];
  const read = phones.flatMap(({ label, number }) => {
    const parsed = parsePhone(number, 'FR');
    if (!parsed) {
      kept.push(wordDetail({ code: 'phone.keptInNotes', params: { number: label ? `${label} ${number}` : number } }, language) ?? number);
      return [];
    }
    const type = FAX_LABEL.test(label) ? 'fax' : MOBILE_LABEL.test(label) || parsed.mobile ? 'mobile' : 'work';
    return [{ type, number: parsed.number }];
  });
  return {
    ...contact,
    roles: role.trim() === '' ? {} : { [roleLanguage]: role },
    country: 'FR',
    phones: read,
    notes: [notes, ...kept].filter(Boolean).join('\n'),
  };
}
