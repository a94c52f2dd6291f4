/** From the bytes of a store file to valid StoreData: parse, check the version, migrate, validate. */
import { SCHEMA_VERSION, type StoreData } from '../core/schema';
import { repairStore } from '../core/store-repair';
import { UserError } from '../core/errors';
import { migrate, versionOf } from './migrations';

export type Decoded =
  /** `repairs` lists the values set to usable ones (see repairStore); the file itself still holds the old ones. */
  | { kind: 'valid'; data: StoreData; fromVersion: number; repairs: string[] }
  | { kind: 'invalid' };

export function newerVersionError(version: number): UserError {
  return new UserError('store.newer', { version, supported: SCHEMA_VERSION }, 'conflict');
}

/** A file from a newer format is neither valid nor damaged: it is refused with a UserError. */
export function decodeStore(text: string): Decoded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'invalid' };
  }
  const version = versionOf(parsed);
  if (version === undefined) return { kind: 'invalid' };
  if (version > SCHEMA_VERSION) throw newerVersionError(version);
  let migrated: unknown;
  try {
    migrated = migrate(parsed, version);
  } catch {
    return { kind: 'invalid' };
  }
  const result = repairStore(migrated);
  if (!result) return { kind: 'invalid' };
  return { kind: 'valid', data: result.data, fromVersion: version, repairs: result.changes };
}

export function encodeStore(data: StoreData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
