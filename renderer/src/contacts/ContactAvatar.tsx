import type { Contact } from '../../../main/core/schema';
import { useStoredImage } from '../ui/useStoredImage';

/** The contact's photo in the directory, or the initial of the name while there is none (or until it is read). */
export function ContactAvatar({ contact }: { contact: Contact }) {
  const photo = useStoredImage(contact.photo);
  return (
    <span className="avatar" aria-hidden="true">
      {photo ? <img src={photo} alt="" /> : contact.name.slice(0, 1).toUpperCase()}
    </span>
  );
}
