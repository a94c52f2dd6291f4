import { z } from 'zod';
import { ContactV1, upgradeContactV1 } from '../contact-upgrade';
import { UserError, type ErrorParams, type WordingCode } from '../errors';
import { withZonedEmbargo } from '../embargo';
import { foldKey } from '../fold-key';
import { figureImages } from '../figures';
import { Brand, Contact, ImageName, Kit, Media, Release } from '../schema';
import { decodeBase64, encodeBase64 } from './base64';
import { jsonMembers } from './json-members';

/**
 * The app's own exchange file, `.presskit.json`: releases, contacts and kits, with the images they
 * use inlined as base64 (the one place images travel inside JSON).
 */
export const BUNDLE_FORMAT = 'presskit-bundle';
export const BUNDLE_VERSION = 2;
/**
 * A whole archive with its photos is gigabytes. The bundle is read into memory (about twice its size at
 * the peak, with its decoded images) but never as one string (see jsonMembers), so the bound is memory.
 */
const MAX_BUNDLE_MB = 2048;
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
  /** The media library's records; a bundle from before the library has none. */
  media?: Media[];
  images: BundleImage[];
}

const ImageJson = z.object({ name: ImageName, base64: z.string() });

const BundleJson = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  releases: z.array(z.preprocess(withZonedEmbargo, Release)),
  contacts: z.array(Contact),
  kits: z.array(Kit),
  brand: Brand.optional(),
  media: z.array(Media).optional(),
  images: z.array(ImageJson),
});

/** All but the images, which are read one at a time (see parseBundle). */
const BundleHead = BundleJson.omit({ images: true });

const IMAGE_SIGNATURES: Record<string, number[]> = { png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], jpg: [0xff, 0xd8, 0xff] };

function pathText(path: readonly PropertyKey[]): string {
  return path.map((key, at) => (typeof key === 'number' ? `[${key}]` : `${at > 0 ? '.' : ''}${String(key)}`)).join('');
}

function firstDuplicate(values: readonly string[], key: (value: string) => string): string | undefined {
  const seen = new Set<string>();
  return values.find((value) => (seen.has(key(value)) ? true : (seen.add(key(value)), false)));
}

type BundleRefusal = Extract<WordingCode, `bundle.${string}`>;
type Refuse = (code: BundleRefusal, params?: ErrorParams) => UserError;

const exact = (value: string): string => value;

/** Every id and image a bundle refers to must be in it, and ids and references must be unique. */
function integrityProblem(bundle: PresskitBundle, refuse: Refuse): UserError | null {
  // References (per language) and kit names are the user's: unique as the user reads them (foldKey); ids and images exactly.
  const duplicates: Array<[string[], (value: string) => string]> = [
    [bundle.releases.map((release) => release.id), exact],
    // A reference is unique per language: a translation shares its source's.
    [bundle.releases.map((release) => `${release.ref} (${release.language})`), foldKey],
    [bundle.contacts.map((contact) => contact.id), exact],
    [bundle.kits.map((kit) => kit.id), exact],
    [bundle.kits.map((kit) => kit.name), foldKey],
    [bundle.images.map((image) => image.name), exact],
    [(bundle.media ?? []).map((media) => media.id), exact],
  ];
  for (const [values, key] of duplicates) {
    const duplicate = firstDuplicate(values, key);
    if (duplicate !== undefined) return refuse('bundle.duplicate', { value: duplicate });
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
    ...bundle.releases.flatMap((release) => figureImages(release.body).map((id) => ({ id, present: imageNames }))),
    ...(bundle.media ?? []).map((media) => ({ id: media.image, present: imageNames })),
  ];
  const missing = references.find(({ id, present }) => id !== null && !present.has(id))?.id;
  return missing ? refuse('bundle.missing', { id: missing }) : null;
}

export function isBundleFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.presskit.json');
}

function decodeImage(name: string, base64: string): Uint8Array | null {
  const bytes = decodeBase64(base64);
  const signature = IMAGE_SIGNATURES[name.slice(name.lastIndexOf('.') + 1)] ?? [];
  return bytes && signature.every((byte, at) => bytes[at] === byte) ? bytes : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The JSON value `bytes` hold, undefined if they hold none (or not UTF-8). */
function readJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    return undefined;
  }
}

/** What the bundle is read for, which its refusals say: an import (of a named file) or a restore. */
export type BundleUse = { purpose: 'import'; name: string } | { purpose: 'restore' };

function refuser(use: BundleUse): Refuse {
  // An import's sentences are the `_import` variants, which name the file; a restore's are the plain ones.
  const file: ErrorParams = use.purpose === 'import' ? { file: use.name, context: 'import' } : {};
  return (code, params = {}) => new UserError(code, { ...params, ...file });
}

/** The refusal of a file larger than MAX_BUNDLE_BYTES, for a reader that checks before reading. */
export function bundleTooLarge(use: BundleUse): UserError {
  return refuser(use)('bundle.tooLarge', { size: MAX_BUNDLE_MB });
}

/** Reads and checks a bundle. */
export function parseBundle(bytes: Uint8Array, use: BundleUse): PresskitBundle {
  const refuse = refuser(use);
  if (bytes.length > MAX_BUNDLE_BYTES) throw bundleTooLarge(use);
  // Member by member, so that no string holds the whole file: a whole archive is larger than a string can be.
  const pieces = jsonMembers(bytes, 'images', (piece) => utf8.decode(piece));
  const members = pieces ? [...pieces.members].map(([key, value]) => [key, readJson(value)] as const) : [];
  const json = Object.fromEntries(members);
  const head = z.object({ format: z.literal(BUNDLE_FORMAT), version: z.unknown().optional() }).safeParse(json);
  if (!pieces || members.some(([, value]) => value === undefined) || !head.success) throw refuse('bundle.notBundle');
  const { version } = head.data;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    throw refuse('bundle.newer', { version });
  }
  if (version !== BUNDLE_VERSION && version !== 1) {
    const shown = JSON.stringify(version) ?? '–';
    throw refuse('bundle.unknownVersion', { version: shown, supported: BUNDLE_VERSION });
  }
  // Version 1 differs in its contacts alone; a bundle carries no interface language, so notes are in French, the default.
  if (version === 1) {
    const oldContacts = z.array(ContactV1).safeParse(json.contacts);
    if (oldContacts.success) json.contacts = oldContacts.data.map((contact) => upgradeContactV1(contact, 'fr'));
    json.version = BUNDLE_VERSION;
  }
  const damagedAt = (path: readonly PropertyKey[]): UserError => {
    return refuse('bundle.damagedAt', { field: pathText(path) });
  };
  const parsed = BundleHead.safeParse(json);
  if (!parsed.success) throw damagedAt(parsed.error.issues[0]?.path ?? []);
  if (!pieces.elements) throw damagedAt(['images']);
  // One image at a time: only its decoded bytes are kept.
  const images = pieces.elements.map((element, index) => {
    const image = ImageJson.safeParse(readJson(element));
    if (!image.success) throw damagedAt(['images', index, ...(image.error.issues[0]?.path ?? [])]);
    const imageBytes = decodeImage(image.data.name, image.data.base64);
    if (!imageBytes) throw refuse('bundle.imageDamaged', { image: image.data.name });
    return { name: image.data.name, bytes: imageBytes };
  });
  const bundle: PresskitBundle = { ...parsed.data, images };
  const problem = integrityProblem(bundle, refuse);
  if (problem) throw problem;
  return bundle;
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Pretty, deterministic JSON: keys in schema order, images sorted by name, a final newline. Written image
 * by image, as the same bytes JSON.stringify(…, null, 2) would give: a whole archive is larger than one
 * string can be.
 */
export function serializeBundle(bundle: PresskitBundle): Uint8Array {
  const head = BundleHead.parse({ ...bundle, format: BUNDLE_FORMAT, version: BUNDLE_VERSION });
  const ordered = { format: head.format, version: head.version, releases: head.releases, contacts: head.contacts, kits: head.kits, brand: head.brand, media: head.media, images: [] };
  const text = JSON.stringify(ordered, null, 2);
  const encoder = new TextEncoder();
  const images = [...bundle.images].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (images.length === 0) return encoder.encode(`${text}\n`);
  const elements = images.map((image, index) => {
    const json = JSON.stringify(ImageJson.parse({ name: image.name, base64: encodeBase64(image.bytes) }), null, 2);
    return encoder.encode(`${index > 0 ? ',\n' : ''}${json.replace(/^/gmu, '    ')}`);
  });
  // The text ends with `"images": []` and the closing brace: the elements go between the brackets.
  return concatBytes([encoder.encode(`${text.slice(0, -'[]\n}'.length)}[\n`), ...elements, encoder.encode('\n  ]\n}\n')]);
}
