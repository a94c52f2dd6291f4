/**
 * Migrations of the store file, keyed by its format version. Each step knows only what changed between
 * two versions and passes the rest through; the result of the last step is validated by StoreData.
 */
import { z } from 'zod';
import { ContactV1, upgradeContactV1 } from '../core/contact-upgrade';
import { SCHEMA_VERSION, emptyStore } from '../core/schema';

export interface Migration {
  from: number;
  up(data: unknown): unknown;
}

/**
 * Version 0, the pre-release format: `{ version: 0, releases, contacts }`, no brand, settings or kits,
 * and one free-text `phone` per contact instead of a list of labelled `phones`.
 */
const StoreV0 = z.object({
  version: z.literal(0),
  releases: z.array(z.unknown()),
  contacts: z.array(z.looseObject({ phone: z.string().default('') })),
});

function v0ToV1(data: unknown): unknown {
  const v0 = StoreV0.parse(data);
  const { brand, settings } = emptyStore();
  return {
    schemaVersion: 1,
    releases: v0.releases,
    contacts: v0.contacts.map(({ phone, ...contact }) => ({
      ...contact,
      phones: phone.trim() === '' ? [] : [{ label: '', number: phone.trim() }],
    })),
    kits: [],
    brand,
    settings,
  };
}

/** Version 2 changed the contacts alone: their roles per language and their phones in E.164 (core/contact-upgrade.ts). */
const StoreV1 = z.looseObject({
  schemaVersion: z.literal(1),
  settings: z.looseObject({ uiLanguage: z.enum(['fr', 'en']).default('fr') }).default({ uiLanguage: 'fr' }),
  contacts: z.array(ContactV1),
});

function v1ToV2(data: unknown): unknown {
  const v1 = StoreV1.parse(data);
  return { ...v1, schemaVersion: 2, contacts: v1.contacts.map((contact) => upgradeContactV1(contact, v1.settings.uiLanguage)) };
}

/**
 * Version 2 wrote an embargo as an instant alone, printed in the office's zone (`settings.timeZone`);
 * version 3 keeps the zone with it, `{ at, zone }`, so that each release says its own.
 */
const StoreV2 = z.looseObject({
  schemaVersion: z.literal(2),
  releases: z.array(z.looseObject({ embargo: z.string().nullable().default(null) })),
  settings: z.looseObject({ timeZone: z.string().default('Europe/Paris') }).default({ timeZone: 'Europe/Paris' }),
});

function v2ToV3(data: unknown): unknown {
  const v2 = StoreV2.parse(data);
  const zone = v2.settings.timeZone;
  return {
    ...v2,
    schemaVersion: 3,
    releases: v2.releases.map(({ embargo, ...release }) => ({ ...release, embargo: embargo === null ? null : { at: embargo, zone } })),
  };
}

/** Version 4 changed the layout on disk alone (one file per document): the data passes through. */
function v3ToV4(data: unknown): unknown {
  return { ...z.looseObject({ schemaVersion: z.literal(3) }).parse(data), schemaVersion: 4 };
}

export const MIGRATIONS: readonly Migration[] = [
  { from: 0, up: v0ToV1 },
  { from: 1, up: v1ToV2 },
  { from: 2, up: v2ToV3 },
  { from: 3, up: v3ToV4 },
];

/** The format version a parsed file declares (`version` before 1, `schemaVersion` since), if any. */
export function versionOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const declared = 'schemaVersion' in record ? record.schemaVersion : record.version;
  return typeof declared === 'number' && Number.isInteger(declared) && declared >= 0 ? declared : undefined;
}

/** Brings `data` of format `from` up to SCHEMA_VERSION; throws if a step does not apply. */
export function migrate(data: unknown, from: number): unknown {
  let current = data;
  for (let version = from; version < SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS.find((candidate) => candidate.from === version);
    if (!step) throw new Error(`No migration from store format ${version}.`);
    current = step.up(current);
  }
  return current;
}
