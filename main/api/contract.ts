/**
 * The one API between the studio (renderer) and main. Every transport (Electron IPC, the CLI, the
 * browser test transport) calls the same handlers through these channels, and every payload is
 * validated against these schemas at the boundary.
 */
import { z } from 'zod';
import { Brand, Contact, HistoryEntry, ReleaseContent, Id, ImageName, IsoDate, Kit, KitRepeat, Media, MediaText, OutputOptions, Phone, Release, ReleaseStatus, Settings } from '../core/schema';
import { Language } from '../core/language';
import { MAX_FIGURES_PER_FILE } from '../core/import/figure-pictures';
import type { ErrorParams, WordingCode } from '../core/errors';

const ById = z.object({ id: Id }).strict();
/** Set when the user confirmed that a release still marked untranslated may go out (export, kit) as it is. */
const AllowUntranslated = z.boolean().optional();
const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes');
const Ref = z.string().trim().min(1).max(40);

export const ReleaseSummary = Release.pick({
  id: true,
  ref: true,
  language: true,
  date: true,
  title: true,
  status: true,
  event: true,
  tags: true,
  embargo: true,
  translationGroup: true,
  untranslated: true,
  updatedAt: true,
});
export type ReleaseSummary = z.infer<typeof ReleaseSummary>;

/**
 * What to do with a communiqué whose reference is already filed in its language: file it under the next
 * free number, under a reference the user typed (free, and of the brand's pattern), as the version in
 * another language of the one filed, or skip it. Without a choice such an import is refused (`import.clash`,
 * naming the file and its index in the request), for the caller to ask.
 */
export const ClashChoice = z.union([z.enum(['next', 'skip']), z.object({ as: Ref }).strict(), z.object({ language: Language }).strict()]);
export type ClashChoice = z.infer<typeof ClashChoice>;

/**
 * A file handed to the importer: its name and its bytes; with a markdown communiqué, the pictures it shows
 * that the transport found beside it (`path` as figureFiles gives it). The handler reads no file itself.
 */
export const ImportFile = z.object({
  name: z.string().min(1).max(255),
  bytes: Bytes,
  images: z.array(z.object({ path: z.string().min(1).max(1024), bytes: Bytes }).strict()).max(MAX_FIGURES_PER_FILE).optional(),
  /** This file's clash choice, over the request's. */
  onClash: ClashChoice.optional(),
});
/** Something an import left out, said as a refusal is (its English sentence, its code and values). */
export const ImportWarning = z.object({
  message: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/** Files per import request; the command line sends a longer list in batches of this many. */
export const MAX_IMPORT_FILES = 100;

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type ChangesShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };

/**
 * The fields of `schema` as optional changes. zod's .partial() keeps each field's default, so a change that
 * leaves a field out would reset it; here a missing field stays missing and the stored value is kept.
 */
function changesOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodObject<ChangesShape<S>, z.core.$strict> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape as unknown as Record<string, z.ZodType>).map(([key, field]) => [key, (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional()]),
  );
  return z.object(shape).strict() as unknown as z.ZodObject<ChangesShape<S>, z.core.$strict>;
}

/** What the editor may change in a release; ids, creation time and history are the store's. */
const PreviewOutput = z.object({ bytes: Bytes, pages: z.number().int(), pageKeys: z.array(z.string()).optional() });

export const ReleaseChanges = changesOf(ReleaseContent.extend({ status: Release.shape.status }));
export type ReleaseChanges = z.infer<typeof ReleaseChanges>;

/** A phone as typed in the studio or the CLI: the handler stores it in E.164, or refuses it in a sentence. */
export const TypedPhone = Phone.extend({ number: z.string().min(1).max(60) });
export const ContactFields = Contact.omit({ id: true }).extend({ phones: z.array(TypedPhone).default([]) }).strict();
export const KitChanges = changesOf(Kit.pick({ name: true, event: true, language: true, cover: true, items: true, contactIds: true, output: true, repeat: true }));
/** A file's own name, suggested to the user: no folders, nothing a file system refuses. */
const FileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (name) => name !== '.' && name !== '..' && !/[/\\:*?"<>|]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 0x20),
    'a file name without folders or the characters / \\ : * ? " < > |',
  );

/** Chosen by the caller of a long export, to follow its progress and cancel it. */
const JobId = z.string().min(1).max(64);

/** What `--report` prints: how well the text was set. */
export const LayoutReport = z.object({
  pages: z.number().int(),
  lines: z.number().int(),
  hyphenatedLines: z.number().int(),
  overfullLines: z.number().int(),
  widows: z.number().int(),
  orphans: z.number().int(),
  meanStretch: z.number(),
  maxStretch: z.number(),
  looseLines: z.number().int(),
  justifiedLines: z.number().int(),
  fonts: z.array(z.string()),
});
/** Something the user should know about an export that still went ahead: a sentence of the wording, its values and its English words. */
export const ExportWarning = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), message: z.string() });
export type ExportWarning = z.infer<typeof ExportWarning>;
const Exported = z.object({ bytes: Bytes, report: LayoutReport, warnings: z.array(ExportWarning) });
export const ReleaseQuery = z
  .object({
    query: z.string().max(200).optional(),
    status: ReleaseStatus.optional(),
    language: Language.optional(),
    year: z.number().int().min(1900).max(2200).optional(),
    event: z.string().max(200).optional(),
    /** Only the releases under an embargo (true), or only those without one (false). */
    embargoed: z.boolean().optional(),
  })
  .strict();
export type ReleaseQuery = z.infer<typeof ReleaseQuery>;
const Empty = z.object({}).strict();

/** A word the dictionary does not know, where it is in the release, and what it might be instead. */
export const SpellingSpot = z.object({
  where: z.string(),
  word: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  suggestions: z.array(z.string()),
});
export type SpellingSpot = z.infer<typeof SpellingSpot>;
/** A release's unknown words, named as a reader knows it (for a kit's check, release by release). */
export const ReleaseSpelling = z.object({ id: Id, ref: z.string(), language: Language, title: z.string(), unknown: z.array(SpellingSpot) });
export type ReleaseSpelling = z.infer<typeof ReleaseSpelling>;
const OfficeWord = z.string().trim().min(1).max(100);
/** A zip, its file name, and the names of the files inside, in order. */
const Pack = z.object({ bytes: Bytes, name: z.string(), files: z.array(z.string()) });
/** A photo of the library with the references of the releases that show it. */
export const MediaEntry = Media.extend({ usedBy: z.array(z.string()) });
export type MediaEntry = z.infer<typeof MediaEntry>;
/** What the studio may change in a photo: its words (per language, each field on its own), date and people. */
export const MediaChanges = z
  .object({
    text: z.partialRecord(Language, changesOf(MediaText)).optional(),
    date: IsoDate.nullable().optional(),
    people: z.array(z.string().max(200)).max(100).optional(),
  })
  .strict();
export type MediaChanges = z.infer<typeof MediaChanges>;
/** A release by its reference, in one language when given (the fr/en/ru versions may share one). */
const RefIn = { ref: Ref, language: Language.optional() };
/** A revision of the history as listed: everything but its snapshot. */
export const RevisionSummary = HistoryEntry.omit({ id: true, releaseId: true, snapshot: true });
export type RevisionSummary = z.infer<typeof RevisionSummary>;
const RevisionNumber = z.number().int().positive();
/** A stored document's revision, `<n>-<sha256>` (main/store/documents.ts). */
const DocRev = z.string().regex(/^[1-9]\d*-[0-9a-f]{64}$/u);

/** One side of a comparison: a revision's number, the last approval, or the release as it is now. */
export const RevisionPoint = z.union([RevisionNumber, z.literal('approved'), z.literal('current')]);
export type RevisionPoint = z.infer<typeof RevisionPoint>;
const DiffPart = z.object({ text: z.string(), change: z.enum(['added', 'removed']).optional() });
export const BlockDiff = z.object({
  field: z.enum(['title', 'subtitle', 'lead', 'kind', 'place', 'date', 'embargo', 'event', 'tags', 'body']),
  index: z.number().int().positive().optional(),
  change: z.enum(['added', 'removed', 'changed']),
  parts: z.array(DiffPart),
});
export type BlockDiff = z.infer<typeof BlockDiff>;
/** Leaves the draft watermark off a release or kit that is not approved (an explicit choice of the user). */
const Watermark = z.boolean().optional();

export const contract = {
  /** The archive, newest first; `query` matches reference, title, subtitle, lead, body and tags, ignoring case and accents. */
  'releases.list': { input: ReleaseQuery, output: z.array(ReleaseSummary) },
  /** A release by reference; `language` picks the version when the reference is filed in several languages. */
  'releases.get': { input: z.object({ ref: Ref, language: Language.optional() }).strict(), output: Release },
  'releases.import': {
    input: z
      .object({ files: z.array(ImportFile).min(1).max(MAX_IMPORT_FILES), ref: Ref.optional(), language: Language.optional(), onClash: ClashChoice.optional() })
      .strict(),
    output: z.object({
      refs: z.array(z.string()),
      contactsAdded: z.number().int(),
      contactsMerged: z.number().int(),
      /** Only when something was left out: a figure whose picture could not be had. */
      warnings: z.array(ImportWarning).optional(),
      /** Only when the user chose to skip a clashing file: each file and the reference it clashed on. */
      skipped: z.array(z.object({ file: z.string(), ref: z.string() })).optional(),
    }),
  },
  'releases.delete': { input: z.object({ ref: Ref, language: Language.optional() }).strict(), output: Release },
  'releases.restore': { input: z.object({ release: Release }).strict(), output: z.object({ ref: z.string() }) },
  'releases.setStatus': { input: z.object({ ref: Ref, language: Language.optional(), status: ReleaseStatus }).strict(), output: Release },
  /**
   * A new release under a provisional reference (`Provisional 2026-001`), or, given a title, the next
   * official one unless the brand numbers on approval.
   */
  'releases.create': { input: z.object({ language: Language.optional(), title: z.string().trim().min(1).max(500).optional() }).strict(), output: Release },
  /** The editor left a new release untouched (provisional, no title, no text): it is removed, leaving no gap. */
  'releases.discardUntouched': { input: ById, output: z.object({ discarded: z.boolean() }) },
  /** Saved with a title, a provisional release takes the next official number (with its other versions), unless the brand numbers on approval. */
  /**
   * With `rev` (the one it was read at), refused with store.stale if another writer saved the release since.
   * With `base` (the values the changed fields had when the editor read them), refused with store.stale only
   * if another writer changed one of those fields since: a change to another field (a status set from the
   * CLI while the text is edited in the studio) is kept, and no field is overwritten unseen.
   */
  'releases.update': { input: z.object({ id: Id, changes: ReleaseChanges, rev: DocRev.optional(), base: ReleaseChanges.optional() }).strict(), output: Release },
  /** A copy under a new reference. */
  'releases.duplicate': { input: ById, output: Release },
  /**
   * The version of a release in another language: the same reference and translation group, its text a copy
   * of the source's, marked untranslated until each block is edited or `releases.markTranslated` says it is done.
   */
  'releases.translate': { input: z.object({ id: Id, language: Language }).strict(), output: Release },
  'releases.markTranslated': { input: ById, output: Release },
  /** Approves the release as it is: a revision that keeps its content, who approved it and the hash of its PDF. */
  'releases.approve': { input: z.object({ ...RefIn, by: z.string().trim().min(1).max(200).optional() }).strict(), output: RevisionSummary },
  /** The release's revisions, oldest first. */
  'releases.history': { input: z.object(RefIn).strict(), output: z.array(RevisionSummary) },
  /** What changed, word by word and block by block; `from` is by default the last approval, else the latest revision. */
  'releases.diff': {
    input: z.object({ ...RefIn, from: RevisionPoint.optional(), to: RevisionPoint.optional() }).strict(),
    output: z.object({ from: z.union([RevisionNumber, z.null()]), to: z.union([RevisionNumber, z.literal('current')]), blocks: z.array(BlockDiff) }),
  },
  /** Brings a revision's content back as a new revision (the reference and language stay). */
  'releases.restoreRevision': { input: z.object({ ...RefIn, n: RevisionNumber }).strict(), output: Release },
  /** A revision as its PDF, marked as a draft unless it was approved. */
  'releases.revisionPdf': { input: z.object({ ...RefIn, n: RevisionNumber }).strict(), output: z.object({ bytes: Bytes, pages: z.number().int() }) },
  /** The editor was left: what its session changed becomes a revision (none if nothing changed). */
  'releases.closeSession': { input: ById, output: z.object({ n: z.union([RevisionNumber, z.null()]) }) },
  'contacts.list': { input: Empty, output: z.array(Contact) },
  'contacts.create': { input: z.object({ contact: ContactFields }).strict(), output: Contact },
  'contacts.update': { input: z.object({ id: Id, changes: changesOf(ContactFields) }).strict(), output: Contact },
  'contacts.delete': { input: ById, output: Contact },
  'kits.list': { input: Empty, output: z.array(Kit) },
  'kits.create': {
    input: z
      .object({
        name: z.string().trim().min(1).max(200),
        /** A reference, or a reference and the language of the version meant (a translation shares its source's reference). */
        refs: z.array(z.union([Ref, z.object({ ref: Ref, language: Language }).strict()])).min(1).max(1000),
        language: Language.optional(),
        output: changesOf(OutputOptions).optional(),
        /** The event's own name (by default the kit's), place and dates (by default none): never the releases'. */
        event: changesOf(Kit.shape.event).optional(),
        /** What each release prints again (by default neither: the kit prints them once). */
        repeat: changesOf(KitRepeat).optional(),
        allowUntranslated: AllowUntranslated,
      })
      .strict(),
    output: Kit,
  },
  /** `allowUntranslated` is needed to add a release still marked untranslated. */
  'kits.update': { input: z.object({ id: Id, changes: KitChanges, allowUntranslated: AllowUntranslated }).strict(), output: Kit },
  'kits.delete': { input: ById, output: Kit },
  'brand.get': { input: Empty, output: Brand },
  'brand.update': { input: z.object({ changes: changesOf(Brand) }).strict(), output: Brand },
  'settings.get': { input: Empty, output: Settings },
  'settings.update': { input: z.object({ changes: changesOf(Settings) }).strict(), output: Settings },
  /** Stores a logo or photo (PNG or JPEG) and returns its name, to be set on the brand or a contact. */
  'images.save': { input: z.object({ bytes: Bytes }).strict(), output: z.object({ name: z.string() }) },
  /** A stored logo or photo, to show it. */
  'images.get': { input: z.object({ name: ImageName }).strict(), output: z.object({ bytes: Bytes }) },
  /**
   * Adds a photo to the library, its file kept byte for byte; caption, credit, date and people are read
   * from the file's IPTC/XMP/EXIF into `language` (else the interface's). A photo already there is returned as it is.
   */
  'media.add': {
    input: z.object({ bytes: Bytes, fileName: z.string().max(255), language: Language.optional() }).strict(),
    output: MediaEntry,
  },
  /** The library, newest first, with where each photo is used. */
  'media.list': { input: Empty, output: z.array(MediaEntry) },
  'media.update': { input: z.object({ id: Id, changes: MediaChanges }).strict(), output: MediaEntry },
  /** Refused while a release shows the photo. */
  'media.delete': { input: ById, output: Media },
  'bundle.export': { input: Empty, output: z.object({ bytes: Bytes, counts: z.object({ releases: z.number(), contacts: z.number(), kits: z.number(), images: z.number() }) }) },
  'bundle.restore': {
    input: z.object({ bytes: Bytes }).strict(),
    output: z.object({ releases: z.number(), contacts: z.number(), kits: z.number(), images: z.number() }),
  },
  /**
   * The live preview: the exported PDF itself, typeset from the editor's current (possibly unsaved) release,
   * with a key per page that changes only when the page does (the preview repaints only those).
   */
  'preview.render': {
    input: z.object({ release: Release, options: changesOf(OutputOptions).optional() }).strict(),
    output: PreviewOutput,
  },
  /** The live preview of a kit being assembled (unsaved), as the export will print it. */
  'preview.kit': {
    input: z.object({ kit: Kit }).strict(),
    output: PreviewOutput,
  },
  /** Refused for a release still marked untranslated, unless `allowUntranslated`. */
  'export.release': {
    input: z.object({ ref: Ref, language: Language.optional(), options: changesOf(OutputOptions).optional(), watermark: Watermark, jobId: JobId.optional(), allowUntranslated: AllowUntranslated }).strict(),
    output: Exported,
  },
  /** A whole press kit; options override the kit's own output options. Refused while it holds an untranslated release, unless `allowUntranslated`. */
  'export.kit': {
    input: z.object({ id: Id, options: changesOf(OutputOptions).optional(), watermark: Watermark, jobId: JobId.optional(), allowUntranslated: AllowUntranslated }).strict(),
    output: Exported,
  },
  /** Business cards (85 x 55 mm) with a vCard QR code each: all contacts, or those with the given e-mails. */
  'export.cards': {
    input: z
      .object({ emails: z.array(z.string()).max(1000).optional(), language: Language.optional(), options: changesOf(OutputOptions).optional(), jobId: JobId.optional() })
      .strict(),
    output: Exported,
  },
  /** How far the export started with `jobId` has got; null once it is over (or was never started). */
  'export.progress': {
    input: z.object({ jobId: JobId }).strict(),
    output: z.object({ phase: z.enum(['layout', 'paint']), done: z.number().int(), total: z.number().int() }).nullable(),
  },
  'export.cancel': { input: z.object({ jobId: JobId }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /**
   * The contacts' vCards as one .vcf text; all contacts, or those with the given e-mails. 3.0 unless
   * `version` is 4; TITLE in `language` (the interface's by default); each photo as a small JPEG.
   */
  'export.vcard': {
    input: z
      .object({ emails: z.array(z.string()).max(1000).optional(), version: z.union([z.literal(3), z.literal(4)]).optional(), language: Language.optional() })
      .strict(),
    output: z.object({ text: z.string(), count: z.number().int() }),
  },
  /** Provided by the transport: the desktop app asks where to save; studio:web saves into the data folder's exports/. */
  'files.save': { input: z.object({ name: FileName, bytes: Bytes }).strict(), output: z.object({ saved: z.boolean(), location: z.string() }) },
  /**
   * Provided by the transport: hands a PDF to the system for printing. `printDialog` says what the user
   * did in the system's print dialog; without it, `opened` says whether the PDF opened in the system's viewer.
   * `name` is only a suggestion: the desktop shell prints only bytes that are a PDF, under a name of its own.
   */
  'files.print': {
    input: z.object({ name: FileName, bytes: Bytes }).strict(),
    output: z.object({ opened: z.boolean(), printDialog: z.enum(['printed', 'cancelled']).optional() }),
  },
  /** The journalist pack of a release: its PDF, mail text and HTML, photos as their originals with captions, vCards. */
  'pack.release': { input: z.object({ ...RefIn, jobId: JobId.optional() }).strict(), output: Pack },
  /** A kit's pack: the kit's PDF, then each release's PDF, text and HTML; every photo; every contact. */
  'pack.kit': { input: z.object({ id: Id, jobId: JobId.optional() }).strict(), output: Pack },
  /** The unknown words of a release in its language; suggestions only when asked (French takes up to a second a word), and none for names. */
  'spell.release': {
    input: z.object({ ...RefIn, suggest: z.boolean().optional() }).strict(),
    output: ReleaseSpelling,
  },
  /** The unknown words of every release of a kit, each in its own language, without suggestions: only the releases with some, in the kit's order. */
  'spell.kit': { input: ById, output: z.array(ReleaseSpelling) },
  /**
   * The unknown words of texts being typed (the editor's paragraphs), each as start and end offsets;
   * with `releaseId`, less the words that release ignores.
   */
  'spell.texts': {
    input: z.object({ language: Language, texts: z.array(z.string().max(100_000)).max(2000), releaseId: Id.optional() }).strict(),
    output: z.array(z.array(z.object({ word: z.string(), start: z.number().int(), end: z.number().int() }))),
  },
  /** Leaves a word as it is in one release, for good: no check of that release flags it again. Gives the words it ignores. */
  'spell.ignore': { input: z.object({ id: Id, word: OfficeWord }).strict(), output: z.array(z.string()) },
  'spell.suggest': { input: z.object({ language: Language, word: z.string().min(1).max(100) }).strict(), output: z.array(z.string()) },
  'dictionary.list': { input: Empty, output: z.array(z.string()) },
  'dictionary.add': { input: z.object({ word: OfficeWord }).strict(), output: z.array(z.string()) },
  'dictionary.remove': { input: z.object({ word: OfficeWord }).strict(), output: z.array(z.string()) },
  'demo.seed': { input: Empty, output: z.object({ seeded: z.boolean(), refs: z.array(z.string()) }) },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/**
 * What main tells the studio unasked, each with its payload's schema. A transport only delivers them;
 * the client checks each payload against its schema before any listener sees it.
 */
export const events = {
  /**
   * Files the desktop app was asked to import (File › Import…, files opened with the app), read by main with
   * a Markdown communiqué's pictures from its folder: the studio imports them as it imports a drop, asking
   * about each clash.
   */
  'import.files': z.object({ files: z.array(ImportFile.omit({ onClash: true }).strict()).min(1).max(MAX_IMPORT_FILES) }).strict(),
} as const satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
/** How a transport hands the client each payload main sends under `event`. */
export type Listen = (event: EventName, deliver: (payload: unknown) => void) => void;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

/** The handlers' side: one async function per channel. */
export type Api = { [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<Output<C>> };

/** What crosses a transport: a value, or an error a press officer can read. */
export interface EnvelopeError {
  kind: string;
  message: string;
  /** Which sentence it is, and its values, for the studio to say it in the interface's language. */
  code?: WordingCode;
  params?: ErrorParams;
}
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: EnvelopeError };

type Group<C> = C extends `${infer G}.${string}` ? G : never;
type Method<C, G extends string> = C extends `${G}.${infer M}` ? M : never;

/** Listens to one of main's events; returns the function that stops listening. */
export type EventClient = { on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void };

/** The renderer's side: `presskit.releases.list({})`, generated from the channel names, and `presskit.events.on(…)`. */
export type ApiClient = {
  [G in Group<Channel>]: { [M in Method<Channel, G>]: (input: Input<`${G}.${M}` & Channel>) => Promise<Output<`${G}.${M}` & Channel>> };
} & { readonly events: EventClient };

/**
 * main's events as the client gives them: each payload checked against its schema (one that fails is
 * dropped, and said on the console), and held until a listener comes, since main may send before the page
 * has mounted what listens (files opened with the app).
 */
function eventClient(listen: Listen): EventClient {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>(EVENT_NAMES.map((name) => [name, new Set()]));
  const held = new Map<EventName, unknown[]>(EVENT_NAMES.map((name) => [name, []]));
  for (const name of EVENT_NAMES) {
    listen(name, (payload) => {
      const checked = events[name].safeParse(payload);
      if (!checked.success) {
        console.error(`[presskit] the event ${name} was dropped: ${checked.error.message}`);
        return;
      }
      const current = listeners.get(name) as Set<(payload: unknown) => void>;
      if (current.size === 0) held.get(name)?.push(checked.data);
      for (const listener of current) listener(checked.data);
    });
  }
  return Object.freeze({
    on: (event, listener) => {
      const current = listeners.get(event) as Set<(payload: unknown) => void>;
      const deliver = listener as (payload: unknown) => void;
      current.add(deliver);
      for (const payload of held.get(event)?.splice(0) ?? []) deliver(payload);
      return () => void current.delete(deliver);
    },
  } satisfies EventClient);
}

/**
 * Builds the nested client from any transport that can send one channel call and return an envelope, and
 * deliver main's events.
 */
export function createClient(send: (channel: Channel, input: unknown) => Promise<Envelope<unknown>>, listen: Listen): ApiClient {
  const client: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [group, method] = channel.split('.') as [string, string];
    client[group] ??= {};
    client[group][method] = async (input: unknown) => {
      const envelope = await send(channel, input);
      if (envelope.ok) return envelope.value;
      const { message, ...detail } = envelope.error;
      throw Object.assign(new Error(message), detail);
    };
  }
  for (const group of Object.values(client)) Object.freeze(group);
  return Object.freeze({ ...client, events: eventClient(listen) }) as unknown as ApiClient;
}
