import { z } from 'zod';
import { UserError, type ErrorParams, type WordingCode } from '../errors';
import { foldKey } from '../fold-key';
import { Brand, Contact, ImageName, Kit, Release } from '../schema';
import { decodeBase64, encodeBase64 } from './base64';

/**
 * The app's own exchange file, `.presskit.json`: releases, contacts and kits, with the images they
 * use inlined as base64 (the one place images travel inside JSON).
 */
export const BUNDLE_FORMAT = 'presskit-bundle';
export const BUNDLE_VERSION = 1;
/** A JavaScript string holds at most about 512 MB; a bundle with its images stays well below. */
export const MAX_BUNDLE_BYTES = 400 * 1024 * 1024;

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

function firstDuplicate(values: readonly string[], key: (value: string) => string): string | undefined {
  const seen = new Set<string>();
  return values.find((value) => (seen.has(key(value)) ? true : (seen.add(key(value)), false)));
}

type BundleRefusal = Extract<WordingCode, `bundle.${string}`>;

const exact = (value: string): string => value;

/** Every id and image a bundle refers to must be in it, and ids and references must be unique. */
function integrityProblem(bundle: PresskitBundle): { code: BundleRefusal; params: ErrorParams } | null {
  // References and kit names are the user's: unique as the user reads them (foldKey); ids and images exactly.
  const duplicates: Array<[string[], (value: string) => string]> = [
    [bundle.releases.map((release) => release.id), exact],
    [bundle.releases.map((release) => release.ref), foldKey],
    [bundle.contacts.map((contact) => contact.id), exact],
    [bundle.kits.map((kit) => kit.id), exact],
    [bundle.kits.map((kit) => kit.name), foldKey],
    [bundle.images.map((image) => image.name), exact],
  ];
  for (const [values, key] of duplicates) {
    const duplicate = firstDuplicate(values, key);
    if (duplicate !== undefined) return { code: 'bundle.duplicate', params: { value: duplicate } };
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
  const missing = references.find(({ id, present }) => id !== null && !present.has(id));
  return missing ? { code: 'bundle.missing', params: { id: missing.id ?? '' } } : null;
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

/** Reads and checks a bundle; `name` (the file's) goes into the messages. */
export function parseBundle(bytes: Uint8Array, name?: string): PresskitBundle {
  // A named file has its sentences' `_named` variants, which say its name.
  const refusal = (code: BundleRefusal, params: ErrorParams = {}): UserError =>
    new UserError(code, name === undefined ? params : { ...params, file: name, context: 'named' });
  if (bytes.length > MAX_BUNDLE_BYTES) throw refusal('bundle.tooLarge');
  const json = readJson(bytes);
  const head = z.object({ format: z.literal(BUNDLE_FORMAT), version: z.unknown().optional() }).safeParse(json);
  if (!head.success) throw refusal('bundle.notBundle');
  const { version } = head.data;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    throw refusal('bundle.newer', { version });
  }
  if (version !== BUNDLE_VERSION) {
    throw refusal('bundle.unknownVersion', { version: JSON.stringify(version) ?? '–', supported: BUNDLE_VERSION });
  }
  const parsed = BundleJson.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refusal('bundle.invalid', { path: pathText(issue?.path ?? []) });
  }
  const images = parsed.data.images.map((image) => {
    const imageBytes = decodeImage(image.name, image.base64);
    if (!imageBytes) throw refusal('bundle.imageDamaged', { image: image.name });
    return { name: image.name, bytes: imageBytes };
  });
  const bundle: PresskitBundle = { ...parsed.data, images };
  const problem = integrityProblem(bundle);
  if (problem) throw refusal(problem.code, problem.params);
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
