import type { Contact } from '../../../main/core/schema';
import { presskit } from '../api';
import { useFreshList } from '../ui/useFreshList';

/** The directory, by name, reloaded whenever the data changes; null until first read. */
export function useContacts(): Contact[] | null {
  return useFreshList(() => presskit().contacts.list({}));
}
