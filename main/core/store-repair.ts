/**
 * Earlier versions let into the archive values the typesetter cannot print: a day that does not exist
 * (2019-02-30) or a time zone that does not (Mars/Olympus), for the office or an embargo. The schemas now refuse them, but a store file
 * holding one is not damaged: treating it so would set the whole archive aside for one date. Each such value
 * is set to the nearest usable one instead (the month's last day, the default zone), and said.
 */
import { nearestRealDay } from './dates';
import { Settings, StoreData } from './schema';

export interface RepairedStore {
  data: StoreData;
  /** What was changed, one entry per value: `CP709-2019 (2019-02-30 → 2019-02-28)`. */
  changes: string[];
}

type Path = readonly PropertyKey[];

const DAY_FIELDS: ReadonlySet<PropertyKey> = new Set(['date', 'startDate', 'endDate']);
const DEFAULT_TIME_ZONE = Settings.parse({}).timeZone;

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
}

/** The nearest usable value for the one at `path`, if it is one of the values above. */
function usableValue(path: Path, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = path.at(-1);
  if (key === 'timeZone' && path.length === 2 && path[0] === 'settings') return DEFAULT_TIME_ZONE;
  // The upgrade to zoned embargoes gave each the office's zone, unusable as it may have been.
  if (key === 'zone' && path[0] === 'releases' && path[2] === 'embargo') return DEFAULT_TIME_ZONE;
  if (key !== undefined && DAY_FIELDS.has(key) && (path[0] === 'releases' || path[0] === 'kits')) return nearestRealDay(value);
  return undefined;
}

/** The release's reference or the kit's name the value belongs to, else its field. */
function ownerOf(root: unknown, path: Path): string {
  const owner = path[0] === 'releases' ? at(root, [...path.slice(0, 2), 'ref']) : path[0] === 'kits' ? at(root, [...path.slice(0, 2), 'name']) : undefined;
  return typeof owner === 'string' ? owner : path.join('.');
}

/** `raw` as StoreData, those values repaired; undefined when anything else is wrong with it. */
export function repairStore(raw: unknown): RepairedStore | undefined {
  const checked = StoreData.safeParse(raw);
  if (checked.success) return { data: checked.data, changes: [] };
  const draft = structuredClone(raw);
  const changes: string[] = [];
  for (const { path } of checked.error.issues) {
    const parent = at(draft, path.slice(0, -1));
    const value = at(draft, path);
    const usable = usableValue(path, value);
    if (usable === undefined || parent === null || typeof parent !== 'object') return undefined;
    (parent as Record<PropertyKey, unknown>)[path.at(-1) as PropertyKey] = usable;
    changes.push(`${ownerOf(draft, path)} (${String(value)} → ${usable})`);
  }
  const repaired = StoreData.safeParse(draft);
  return repaired.success ? { data: repaired.data, changes } : undefined;
}
