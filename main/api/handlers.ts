/** The API handlers: what every transport (IPC, CLI, browser test transport) runs. */
import { isBundleFileName, MAX_IMPORT_BYTES, parseBundle, parseCommunique, serializeBundle, type ParsedCommunique } from '../core/import';
import { UserError } from '../core/errors';
import { Kit, OutputOptions, type StoreData } from '../core/schema';
import type { Store } from '../store';
import type { Api } from './contract';
import { addParsedRelease, assertFreeReference, findRelease, systemClock, type Clock, type MergeCount } from './releases';
import { seedDemo, type DemoAssets } from './demo';

export interface ApiContext {
  store: Store;
  /** Read only when the demo is seeded, to keep start-up free of it. */
  demo: () => DemoAssets;
  clock?: Clock;
}

function referencedImages(data: StoreData): string[] {
  const names = new Set<string>();
  if (data.brand.logo) names.add(data.brand.logo);
  for (const contact of data.contacts) if (contact.photo) names.add(contact.photo);
  for (const kit of data.kits) if (kit.cover.image) names.add(kit.cover.image);
  return [...names].sort();
}

function kitUsing(data: StoreData, releaseId: string): Kit | undefined {
  return data.kits.find((kit) => kit.items.some((item) => item.type === 'release' && item.releaseId === releaseId));
}

export function createApi(context: ApiContext): Api {
  const { store } = context;
  const clock = context.clock ?? systemClock;

  return {
    'releases.list': async () => {
      const data = await store.read();
      return [...data.releases]
        .sort((a, b) => b.date.localeCompare(a.date) || a.ref.localeCompare(b.ref))
        .map(({ id, ref, language, date, title, status, event, tags, updatedAt }) => ({ id, ref, language, date, title, status, event, tags, updatedAt }));
    },

    'releases.get': async ({ ref }) => findRelease(await store.read(), ref),

    'releases.import': async ({ files, ref, language }) => {
      if (ref && files.length > 1) throw new UserError('A new reference can only be given when importing a single file.', 'usage');
      // Parse every file before touching the store: an import that fails changes nothing.
      const parsed: ParsedCommunique[] = [];
      for (const file of files) {
        if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
          throw new UserError(`« ${file.name} » is larger than 20 MB: that is not a communiqué.`);
        }
        if (isBundleFileName(file.name)) {
          throw new UserError(`« ${file.name} » is a PressKit bundle: open it with Restore (presskit restore) rather than Import.`, 'usage');
        }
        parsed.push(await parseCommunique(file, language ? { language } : {}));
      }
      const count: MergeCount = { added: 0, merged: 0 };
      const refs = await store.update((data) =>
        parsed.map((communique) => addParsedRelease(data, communique, { ref, language }, clock, count).ref),
      );
      return { refs, contactsAdded: count.added, contactsMerged: count.merged };
    },

    'releases.delete': async ({ ref }) =>
      store.update((data) => {
        const release = findRelease(data, ref);
        const kit = kitUsing(data, release.id);
        if (kit) throw new UserError(`${release.ref} is part of the kit « ${kit.name} »: remove it from the kit first.`, 'conflict');
        data.releases = data.releases.filter((r) => r.id !== release.id);
        return release;
      }),

    'releases.restore': async ({ release }) =>
      store.update((data) => {
        assertFreeReference(data, release.ref);
        if (data.releases.some((r) => r.id === release.id)) throw new UserError(`${release.ref} is already in the archive.`, 'conflict');
        data.releases.push(release);
        return { ref: release.ref };
      }),

    'releases.setStatus': async ({ ref, status }) =>
      store.update((data) => {
        const release = findRelease(data, ref);
        release.status = status;
        release.updatedAt = clock.now().toISOString();
        return release;
      }),

    'contacts.list': async () => [...(await store.read()).contacts].sort((a, b) => a.name.localeCompare(b.name)),

    'kits.list': async () => [...(await store.read()).kits].sort((a, b) => a.name.localeCompare(b.name)),

    'kits.create': async ({ name, refs, language, output }) =>
      store.update((data) => {
        if (data.kits.some((k) => k.name.toLowerCase() === name.toLowerCase())) {
          throw new UserError(`A kit named « ${name} » already exists.`, 'conflict');
        }
        const releases = refs.map((ref) => findRelease(data, ref));
        const first = releases[0];
        if (!first) throw new UserError('A kit needs at least one release.', 'usage');
        const stamp = clock.now().toISOString();
        const dates = releases.map((r) => r.date).sort();
        const kit = Kit.parse({
          id: clock.newId(),
          name,
          event: { name, place: first.place, startDate: dates[0] ?? null, endDate: dates.at(-1) ?? null },
          language: language ?? first.language,
          cover: { title: name },
          items: [...releases.map((r) => ({ type: 'release' as const, releaseId: r.id })), { type: 'contacts' as const }],
          contactIds: [...new Set(releases.flatMap((r) => r.contactIds))],
          output: OutputOptions.parse(output ?? {}),
          createdAt: stamp,
          updatedAt: stamp,
        });
        data.kits.push(kit);
        return kit;
      }),

    'brand.get': async () => (await store.read()).brand,

    'settings.get': async () => (await store.read()).settings,

    'bundle.export': async () => {
      const data = await store.read();
      const images = await Promise.all(referencedImages(data).map(async (name) => ({ name, bytes: await store.readImage(name) })));
      const bytes = serializeBundle({
        format: 'presskit-bundle',
        version: 1,
        releases: data.releases,
        contacts: data.contacts,
        kits: data.kits,
        brand: data.brand,
        images,
      });
      return { bytes, counts: { releases: data.releases.length, contacts: data.contacts.length, kits: data.kits.length, images: images.length } };
    },

    'bundle.restore': async ({ bytes }) => {
      const bundle = parseBundle(bytes);
      // Images first: they are content-addressed, so writing them changes nothing until the store points at them.
      for (const image of bundle.images) {
        const saved = await store.saveImage(image.bytes, image.name.endsWith('.png') ? 'png' : 'jpg');
        if (saved !== image.name) throw new UserError(`The bundle is damaged: the image ${image.name} does not match its content.`);
      }
      await store.update((data) => {
        data.releases = bundle.releases;
        data.contacts = bundle.contacts;
        data.kits = bundle.kits;
        if (bundle.brand) data.brand = bundle.brand;
      });
      return { releases: bundle.releases.length, contacts: bundle.contacts.length, kits: bundle.kits.length, images: bundle.images.length };
    },

    'demo.seed': async () => seedDemo(store, context.demo(), clock),
  };
}
