/**
 * The lowdb adapter for `presskit.json`: reads with validation, migration and recovery from backups;
 * writes durably and keeps the rolling backups. `read` and `write` expect the caller to hold the folder's
 * lock; `peek` does not (a rename never exposes a half-written file).
 */
import type { BigIntStats } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Adapter } from 'lowdb';
import { SCHEMA_VERSION, emptyStore, type StoreData } from '../core/schema';
import { isUserError, type ErrorParams, type WordingCode } from '../core/errors';
import { writeFileAtomic } from './atomic-write';
import { backupName, describeBackupTime, fileStamp, listBackups, pruneBackups, writeBackup } from './backups';
import { decodeStore, encodeStore } from './decode';
import { deepFreeze } from './deep-freeze';

export const STORE_FILE_NAME = 'presskit.json';

type Loaded =
  | { kind: 'current'; data: StoreData }
  | { kind: 'missing' }
  | { kind: 'damaged'; bytes: Buffer }
  | { kind: 'old'; text: string; data: StoreData; fromVersion: number }
  /** Values it cannot print were set to usable ones (see repairStore): the file itself still holds the old ones. */
  | { kind: 'repaired'; text: string; data: StoreData; repairs: string[] };

interface Snapshot {
  /** Changes with every replacement of the file (a rename brings a new inode). */
  key: string;
  bytes: Buffer;
  text: string;
}

function keyFrom(info: BigIntStats): string {
  return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

/** The key of the file now at `file`, without reading it; undefined when there is none. */
async function currentKey(file: string): Promise<string | undefined> {
  try {
    return keyFrom(await stat(file, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readSnapshot(file: string): Promise<Snapshot | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const info = await handle.stat({ bigint: true });
    const bytes = await handle.readFile();
    return { key: keyFrom(info), bytes, text: bytes.toString('utf8') };
  } finally {
    await handle.close();
  }
}

export class StoreFile implements Adapter<StoreData> {
  readonly file: string;
  readonly backupsDir: string;
  private cached: { key: string; data: StoreData } | undefined;

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date,
    private readonly notify: (code: WordingCode, params: ErrorParams) => void,
  ) {
    this.file = join(dataDir, STORE_FILE_NAME);
    this.backupsDir = join(dataDir, 'backups');
  }

  /** The committed state if the file is present, current and valid; 'repair' if it needs a locked read. */
  async peek(): Promise<StoreData | 'repair'> {
    const loaded = await this.load();
    return loaded.kind === 'current' ? loaded.data : 'repair';
  }

  /** What `read` would return, without writing anything: for a folder that cannot be written. */
  async view(): Promise<StoreData> {
    const loaded = await this.load();
    if (loaded.kind === 'current' || loaded.kind === 'old' || loaded.kind === 'repaired') return loaded.data;
    return (await this.newestValidBackup())?.data ?? emptyStore();
  }

  async read(): Promise<StoreData> {
    const loaded = await this.load();
    switch (loaded.kind) {
      case 'current':
        return loaded.data;
      case 'missing':
        return this.restoreMissing();
      case 'damaged':
        return this.recover(loaded.bytes);
      case 'old':
        await this.upgrade(loaded.text, loaded.data, loaded.fromVersion);
        return loaded.data;
      case 'repaired':
        await this.saveRepaired(loaded.text, loaded.data, loaded.repairs);
        return loaded.data;
    }
  }

  /** The file as it is now, decoded; a current one is cached. */
  private async load(): Promise<Loaded> {
    const unchanged = await this.unchanged();
    if (unchanged) return { kind: 'current', data: unchanged };
    const snapshot = await readSnapshot(this.file);
    if (!snapshot) return { kind: 'missing' };
    if (this.cached?.key === snapshot.key) return { kind: 'current', data: this.cached.data };
    const decoded = decodeStore(snapshot.text);
    if (decoded.kind === 'invalid') return { kind: 'damaged', bytes: snapshot.bytes };
    if (decoded.fromVersion < SCHEMA_VERSION) return { kind: 'old', text: snapshot.text, data: decoded.data, fromVersion: decoded.fromVersion };
    if (decoded.repairs.length > 0) return { kind: 'repaired', text: snapshot.text, data: decoded.data, repairs: decoded.repairs };
    return { kind: 'current', data: this.cache(snapshot.key, decoded.data) };
  }

  /** The cached state while the file is still the one it was read from: reading 20 MB again would only confirm it. */
  private async unchanged(): Promise<StoreData | undefined> {
    const cached = this.cached;
    return cached && cached.key === (await currentKey(this.file)) ? cached.data : undefined;
  }

  /** Every reader shares the cached state, so it is frozen (see deepFreeze). */
  private cache(key: string, data: StoreData): StoreData {
    this.cached = { key, data: deepFreeze(data) };
    return data;
  }

  async write(data: StoreData): Promise<void> {
    const text = await this.commit(data);
    const at = this.now();
    // The change is saved at this point: a backup that cannot be written is reported, not thrown.
    try {
      const name = await writeBackup(this.backupsDir, backupName(at), text);
      await pruneBackups(this.backupsDir, at, name);
    } catch {
      this.notify('store.backupFailed', { folder: this.backupsDir });
    }
  }

  private async commit(data: StoreData): Promise<string> {
    const text = encodeStore(data);
    await writeFileAtomic(this.file, text);
    this.cache(keyFrom(await stat(this.file, { bigint: true })), data);
    return text;
  }

  /** Keeps the old file in backups/, writes the migrated one. */
  private async upgrade(oldText: string, data: StoreData, fromVersion: number): Promise<void> {
    const keptAs = await writeBackup(this.backupsDir, `presskit.v${fromVersion}.${fileStamp(this.now())}.json`, oldText);
    await this.write(data);
    this.notify('store.upgraded', { from: fromVersion, to: SCHEMA_VERSION, file: `backups/${keptAs}` });
  }

  /** Keeps the file as it was in backups/, writes the one with its unprintable values repaired, and says which. */
  private async saveRepaired(oldText: string, data: StoreData, repairs: string[]): Promise<void> {
    const keptAs = `backups/${await writeBackup(this.backupsDir, `presskit.unprintable.${fileStamp(this.now())}.json`, oldText)}`;
    await this.write(data);
    this.notify('store.repaired', { fields: repairs.join(', '), file: keptAs });
  }

  /**
   * A folder without its data file but with backups lost the file (deleted, or a sync tool that dropped
   * it): that is damage, not a new archive, so the newest valid backup comes back. Only a folder that
   * never held anything starts empty.
   */
  private async restoreMissing(): Promise<StoreData> {
    const hadBackups = (await listBackups(this.backupsDir)).length > 0;
    const restored = await this.newestValidBackup();
    if (!restored) {
      const data = emptyStore();
      await this.write(data);
      if (hadBackups) {
        this.notify('store.missingEmpty', {});
      }
      return data;
    }
    await this.commit(restored.data);
    const time = describeBackupTime(restored.name);
    this.notify('store.missingRestored', { time });
    return restored.data;
  }

  /**
   * Keeps the damaged file's bytes aside (never deletes them) and restores the newest valid backup. A copy
   * rather than a rename: a crash in between must not leave the folder without its data file.
   */
  private async recover(damaged: Buffer): Promise<StoreData> {
    const aside = `presskit.corrupt-${fileStamp(this.now())}.json`;
    await writeFileAtomic(join(this.dataDir, aside), damaged);
    const restored = await this.newestValidBackup();
    const data = restored?.data ?? emptyStore();
    await this.commit(data);
    if (restored) {
      const time = describeBackupTime(restored.name);
      this.notify('store.recovered', { file: aside, time });
    } else {
      this.notify('store.recoveredEmpty', { file: aside });
    }
    return data;
  }

  private async newestValidBackup(): Promise<{ name: string; data: StoreData } | undefined> {
    for (const name of await listBackups(this.backupsDir)) {
      try {
        const decoded = decodeStore(await readFile(join(this.backupsDir, name), 'utf8'));
        if (decoded.kind === 'valid') return { name, data: decoded.data };
      } catch (error) {
        // A backup from a newer version, or unreadable: try the next older one.
        if (!isUserError(error) && !(error as NodeJS.ErrnoException).code) throw error;
      }
    }
    return undefined;
  }
}
