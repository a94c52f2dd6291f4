/**
 * Rolling backups of the store file in `backups/`: a copy of each committed state, pruned to the last
 * KEEP_LAST writes plus the newest copy of each of the last KEEP_DAYS days (UTC days), plus the largest
 * backup. The largest is what makes pruning safe: after the archive was emptied (a restore of an empty
 * bundle, a file replaced by a sync tool), no number of later, smaller writes can prune away the last copy
 * of the old archive. Size stands for content (releases, contacts, kits are almost all of the bytes) and
 * costs a stat, not a read of each backup.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const KEEP_LAST = 10;
export const KEEP_DAYS = 30;
const DAY_MS = 86_400_000;
const ROTATING = /^presskit\.(\d{4}-\d{2}-\d{2})T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/;

/** A file-name-safe, sortable form of an instant: `2026-11-25T09-38-14-123Z`. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export function backupName(at: Date): string {
  return `presskit.${fileStamp(at)}.json`;
}

/** Rotating backups in `names`, newest first (stamps sort as text). */
export function rotatingBackups(names: readonly string[]): string[] {
  return names.filter((name) => ROTATING.test(name)).sort().reverse();
}

/** When a rotating backup was written, for a sentence: `2026-11-24 18:02 UTC`. */
export function describeBackupTime(name: string): string {
  const match = /^presskit\.(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})/.exec(name);
  return match ? `${match[1]} ${match[2]}:${match[3]} UTC` : name;
}

function dayOf(name: string): string {
  return ROTATING.exec(name)?.[1] ?? '';
}

/** The newest of the largest backups in `newestFirst`, by `sizes`. */
function newestLargest(newestFirst: readonly string[], sizes: ReadonlyMap<string, number>): string[] {
  let best: string[] = [];
  let bestSize = -1;
  for (const name of newestFirst) {
    const size = sizes.get(name) ?? -1;
    if (size > bestSize) [best, bestSize] = [[name], size];
  }
  return best;
}

/** The rotating backups to keep; `protect` (the one just written) is always kept. */
export function backupsToKeep(names: readonly string[], now: Date, protect: string, sizes: ReadonlyMap<string, number> = new Map()): Set<string> {
  const newestFirst = rotatingBackups(names);
  const keep = new Set<string>([protect, ...newestFirst.slice(0, KEEP_LAST), ...newestLargest(newestFirst, sizes)]);
  const firstDay = new Date(now.getTime() - (KEEP_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const daysSeen = new Set<string>();
  for (const name of newestFirst) {
    const day = dayOf(name);
    if (day >= firstDay && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(name);
    }
  }
  return keep;
}

export async function listBackups(backupsDir: string): Promise<string[]> {
  try {
    return rotatingBackups(await readdir(backupsDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Writes `text` durably as `backups/<name>` and returns the name. */
export async function writeBackup(backupsDir: string, name: string, text: string): Promise<string> {
  await mkdir(backupsDir, { recursive: true });
  await writeFileAtomic(join(backupsDir, name), text);
  return name;
}

export async function pruneBackups(backupsDir: string, now: Date, protect: string): Promise<void> {
  const names = await listBackups(backupsDir);
  const sizes = new Map(await Promise.all(names.map(async (name) => [name, (await stat(join(backupsDir, name))).size] as const)));
  const keep = backupsToKeep(names, now, protect, sizes);
  await Promise.all(names.filter((name) => !keep.has(name)).map((name) => rm(join(backupsDir, name), { force: true })));
}
