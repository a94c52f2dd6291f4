import { ContactFields } from '../../../main/api/contract';
import type { Contact, Phone } from '../../../main/core/schema';

/** A contact as the form holds it: everything but the id. */
export type ContactDraft = Omit<Contact, 'id'>;
export type ContactProblem = 'name' | 'email' | 'phones';

export function emptyContact(): ContactDraft {
  return { name: '', role: '', organisation: '', phones: [], email: '', photo: null, languages: [], notes: '' };
}

export function draftOf({ id: _id, ...fields }: Contact): ContactDraft {
  return fields;
}

const isBlankPhone = (phone: Phone) => !phone.label.trim() && !phone.number.trim();

/** What main would refuse, field by field: a name is required, an e-mail must be one, a labelled phone needs its number. */
export function contactProblems(draft: ContactDraft): Partial<Record<ContactProblem, true>> {
  const problems: Partial<Record<ContactProblem, true>> = {};
  if (!draft.name.trim()) problems.name = true;
  if (!ContactFields.shape.email.safeParse(draft.email.trim()).success) problems.email = true;
  if (draft.phones.some((phone) => !isBlankPhone(phone) && !phone.number.trim())) problems.phones = true;
  return problems;
}

/** The draft as it is stored: trimmed, and without the phone rows left empty. */
export function cleanContact(draft: ContactDraft): ContactDraft {
  return {
    ...draft,
    name: draft.name.trim(),
    role: draft.role.trim(),
    organisation: draft.organisation.trim(),
    email: draft.email.trim(),
    phones: draft.phones.filter((phone) => !isBlankPhone(phone)).map((phone) => ({ label: phone.label.trim(), number: phone.number.trim() })),
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

/** The contacts whose name, role, organisation or e-mail contain every word of the query. */
export function searchContacts(contacts: readonly Contact[], query: string): Contact[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...contacts];
  return contacts.filter((contact) => {
    const haystack = folded([contact.name, contact.role, contact.organisation, contact.email].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
