import { UserError } from '../../core/errors';
import { Kit, OutputOptions, type StoreData } from '../../core/schema';
import { assertFreeKitName, findById, findRelease } from '../records';
import type { ApiContext, Handlers } from './context';

function assertKnownItems(data: StoreData, kit: Kit): void {
  for (const item of kit.items) {
    if (item.type === 'release') findById(data.releases, item.releaseId, 'release');
  }
  for (const id of kit.contactIds) findById(data.contacts, id, 'contact');
}

export function kitHandlers({ store, clock }: ApiContext): Handlers<'kits'> {
  return {
    'kits.list': async () => [...(await store.read()).kits].sort((a, b) => a.name.localeCompare(b.name)),

    'kits.create': async ({ name, refs, language, output }) =>
      store.update((data) => {
        assertFreeKitName(data, name);
        const releases = refs.map((ref) => findRelease(data, ref));
        const first = releases[0];
        if (!first) throw new UserError('kit.needsRelease', undefined, 'usage');
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

    'kits.update': async ({ id, changes }) =>
      store.update((data) => {
        const kit = findById(data.kits, id, 'kit');
        if (changes.name !== undefined) assertFreeKitName(data, changes.name, id);
        Object.assign(kit, changes, { updatedAt: clock.now().toISOString() });
        assertKnownItems(data, kit);
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
