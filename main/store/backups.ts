/**
 * The rotating backups of the store file of formats 0 to 3 (`backups/presskit.<time>.json`): read when a
 * folder of those formats is split into documents and its file is damaged or missing. Format 4 backs up
 * each document instead (doc-files.ts).
 */
import { readdir } from 'node:fs/promises';

const ROTATING = /^presskit\.(\d{4}-\d{2}-\d{2})T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/;

/** A file-name-safe, sortable form of an instant: `2026-11-25T09-38-14-123Z`. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** When a rotating backup was written, for a sentence: `2026-11-24 18:02 UTC`. */
export function describeBackupTime(name: string): string {
  const match = /^presskit\.(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})/.exec(name);
  return match ? `${match[1]} ${match[2]}:${match[3]} UTC` : name;
}

/** The rotating backups in `backupsDir`, newest first (stamps sort as text). */
export async function listBackups(backupsDir: string): Promise<string[]> {
  try {
    return (await readdir(backupsDir)).filter((name) => ROTATING.test(name)).sort().reverse();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
