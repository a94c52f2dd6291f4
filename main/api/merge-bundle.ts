/**
 * Importing a colleague's bundle: its releases, contacts, kits and photos are added to the archive (contacts merged
 * by e-mail, ids kept unless taken), never replacing anything. A reference or kit name already in the
 * archive refuses the whole import. Pure: the caller runs it inside one store transaction.
 */
import type { PresskitBundle } from '../core/import';
import type { StoreData } from '../core/schema';
import type { ImageStaging, Store } from '../store';
import { UserError } from '../core/errors';
import { assertFreeKitName, assertFreeReference, mergeContact, type Clock, type MergeCount } from './records';

export function mergeBundle(data: StoreData, bundle: PresskitBundle, clock: Clock, count: MergeCount): string[] {
  for (const release of bundle.releases) assertFreeReference(data, release.ref, release.language);
  for (const kit of bundle.kits) assertFreeKitName(data, kit.name);
  const fresh = (id: string, taken: { id: string }[]) => (taken.some((item) => item.id === id) ? clock.newId() : id);

  const contactIds = new Map(bundle.contacts.map((contact) => [contact.id, mergeContact(data, contact, clock, count)]));
  const contact = (id: string) => contactIds.get(id) ?? id;
  const releaseIds = new Map(bundle.releases.map((release) => [release.id, fresh(release.id, data.releases)]));
  const release = (id: string) => releaseIds.get(id) ?? id;

  for (const r of bundle.releases) {
    data.releases.push({
      ...r,
      id: release(r.id),
      contactIds: r.contactIds.map(contact),
      translationGroup: r.translationGroup === null ? null : release(r.translationGroup),
    });
  }
  for (const kit of bundle.kits) {
    data.kits.push({
      ...kit,
      id: fresh(kit.id, data.kits),
      items: kit.items.map((item) => (item.type === 'release' ? { ...item, releaseId: release(item.releaseId) } : item)),
      contactIds: kit.contactIds.map(contact),
    });
  }
  // A photo already in the library keeps its record (and the words typed here); a new one comes with its own.
  for (const media of bundle.media ?? []) {
    if (!data.media.some((m) => m.image === media.image)) data.media.push({ ...media, id: fresh(media.id, data.media) });
  }
  return bundle.releases.map((r) => r.ref);
}

/**
 * Saves the change `mutate` makes with the images `stage` puts in the staging area: they reach the data
 * folder only with the saved change. A refused image or change leaves nothing behind.
 */
export async function saveWithStagedImages<T>(store: Store, stage: (staging: ImageStaging) => Promise<void>, mutate: (data: StoreData) => T): Promise<T> {
  const staging = store.stageImages();
  try {
    await stage(staging);
    return await store.update(mutate, { images: staging });
  } finally {
    await staging.discard();
  }
}

/** Stages the images of `bundles`, each checked against its name. */
export async function stageBundleImages(staging: ImageStaging, bundles: readonly PresskitBundle[]): Promise<void> {
  for (const image of bundles.flatMap((bundle) => bundle.images)) {
    const staged = await staging.add(image.bytes, image.name.endsWith('.png') ? 'png' : 'jpg');
    if (staged !== image.name) throw new UserError('bundle.damaged');
  }
}

/** Saves the change `mutate` makes for `bundles`, with their images (see saveWithStagedImages). */
export async function saveWithBundleImages<T>(store: Store, bundles: readonly PresskitBundle[], mutate: (data: StoreData) => T): Promise<T> {
  return saveWithStagedImages(store, (staging) => stageBundleImages(staging, bundles), mutate);
}
