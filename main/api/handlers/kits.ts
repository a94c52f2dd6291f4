import { UserError } from '../../core/errors';
import { versionsOf } from '../../core/reference';
import { Kit, OutputOptions, type StoreData } from '../../core/schema';
import { assertAddable } from '../../core/translation';
import { assertFreeKitName, findById, findRelease } from '../records';
import type { ApiContext, Handlers } from './context';

function releaseIdsOf(kit: Kit): string[] {
  return kit.items.flatMap((item) => (item.type === 'release' ? [item.releaseId] : []));
}

/** An event that ends before it starts would print nonsense on the cover. */
function assertEventDates(kit: Pick<Kit, 'name' | 'event'>): void {
  const { startDate: start, endDate: end } = kit.event;
  if (start && end && end < start) throw new UserError('kit.datesReversed', { kit: kit.name, start, end }, 'usage');
}

function assertKnownItems(data: StoreData, kit: Kit): void {
  for (const item of kit.items) {
    if (item.type === 'release') findById(data.releases, item.releaseId, 'release');
  }
  for (const id of kit.contactIds) findById(data.contacts, id, 'contact');
}

export function kitHandlers({ store, clock }: ApiContext): Handlers<'kits'> {
  return {
    'kits.list': async () => [...(await store.read()).kits].sort((a, b) => a.name.localeCompare(b.name)),

    'kits.create': async ({ name, refs, language, output, event, repeat, allowUntranslated }) =>
      store.update((data) => {
        assertFreeKitName(data, name);
        // A bare reference filed in several languages is taken in the kit's language, when the kit names one.
        const releases = refs.map((entry) =>
          typeof entry === 'string'
            ? findRelease(data, entry, language !== undefined && versionsOf(data.releases, entry).length > 1 ? language : undefined)
            : findRelease(data, entry.ref, entry.language),
        );
        for (const release of releases) assertAddable(release, allowUntranslated);
        const first = releases[0];
        if (!first) throw new UserError('kit.needsRelease', undefined, 'usage');
        const stamp = clock.now().toISOString();
        // The event is the kit's own, as the user gave it: the releases' dates span their writing, not the event.
        const kit = Kit.parse({
          id: clock.newId(),
          name,
          event: { name, ...event },
          repeat: repeat ?? {},
          language: language ?? first.language,
          cover: { title: name },
          items: [...releases.map((r) => ({ type: 'release' as const, releaseId: r.id })), { type: 'contacts' as const }],
          contactIds: [...new Set(releases.flatMap((r) => r.contactIds))],
          output: OutputOptions.parse(output ?? {}),
          createdAt: stamp,
          updatedAt: stamp,
        });
        assertEventDates(kit);
        data.kits.push(kit);
        return kit;
      }),

    'kits.update': async ({ id, changes, allowUntranslated }) =>
      store.update((data) => {
        const kit = findById(data.kits, id, 'kit');
        if (changes.name !== undefined) assertFreeKitName(data, changes.name, id);
        const before = new Set(releaseIdsOf(kit));
        Object.assign(kit, changes, { updatedAt: clock.now().toISOString() });
        assertEventDates(kit);
        assertKnownItems(data, kit);
        for (const added of releaseIdsOf(kit).filter((releaseId) => !before.has(releaseId))) {
          assertAddable(findById(data.releases, added, 'release'), allowUntranslated);
        }
        return kit;
      }),

    'kits.delete': async ({ id }) =>
      store.update((data) => {
        const kit = findById(data.kits, id, 'kit');
        data.kits = data.kits.filter((k) => k.id !== id);
        return kit;
      }),
  };
}
