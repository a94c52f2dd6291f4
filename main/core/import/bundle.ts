import { z } from 'zod';
import { UserError, type ErrorParams } from '../errors';
import { Brand, Contact, ImageName, Kit, Release } from '../schema';
import { decodeBase64, encodeBase64 } from './base64';

/**
 * The app's own exchange file, `.presskit.json`: releases, contacts and kits, with the images they
 * use inlined as base64 (the one place images travel inside JSON).
 */
export const BUNDLE_FORMAT = 'presskit-bundle';
export const BUNDLE_VERSION = 1;
/** A JavaScript string holds at most about 512 MB, and a bundle is read as one. */
const MAX_BUNDLE_MB = 400;
export const MAX_BUNDLE_BYTES = MAX_BUNDLE_MB * 1024 * 1024;

export interface BundleImage {
  name: string;
  bytes: Uint8Array;
}

export interface PresskitBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  releases: Release[];
  contacts: Contact[];
  kits: Kit[];
  /** Present in a whole-archive backup; a bundle made for sharing releases may leave it out. */
  brand?: Brand;
  images: BundleImage[];
}

const BundleJson = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  releases: z.array(Release),
  contacts: z.array(Contact),
  kits: z.array(Kit),
  brand: Brand.optional(),
  images: z.array(z.object({ name: ImageName, base64: z.string() })),
});

const IMAGE_SIGNATURES: Record<string, number[]> = { png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], jpg: [0xff, 0xd8, 0xff] };

function pathText(path: readonly PropertyKey[]): string {
  return path.map((key, at) => (typeof key === 'number' ? `[${key}]` : `${at > 0 ? '.' : ''}${String(key)}`)).join('');
}

function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return values.find((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

type Refuse = (code: string, problem: string, params?: ErrorParams) => UserError;

/** Every id and image a bundle refers to must be in it, and ids and references must be unique. */
function integrityProblem(bundle: PresskitBundle, refuse: Refuse): UserError | null {
  const duplicates: string[][] = [
    bundle.releases.map((release) => release.id),
    bundle.releases.map((release) => release.ref),
    bundle.contacts.map((contact) => contact.id),
    bundle.kits.map((kit) => kit.id),
    bundle.images.map((image) => image.name),
  ];
  for (const values of duplicates) {
    const duplicate = firstDuplicate(values);
    if (duplicate !== undefined) return refuse('duplicate', `${duplicate} appears twice in it`, { value: duplicate });
  }
  const releaseIds = new Set(bundle.releases.map((release) => release.id));
  const contactIds = new Set(bundle.contacts.map((contact) => contact.id));
  const imageNames = new Set(bundle.images.map((image) => image.name));
  const references: Array<{ id: string | null; present: Set<string> }> = [
    ...bundle.releases.flatMap((release) => release.contactIds.map((id) => ({ id, present: contactIds }))),
    ...bundle.contacts.map((contact) => ({ id: contact.photo, present: imageNames })),
    ...bundle.kits.flatMap((kit) => [
      ...kit.items.flatMap((item) => (item.type === 'release' ? [{ id: item.releaseId, present: releaseIds }] : [])),
      ...kit.contactIds.map((id) => ({ id, present: contactIds })),
      { id: kit.cover.image, present: imageNames },
    ]),
    { id: bundle.brand?.logo ?? null, present: imageNames },
  ];
  const missing = references.find(({ id, present }) => id !== null && !present.has(id))?.id;
  return missing ? refuse('missing', `it refers to ${missing}, which it does not contain`, { id: missing }) : null;
}

export function isBundleFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.presskit.json');
}

function decodeImage(name: string, base64: string): Uint8Array | null {
  const bytes = decodeBase64(base64);
  const signature = IMAGE_SIGNATURES[name.slice(name.lastIndexOf('.') + 1)] ?? [];
  return bytes && signature.every((byte, at) => bytes[at] === byte) ? bytes : null;
}

function readJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/** What the bundle is read for, which its refusals say: an import (of a named file) or a restore. */
export type BundleUse = { purpose: 'import'; name: string } | { purpose: 'restore' };

function refuser(use: BundleUse): Refuse {
  const subject = use.purpose === 'import' ? `« ${use.name} » cannot be imported` : 'The bundle cannot be restored';
  const file: ErrorParams = use.purpose === 'import' ? { file: use.name } : {};
  return (code, problem, params = {}) =>
    new UserError(`${subject}: ${problem}.`, 'bad-input', { code: `bundle.${code}`, params: { ...params, ...file, context: use.purpose } });
}

/** The refusal of a file larger than MAX_BUNDLE_BYTES, for a reader that checks before reading. */
export function bundleTooLarge(use: BundleUse): UserError {
  return refuser(use)('tooLarge', `it is larger than ${MAX_BUNDLE_MB} MB`, { size: MAX_BUNDLE_MB });
}

/** Reads and checks a bundle. */
export function parseBundle(bytes: Uint8Array, use: BundleUse): PresskitBundle {
  const refuse = refuser(use);
  if (bytes.length > MAX_BUNDLE_BYTES) throw bundleTooLarge(use);
  const json = readJson(bytes);
  const head = z.object({ format: z.literal(BUNDLE_FORMAT), version: z.unknown().optional() }).safeParse(json);
  if (!head.success) throw refuse('notBundle', 'it is not a PressKit Studio bundle');
  const { version } = head.data;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    throw refuse('newer', `it was made by a newer PressKit Studio (bundle version ${version}); update the app to open it`, { version });
  }
  if (version !== BUNDLE_VERSION) {
    const shown = JSON.stringify(version) ?? 'none';
    throw refuse('unknownVersion', `its bundle version (${shown}) is unknown; this app opens version ${BUNDLE_VERSION} bundles`, { version: shown, supported: BUNDLE_VERSION });
  }
  const parsed = BundleJson.safeParse(json);
  if (!parsed.success) {
    const field = pathText(parsed.error.issues[0]?.path ?? []);
    throw refuse('damagedAt', `it is damaged at ${field}`, { field });
  }
  const images = parsed.data.images.map((image) => {
    const imageBytes = decodeImage(image.name, image.base64);
    if (!imageBytes) throw refuse('imageDamaged', `the image ${image.name} is damaged`, { image: image.name });
    return { name: image.name, bytes: imageBytes };
  });
  const bundle: PresskitBundle = { ...parsed.data, images };
  const problem = integrityProblem(bundle, refuse);
  if (problem) throw problem;
  return bundle;
}

/** Pretty, deterministic JSON: keys in schema order, images sorted by name, a final newline. */
export function serializeBundle(bundle: PresskitBundle): Uint8Array {
  const images = [...bundle.images]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((image) => ({ name: image.name, base64: encodeBase64(image.bytes) }));
  const json = BundleJson.parse({ ...bundle, format: BUNDLE_FORMAT, version: BUNDLE_VERSION, images });
  const ordered = { format: json.format, version: json.version, releases: json.releases, contacts: json.contacts, kits: json.kits, brand: json.brand, images: json.images };
  return new TextEncoder().encode(`${JSON.stringify(ordered, null, 2)}\n`);
}
