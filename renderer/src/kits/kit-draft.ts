import type { Input } from '../../../main/api/contract';
import { IsoDate, type Kit, type KitItem } from '../../../main/core/schema';
import { moved } from '../ui/moved';

/**
 * A kit being assembled. Items carry no id of their own (two about pages may be alike), so each gets
 * a key that follows it through moves, for the drag and drop and React's lists.
 */
export interface KitDraft {
  kit: Kit;
  keys: string[];
}

export type KitAction =
  | { type: 'set'; patch: Partial<Pick<Kit, 'name' | 'event' | 'language' | 'cover' | 'contactIds' | 'output' | 'repeat'>> }
  | { type: 'add'; items: KitItem[] }
  | { type: 'remove'; key: string }
  | { type: 'move'; from: number; to: number }
  | { type: 'moveKey'; key: string; overKey: string }
  | { type: 'replaceItem'; key: string; item: KitItem };

let nextKey = 0;
const newKey = () => `item-${++nextKey}`;

export function draftOfKit(kit: Kit): KitDraft {
  return { kit, keys: kit.items.map(newKey) };
}

function withItems(draft: KitDraft, items: KitItem[], keys: string[]): KitDraft {
  return { kit: { ...draft.kit, items }, keys };
}

/** Every change the kit screen makes, as a pure step: the same draft and action give the same draft. */
export function kitReducer(draft: KitDraft, action: KitAction): KitDraft {
  const { items } = draft.kit;
  switch (action.type) {
    case 'set':
      return { ...draft, kit: { ...draft.kit, ...action.patch } };
    case 'add':
      return withItems(draft, [...items, ...action.items], [...draft.keys, ...action.items.map(newKey)]);
    case 'remove': {
      const keep = draft.keys.map((key) => key !== action.key);
      return withItems(
        draft,
        items.filter((_, i) => keep[i]),
        draft.keys.filter((_, i) => keep[i]),
      );
    }
    case 'move':
      return withItems(draft, moved(items, action.from, action.to), moved(draft.keys, action.from, action.to));
    case 'moveKey': {
      const from = draft.keys.indexOf(action.key);
      const to = draft.keys.indexOf(action.overKey);
      return from < 0 || to < 0 ? draft : kitReducer(draft, { type: 'move', from, to });
    }
    case 'replaceItem':
      return withItems(
        draft,
        items.map((item, i) => (draft.keys[i] === action.key ? action.item : item)),
        draft.keys,
      );
  }
}

const EDITABLE = ['name', 'event', 'language', 'cover', 'items', 'contactIds', 'output', 'repeat'] as const;

export type KitChanges = Input<'kits.update'>['changes'];

/** The fields of `draft` that differ from `saved`: all that an autosave sends. */
export function changedKitFields(saved: Kit, draft: Kit): KitChanges {
  const changes: Record<string, unknown> = {};
  for (const key of EDITABLE) if (JSON.stringify(saved[key]) !== JSON.stringify(draft[key])) changes[key] = draft[key];
  return changes as KitChanges;
}

export type KitProblem = 'name' | 'startDate' | 'endDate' | 'dates' | 'items';

/** What is wrong with an event's dates: one that is no day, or an end before the start. */
export function eventProblems({ startDate, endDate }: Pick<Kit['event'], 'startDate' | 'endDate'>): Partial<Record<'startDate' | 'endDate' | 'dates', true>> {
  const problems: Partial<Record<'startDate' | 'endDate' | 'dates', true>> = {};
  if (startDate !== null && !IsoDate.safeParse(startDate).success) problems.startDate = true;
  if (endDate !== null && !IsoDate.safeParse(endDate).success) problems.endDate = true;
  if (startDate && endDate && !problems.startDate && !problems.endDate && endDate < startDate) problems.dates = true;
  return problems;
}

/** What main would refuse, or what would print nonsense (an event ending before it starts). */
export function kitProblems(kit: Kit): Partial<Record<KitProblem, true>> {
  const problems: Partial<Record<KitProblem, true>> = eventProblems(kit.event);
  if (!kit.name.trim()) problems.name = true;
  if (kit.items.length === 0) problems.items = true;
  return problems;
}

/** The contacts page and the photos page are there at most once each. */
export function hasPage(kit: Kit, type: 'contacts' | 'photos'): boolean {
  return kit.items.some((item) => item.type === type);
}
