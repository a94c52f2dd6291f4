import { OutputOptions, type Release, type StoreData } from '../../core/schema';
import { renderRelease, type ReleaseDocument } from '../../pdf';
import type { Store } from '../../store';
import type { ApiContext, Handlers } from './context';

/** Gathers what the typesetter needs for one release: its contacts in order and the brand's images. */
export async function releaseDocument(store: Store, data: StoreData, release: Release): Promise<ReleaseDocument> {
  const contacts = release.contactIds.flatMap((id) => data.contacts.filter((c) => c.id === id));
  const images = new Map<string, Uint8Array>();
  if (data.brand.logo) images.set(data.brand.logo, await store.readImage(data.brand.logo));
  return { release, contacts, brand: data.brand, images, timeZone: data.settings.timeZone };
}

export function renderHandlers({ store }: ApiContext): Handlers<'preview'> {
  return {
    'preview.render': async ({ release, options }) => {
      const data = await store.read();
      const { bytes, report } = await renderRelease(await releaseDocument(store, data, release), OutputOptions.parse(options ?? {}));
      return { bytes, pages: report.pages };
    },
  };
}
