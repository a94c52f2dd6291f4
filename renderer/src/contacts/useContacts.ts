import { useEffect, useState } from 'react';
import type { Contact } from '../../../main/core/schema';
import { presskit } from '../api';
import { DATA_CHANGED_EVENT } from '../data-changed';

/** The directory, by name, reloaded whenever the data changes; null until first read. */
export function useContacts(): Contact[] | null {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      presskit()
        .contacts.list({})
        .then((all) => live && setContacts(all))
        .catch(() => live && setContacts((current) => current ?? []));
    void load();
    window.addEventListener(DATA_CHANGED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(DATA_CHANGED_EVENT, load);
    };
  }, []);
  return contacts;
}
