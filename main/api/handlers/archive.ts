import { figureImages } from '../../core/figures';
import { BUNDLE_FORMAT, BUNDLE_VERSION, parseBundle, serializeBundle } from '../../core/import';
import type { StoreData } from '../../core/schema';
import { imageTypeOf } from '../../store';
import { seedDemo } from '../demo';
import { saveWithBundleImages } from '../merge-bundle';
import type { ApiContext, Handlers } from './context';

function referencedImages(data: StoreData): string[] {
  const names = new Set<string>([...data.media.map((media) => media.image), ...data.releases.flatMap((release) => figureImages(release.body))]);
  if (data.brand.logo) names.add(data.brand.logo);
  for (const contact of data.contacts) if (contact.photo) names.add(contact.photo);
  for (const kit of data.kits) if (kit.cover.image) names.add(kit.cover.image);
  return [...names].sort();
}

/** Whole-archive operations: bundle backup and restore, the demo, images, brand and settings. */
export function archiveHandlers({ store, clock, demo }: ApiContext): Handlers<'bundle' | 'demo' | 'images' | 'brand' | 'settings'> {
  return {
    'bundle.export': async () => {
      const data = await store.read();
      const images = await Promise.all(referencedImages(data).map(async (name) => ({ name, bytes: await store.readImage(name) })));
      const bytes = serializeBundle({
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        releases: data.releases,
        contacts: data.contacts,
        kits: data.kits,
        brand: data.brand,
        media: data.media,
        images,
      });
      return { bytes, counts: { releases: data.releases.length, contacts: data.contacts.length, kits: data.kits.length, images: images.length } };
    },

    'bundle.restore': async ({ bytes }) => {
      const bundle = parseBundle(bytes, { purpose: 'restore' });
      await saveWithBundleImages(store, [bundle], (data) => {
        data.releases = bundle.releases;
        data.contacts = bundle.contacts;
        data.kits = bundle.kits;
        data.media = bundle.media ?? [];
        if (bundle.brand) data.brand = bundle.brand;
      });
      return { releases: bundle.releases.length, contacts: bundle.contacts.length, kits: bundle.kits.length, images: bundle.images.length };
    },

    'demo.seed': async () => seedDemo(store, demo(), clock),

    'images.save': async ({ bytes }) => ({ name: await store.saveImage(bytes, imageTypeOf(bytes)) }),

    'images.get': async ({ name }) => ({ bytes: await store.readImage(name) }),

    'brand.get': async () => (await store.read()).brand,

    'brand.update': async ({ changes }) =>
      store.update((data) => {
        Object.assign(data.brand, changes);
        return data.brand;
      }),

    'settings.get': async () => (await store.read()).settings,

    'settings.update': async ({ changes }) =>
      store.update((data) => {
        Object.assign(data.settings, changes);
        return data.settings;
      }),
  };
}
