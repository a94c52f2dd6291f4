import { useEffect, useState } from 'react';
import type { Contact } from '../../../main/core/schema';
import { storedImageUrl } from '../ui/stored-image';

/** The contact's photo in the directory, or the initial of the name while there is none (or until it is read). */
export function ContactAvatar({ contact }: { contact: Contact }) {
  const [photo, setPhoto] = useState<{ name: string; url: string } | null>(null);

  useEffect(() => {
    if (!contact.photo) return;
    const name = contact.photo;
    let live = true;
    let url: string | null = null;
    storedImageUrl(name)
      .then((read) => {
        url = read;
        if (live) setPhoto({ name, url: read });
        else URL.revokeObjectURL(read);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [contact.photo]);

  return (
    <span className="avatar" aria-hidden="true">
      {photo && photo.name === contact.photo ? <img src={photo.url} alt="" /> : contact.name.slice(0, 1).toUpperCase()}
    </span>
  );
}
