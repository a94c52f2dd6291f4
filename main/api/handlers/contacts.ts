import { UserError } from '../../core/errors';
import { storedPhones } from '../../core/phone';
import { Contact } from '../../core/schema';
import { findById } from '../records';
import type { ApiContext, Handlers } from './context';

export function contactHandlers({ store, clock }: ApiContext): Handlers<'contacts'> {
  return {
    'contacts.list': async () => [...(await store.read()).contacts].sort((a, b) => a.name.localeCompare(b.name)),

    'contacts.create': async ({ contact }) =>
      store.update((data) => {
        const created = Contact.parse({ ...contact, phones: storedPhones(contact.phones, contact.country), id: clock.newId() });
        data.contacts.push(created);
        return created;
      }),

    'contacts.update': async ({ id, changes }) =>
      store.update((data) => {
        const contact = findById(data.contacts, id, 'contact');
        const { phones, ...rest } = changes;
        Object.assign(contact, rest);
        // Numbers are read in the country the contact has once changed: "01 44…" typed with FR chosen.
        if (phones) contact.phones = storedPhones(phones, contact.country);
        return contact;
      }),

    'contacts.delete': async ({ id }) =>
      store.update((data) => {
        const contact = findById(data.contacts, id, 'contact');
        const release = data.releases.find((r) => r.contactIds.includes(id));
        if (release) throw new UserError('contact.inRelease', { name: contact.name, ref: release.ref }, 'conflict');
        const kit = data.kits.find((k) => k.contactIds.includes(id));
        if (kit) throw new UserError('contact.inKit', { name: contact.name, kit: kit.name }, 'conflict');
        data.contacts = data.contacts.filter((c) => c.id !== id);
        return contact;
      }),
  };
}
