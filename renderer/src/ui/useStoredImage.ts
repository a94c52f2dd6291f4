import { useEffect, useState } from 'react';
import { presskit } from '../api';
import { imageType } from './image-file';

/**
 * A stored image (logo, photo, cover) as an object URL to show it, read with images.get; null while it
 * loads, when it is missing, or for no name. The URL is revoked once another image or none is shown.
 */
export function useStoredImage(name: string | null): string | null {
  const [shown, setShown] = useState<{ name: string; url: string } | null>(null);

  useEffect(() => {
    if (!name) return;
    let live = true;
    let url: string | null = null;
    presskit()
      .images.get({ name })
      .then(({ bytes }) => {
        if (!live) return;
        url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: imageType(bytes) ?? 'image/png' }));
        setShown({ name, url });
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [name]);

  return shown && shown.name === name ? shown.url : null;
}
