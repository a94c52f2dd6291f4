/** From the bytes of a store file to valid StoreData: parse, check the version, migrate, validate. */
import { SCHEMA_VERSION, StoreData } from '../core/schema';
import { UserError } from '../core/errors';
import { migrate, versionOf } from './migrations';

export type Decoded =
  | { kind: 'valid'; data: StoreData; fromVersion: number }
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
  const result = StoreData.safeParse(migrated);
  if (!result.success) return { kind: 'invalid' };
  return { kind: 'valid', data: result.data, fromVersion: version };
}

export function encodeStore(data: StoreData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
