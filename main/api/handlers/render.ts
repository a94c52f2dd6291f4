import { UserError } from '../../core/errors';
import { OutputOptions, type Release, type StoreData } from '../../core/schema';
import { vCardFile } from '../../core/vcard';
import type { ReleaseDocument } from '../../pdf';
import type { Store } from '../../store';
import { findRelease } from '../records';
import type { ApiContext, Handlers } from './context';

/** Gathers what the typesetter needs for one release: its contacts in order and the brand's images. */
export async function releaseDocument(store: Store, data: StoreData, release: Release): Promise<ReleaseDocument> {
  const contacts = release.contactIds.flatMap((id) => data.contacts.filter((c) => c.id === id));
  const images = new Map<string, Uint8Array>();
  if (data.brand.logo) images.set(data.brand.logo, await store.readImage(data.brand.logo));
  return { release, contacts, brand: data.brand, images, timeZone: data.settings.timeZone };
}

export function renderHandlers({ store }: ApiContext): Handlers<'preview' | 'export'> {
  const render = async (release: Release, data: StoreData, options: Partial<OutputOptions> | undefined) => {
    // Loaded on first use: the engine and its fonts stay out of the start-up of commands that never typeset.
    const { renderRelease } = await import('../../pdf');
    return renderRelease(await releaseDocument(store, data, release), OutputOptions.parse(options ?? {}));
  };

  return {
    'preview.render': async ({ release, options }) => {
      const { bytes, report } = await render(release, await store.read(), options);
      return { bytes, pages: report.pages };
    },

    'export.release': async ({ ref, options }) => {
      const data = await store.read();
      return render(findRelease(data, ref), data, options);
    },

    'export.vcard': async ({ emails }) => {
      const { contacts } = await store.read();
      const wanted = emails?.map((email) => email.toLowerCase());
      const chosen = wanted ? contacts.filter((c) => wanted.includes(c.email.toLowerCase())) : contacts;
      const missing = wanted?.find((email) => !contacts.some((c) => c.email.toLowerCase() === email));
      if (missing) throw new UserError(`There is no contact with the e-mail ${missing} in the directory.`, 'not-found');
      if (chosen.length === 0) throw new UserError('The directory has no contacts to export.');
      return { text: vCardFile(chosen), count: chosen.length };
    },
  };
}
