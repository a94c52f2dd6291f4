import { useEffect, useState } from 'react';
import type { Release } from '../../../main/core/schema';
import { presskit } from '../api';

/** The release a translation was made from, by id: undefined while it loads, null when it is gone. */
export function useTranslationSource(id: string | null): Release | null | undefined {
  const [source, setSource] = useState<Release | null | undefined>(id ? undefined : null);
  useEffect(() => {
    if (!id) return setSource(null);
    let live = true;
    setSource(undefined);
    presskit()
      .releases.list({})
      .then(async (all) => {
        const found = all.find((release) => release.id === id);
        const release = found ? await presskit().releases.get({ ref: found.ref, language: found.language }) : null;
        if (live) setSource(release);
      })
      .catch(() => live && setSource(null));
    return () => {
      live = false;
    };
  }, [id]);
  return source;
}
