import { describe, expect, it } from 'vitest';
import { Kit, type KitItem } from '../../../main/core/schema';
import { changedKitFields, draftOfKit, hasPage, kitProblems, kitReducer, type KitDraft } from '../../../renderer/src/kits/kit-draft';

const release = (releaseId: string): KitItem => ({ type: 'release', releaseId });

function kit(items: KitItem[]): Kit {
  return Kit.parse({
    id: 'k1',
    name: 'MAKS 2019',
    event: { name: 'MAKS 2019', startDate: '2019-08-27', endDate: '2019-09-01' },
    language: 'fr',
    cover: { title: 'MAKS 2019' },
    items,
    output: {},
    createdAt: '2019-08-01T10:00:00+02:00',
    updatedAt: '2019-08-01T10:00:00+02:00',
  });
}

const ids = (draft: KitDraft) => draft.kit.items.map((item) => (item.type === 'release' ? item.releaseId : item.type));

describe('the kit being assembled', () => {
  it('moves an item and its key together, so a dragged row stays the same row', () => {
    const start = draftOfKit(kit([release('a'), release('b'), release('c'), { type: 'contacts' }]));
    const [keyA, keyB, keyC, keyContacts] = start.keys;
    const next = kitReducer(start, { type: 'move', from: 2, to: 0 });
    expect(ids(next)).toEqual(['c', 'a', 'b', 'contacts']);
    expect(next.keys).toEqual([keyC, keyA, keyB, keyContacts]);
    expect(ids(start)).toEqual(['a', 'b', 'c', 'contacts']);
  });

  it('moves by keys as a drop names them, and ignores a drop on an unknown row', () => {
    const start = draftOfKit(kit([release('a'), release('b'), release('c')]));
    const [keyA, , keyC] = start.keys as [string, string, string];
    expect(ids(kitReducer(start, { type: 'moveKey', key: keyA, overKey: keyC }))).toEqual(['b', 'c', 'a']);
    expect(kitReducer(start, { type: 'moveKey', key: keyA, overKey: 'gone' })).toBe(start);
  });

  it('removes one of two identical about pages by its key, not by its content', () => {
    const about: KitItem = { type: 'about', title: '', body: [] };
    const start = draftOfKit(kit([release('a')]));
    const added = kitReducer(start, { type: 'add', items: [about, about] });
    expect(new Set(added.keys).size).toBe(3);
    const removed = kitReducer(added, { type: 'remove', key: added.keys[2] ?? '' });
    expect(removed.keys).toEqual(added.keys.slice(0, 2));
    const renamed = kitReducer(removed, { type: 'replaceItem', key: removed.keys[1] ?? '', item: { ...about, title: 'Le CNES' } });
    expect(renamed.kit.items[1]).toEqual({ type: 'about', title: 'Le CNES', body: [] });
  });

  it('sends only what changed', () => {
    const saved = kit([release('a'), release('b')]);
    const draft = kitReducer(kitReducer(draftOfKit(saved), { type: 'move', from: 1, to: 0 }), { type: 'set', patch: { output: { ...saved.output, cropMarks: true } } });
    expect(changedKitFields(saved, draft.kit)).toEqual({ items: [release('b'), release('a')], output: { paper: 'a4', bleedMm: 0, cropMarks: true } });
    expect(changedKitFields(saved, saved)).toEqual({});
  });

  it('says what main would refuse or what would print nonsense', () => {
    expect(kitProblems(kit([release('a')]))).toEqual({});
    expect(kitProblems({ ...kit([]), name: ' ', event: { name: '', place: '', startDate: '2019-09-01', endDate: '2019-08-27' } })).toEqual({ name: true, items: true, dates: true });
    expect(kitProblems({ ...kit([release('a')]), event: { name: '', place: '', startDate: '2019-9-1', endDate: null } })).toEqual({ startDate: true });
    expect(hasPage(kit([release('a'), { type: 'contacts' }]), 'contacts')).toBe(true);
    expect(hasPage(kit([release('a'), { type: 'contacts' }]), 'photos')).toBe(false);
  });
});
