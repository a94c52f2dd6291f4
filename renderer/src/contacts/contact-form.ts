import { ContactFields } from '../../../main/api/contract';
import { roleIn } from '../../../main/core/contact-role';
import { LANGUAGES } from '../../../main/core/language';
import { parsePhone } from '../../../main/core/phone';
import type { Contact, Phone, Roles } from '../../../main/core/schema';

/** A contact as the form holds it: everything but the id. */
export type ContactDraft = Omit<Contact, 'id'>;
export type ContactProblem = 'name' | 'email' | 'phones';

export function emptyContact(): ContactDraft {
  return { name: '', roles: {}, organisation: '', country: 'FR', phones: [], email: '', photo: null, languages: [], notes: '' };
}

export function draftOf({ id: _id, ...fields }: Contact): ContactDraft {
  return fields;
}

const isBlankPhone = (phone: Phone) => !phone.number.trim();

/** What main would refuse, field by field: a name is required, an e-mail must be one, a phone must be a number of the contact's country or a +code one. */
export function contactProblems(draft: ContactDraft): Partial<Record<ContactProblem, true>> {
  const problems: Partial<Record<ContactProblem, true>> = {};
  if (!draft.name.trim()) problems.name = true;
  if (!ContactFields.shape.email.safeParse(draft.email.trim()).success) problems.email = true;
  if (draft.phones.some((phone) => !isBlankPhone(phone) && !parsePhone(phone.number, draft.country))) problems.phones = true;
  return problems;
}

/** The roles typed, trimmed, without the languages left empty. */
function cleanRoles(roles: Roles): Roles {
  return Object.fromEntries(LANGUAGES.flatMap((language) => (roles[language]?.trim() ? [[language, roles[language].trim()]] : [])));
}

/** The draft as main takes it: trimmed, without the phone rows left empty (main stores the numbers in E.164). */
export function cleanContact(draft: ContactDraft): ContactDraft {
  return {
    ...draft,
    name: draft.name.trim(),
    roles: cleanRoles(draft.roles),
    organisation: draft.organisation.trim(),
    email: draft.email.trim(),
    phones: draft.phones.filter((phone) => !isBlankPhone(phone)).map((phone) => ({ type: phone.type, number: phone.number.trim() })),
  };
}

/** Only the fields that differ from what is stored, so a save never overwrites a change made elsewhere to another field. */
export function changedContactFields(saved: Contact, draft: ContactDraft): Partial<ContactDraft> {
  const changes: Partial<Record<keyof ContactDraft, unknown>> = {};
  for (const key of Object.keys(draft) as (keyof ContactDraft)[]) {
    if (JSON.stringify(saved[key]) !== JSON.stringify(draft[key])) changes[key] = draft[key];
  }
  return changes as Partial<ContactDraft>;
}

/** Folds case and accents, so "Pierre" finds "PIERRE" and "Hélène" finds "helene". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The contacts whose name, roles, organisation or e-mail contain every word of the query. */
export function searchContacts(contacts: readonly Contact[], query: string): Contact[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...contacts];
  return contacts.filter((contact) => {
    const haystack = folded([contact.name, ...Object.values(contact.roles), contact.organisation, contact.email].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** The role the studio shows beside a name: in the interface's language when the contact has it there. */
export function shownRole(contact: Contact, interfaceLanguage: string): string {
  return roleIn(contact.roles, interfaceLanguage === 'en' ? 'en' : 'fr', contact.languages)?.text ?? '';
}
