import { useEffect, useState } from 'react';
import { DATA_CHANGED_EVENT } from '../data-changed';

/** A list from main, reloaded whenever the data changes; null until first read, empty if it cannot be read. */
export function useFreshList<T>(load: () => Promise<T[]>): T[] | null {
  const [items, setItems] = useState<T[] | null>(null);
  useEffect(() => {
    let live = true;
    const reload = () =>
      load()
        .then((all) => live && setItems(all))
        .catch(() => live && setItems((current) => current ?? []));
    void reload();
    window.addEventListener(DATA_CHANGED_EVENT, reload);
    return () => {
      live = false;
      window.removeEventListener(DATA_CHANGED_EVENT, reload);
    };
    // The loader is the caller's fixed query: read once per mount, then on every change.
  }, []);
  return items;
}
