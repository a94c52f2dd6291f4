import { z } from 'zod';
import { isTimeZone } from './dates';
import { Language } from './language';
import { isPhoneCountry } from './phone';

// These rules are the only check between a value and the typesetter: the contract, the bundle reader and
// the store file all validate with them, so what they accept must be printable (no 30 February).
/** A real day of the (proleptic Gregorian) calendar, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date({ error: 'a date written YYYY-MM-DD' });
/** A real instant with its offset, e.g. `2019-08-27T10:00:00+02:00`: no 30 February, no 25:00. */
export const IsoInstant = z.iso.datetime({ offset: true, error: 'a real date and time with its offset' });
/** An IANA time zone (`Europe/Paris`) or UTC, in which embargo instants are printed. */
export const TimeZone = z.string().refine(isTimeZone, 'a time zone such as Europe/Paris');
/**
 * When a release may be published: the instant (written with its zone's offset) and the zone it is said
 * in, which the banner prints ("10:30 Moscow time (UTC+3)") whatever the computer's own zone.
 */
export const Embargo = z.object({
  // Years of four digits in every zone, as a date prints (9999-12-31T23:59-23:59 is already 10000 in UTC).
  at: IsoInstant.refine((at) => at >= '1900' && at < '9999', 'an instant between the years 1900 and 9998'),
  zone: TimeZone,
});
export type Embargo = z.infer<typeof Embargo>;
export const Id = z.string().min(1).max(64);
/** Images live as files in the data folder, named by content hash: `<sha256>.png|jpg`. */
export const ImageName = z.string().regex(/^[0-9a-f]{64}\.(png|jpg)$/, 'an image stored in the data folder');
export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour written #RRGGBB');
const SafeHref = z
  .string()
  .max(2048)
  .regex(/^(https:\/\/|mailto:|tel:)/, 'a link starting with https://, mailto: or tel:');

// Rich text: a small, closed structure that the editor, the importers and the typesetter all share.
export const Inline = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: SafeHref.optional(),
});
export type Inline = z.infer<typeof Inline>;

/** How wide a figure prints: the text column, the full page between the margins, or half of it with text beside it. */
export const FigureWidth = z.enum(['column', 'full', 'half']);
export type FigureWidth = z.infer<typeof FigureWidth>;

export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: z.array(Inline) }),
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), content: z.array(Inline) }),
  z.object({ type: z.literal('bulletList'), items: z.array(z.array(Inline)) }),
  z.object({ type: z.literal('orderedList'), items: z.array(z.array(Inline)) }),
  z.object({ type: z.literal('quote'), content: z.array(Inline), attribution: z.string().optional() }),
  /** A photo or picture in the release's language: its words are the release's, the image is the original file. */
  z.object({
    type: z.literal('figure'),
    image: ImageName,
    /** What a screen reader says instead of the picture. */
    alt: z.string().default(''),
    /** Printed under the picture; names people left to right. */
    caption: z.string().default(''),
    /** "© CNES/…", printed small after the caption. */
    credit: z.string().default(''),
    width: FigureWidth.default('column'),
  }),
]);
export type Block = z.infer<typeof Block>;
export const RichText = z.array(Block);
export type RichText = z.infer<typeof RichText>;

export const ReleaseStatus = z.enum(['draft', 'review', 'approved', 'published']);
export type ReleaseStatus = z.infer<typeof ReleaseStatus>;

export const Revision = z.object({ at: IsoInstant, note: z.string() });

/**
 * A translation that cannot pass for done: made from `source`, it still holds the source's words until
 * every block has been edited (`edited`: see main/core/translation.ts) or the translator says it is done.
 */
export const TranslationMark = z.object({ source: Id, edited: z.array(z.number().int().min(0)).default([]) });
export type TranslationMark = z.infer<typeof TranslationMark>;

export const Release = z.object({
  id: Id,
  ref: z.string().min(1).max(40),
  language: Language,
  date: IsoDate,
  place: z.string().default(''),
  /** The label printed in the header; empty means the language's default ("Communiqué de presse"). */
  kind: z.string().default(''),
  title: z.string(),
  subtitle: z.string().default(''),
  lead: z.string().default(''),
  body: RichText,
  boilerplate: z.boolean().default(true),
  embargo: Embargo.nullable().default(null),
  contactIds: z.array(Id).default([]),
  tags: z.array(z.string()).default([]),
  event: z.string().default(''),
  status: ReleaseStatus.default('draft'),
  /** Shared by the fr/en/ru versions of one release. */
  translationGroup: Id.nullable().default(null),
  /** Set while the release is an unfinished translation; null once translated (or when it is no translation). */
  untranslated: TranslationMark.nullable().default(null),
  /**
   * Words a press officer chose to leave as they are in this release (a quoted misspelling, a satellite's
   * name): not flagged again wherever it is checked. Absent from releases saved before there was a place for them.
   */
  ignoredWords: z.array(z.string().min(1).max(100)).optional(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  revisions: z.array(Revision).default([]),
});
export type Release = z.infer<typeof Release>;

export const PhoneType = z.enum(['work', 'mobile', 'fax']);
export type PhoneType = z.infer<typeof PhoneType>;
/** E.164: what a journalist anywhere can dial; how a document prints it depends on its language (core/phone.ts). */
export const E164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'a phone number in international form, e.g. +33144767539');
export const Phone = z.object({ type: PhoneType.default('work'), number: E164 });
/** What a revision keeps of a release: its content, everything the editor changes but the status. */
export const ReleaseContent = Release.pick({
  ref: true,
  language: true,
  date: true,
  place: true,
  kind: true,
  title: true,
  subtitle: true,
  lead: true,
  body: true,
  boilerplate: true,
  embargo: true,
  contactIds: true,
  tags: true,
  event: true,
});
export type ReleaseContent = z.infer<typeof ReleaseContent>;

/** Why a revision was recorded: an editing session closed, a status change, an approval, a restored revision. */
export const RevisionKind = z.enum(['edit', 'status', 'approve', 'restore']);
export type RevisionKind = z.infer<typeof RevisionKind>;

/**
 * One revision of a release's history, kept apart from the release (rewritten on every autosave) and never
 * changed once written: `n` counts from 1 per release; an approval names who approved and the hash of the
 * PDF they approved; a restore names the revision it brought back.
 */
export const HistoryEntry = z.object({
  id: Id,
  releaseId: Id,
  n: z.number().int().positive(),
  at: IsoInstant,
  kind: RevisionKind,
  status: ReleaseStatus,
  by: z.string().optional(),
  from: z.number().int().positive().optional(),
  snapshot: ReleaseContent,
  pdfSha256: z.string().regex(/^[0-9a-f]{64}$/u).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export type Phone = z.infer<typeof Phone>;

/** The contact's role in each language ("Attachée de presse", "Press officer", "Пресс-атташе"). */
export const Roles = z.partialRecord(Language, z.string());
export type Roles = z.infer<typeof Roles>;

/** ISO 3166 alpha-2: the country in which the contact's numbers are typed ("01 44…" is French). */
export const Country = z.string().refine((code): boolean => isPhoneCountry(code), 'a country code such as FR');

export const Contact = z.object({
  id: Id,
  name: z.string().min(1),
  roles: Roles.default({}),
  organisation: z.string().default(''),
  country: Country.default('FR'),
  phones: z.array(Phone).default([]),
  /** Empty when the source gave none; the directory merges contacts by e-mail, else by name. */
  email: z.union([z.email(), z.literal('')]),
  photo: ImageName.nullable().default(null),
  languages: z.array(Language).default([]),
  notes: z.string().default(''),
});
export type Contact = z.infer<typeof Contact>;

/** A photo's words in one language. */
export const MediaText = z.object({
  caption: z.string().default(''),
  credit: z.string().default(''),
  alt: z.string().default(''),
});
export type MediaText = z.infer<typeof MediaText>;

/**
 * A photo of the media library: the original file, byte for byte (never re-encoded: the press gets it
 * as it came), with its words per language. Figures name the same image, so a photo is found from them.
 */
export const Media = z.object({
  id: Id,
  image: ImageName,
  /** The name the file came with, for the journalist pack. */
  fileName: z.string().default(''),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  text: z.partialRecord(Language, MediaText).default({}),
  /** When it was taken, if the file says. */
  date: IsoDate.nullable().default(null),
  /** The people in it, left to right. */
  people: z.array(z.string()).default([]),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type Media = z.infer<typeof Media>;

export const Paper = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof Paper>;

export const OutputOptions = z.object({
  paper: Paper.default('a4'),
  bleedMm: z.number().min(0).max(10).default(0),
  cropMarks: z.boolean().default(false),
});
export type OutputOptions = z.infer<typeof OutputOptions>;

export const KitItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('release'), releaseId: Id }),
  z.object({ type: z.literal('about'), title: z.string(), body: RichText }),
  z.object({ type: z.literal('contacts') }),
  /** A grid of the photos the kit's releases show, with their captions and credits in the kit's language; an empty title prints "Photos". */
  z.object({ type: z.literal('photos'), title: z.string().default('') }),
]);
export type KitItem = z.infer<typeof KitItem>;

export const KitRepeat = z.object({ contacts: z.boolean().default(false), boilerplate: z.boolean().default(false) });
export type KitRepeat = z.infer<typeof KitRepeat>;

export const Kit = z.object({
  id: Id,
  name: z.string().min(1),
  event: z.object({
    name: z.string().default(''),
    place: z.string().default(''),
    startDate: IsoDate.nullable().default(null),
    endDate: IsoDate.nullable().default(null),
  }),
  language: Language,
  cover: z.object({
    title: z.string().default(''),
    subtitle: z.string().default(''),
    image: ImageName.nullable().default(null),
  }),
  items: z.array(KitItem),
  contactIds: z.array(Id).default([]),
  output: OutputOptions,
  /**
   * What each release of the kit prints again on its own pages: by default the kit prints the contacts once
   * (its contacts page) and the boilerplate once (its about pages), not in every release.
   */
  repeat: KitRepeat.default({ contacts: false, boilerplate: false }),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type Kit = z.infer<typeof Kit>;

export const Brand = z.object({
  organisation: z.string().default(''),
  logo: ImageName.nullable().default(null),
  colors: z.object({
    primary: HexColor.default('#1d3c6e'),
    accent: HexColor.default('#d2232a'),
    text: HexColor.default('#1a1a1a'),
  }),
  fonts: z.object({
    body: z.string().default('Noto Serif'),
    heading: z.string().default('Noto Sans'),
  }),
  website: z.string().default(''),
  footerText: z.string().default(''),
  boilerplate: z.object({ fr: z.string().default(''), en: z.string().default(''), ru: z.string().default('') }),
  /** The heading of the boilerplate per language ("À propos du CNES", "About CNES", "О CNES"): grammar a label cannot know. */
  boilerplateTitle: z.object({ fr: z.string().default(''), en: z.string().default(''), ru: z.string().default('') }).default({ fr: '', en: '', ru: '' }),
  /** `{n}` the number within the year, `{yyyy}` the year, e.g. `CP{n}-{yyyy}`. */
  referencePattern: z.string().regex(/\{n\}/, 'a pattern containing {n}').default('CP{n}-{yyyy}'),
  /**
   * When a new release leaves its provisional reference for the next official number: when it is first
   * saved with a title, or only when it is approved.
   */
  numbering: z.enum(['onTitle', 'onApproval']).default('onTitle'),
  pressOfficeAddress: z.string().default(''),
  /** Prints « Diffusion immédiate » / "For immediate release" where a release has no embargo. */
  immediateRelease: z.boolean().default(false),
  marginsMm: z
    .object({ top: z.number().min(5).max(60), right: z.number().min(5).max(60), bottom: z.number().min(5).max(60), left: z.number().min(5).max(60) })
    .default({ top: 20, right: 20, bottom: 20, left: 22 }),
});
export type Brand = z.infer<typeof Brand>;

export const Settings = z.object({
  uiLanguage: z.enum(['fr', 'en']).default('fr'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  timeZone: TimeZone.default('Europe/Paris'),
  /** The name an approval is recorded under. */
  userName: z.string().trim().max(200).default(''),
  /**
   * The new release the studio's editor has open: if the app quits with it open, the studio's next start
   * discards it when it is still untouched, as leaving the editor would have.
   */
  openNewRelease: Id.nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;

/** 4: the same data, kept as one file per document (main/store/documents.ts). */
export const SCHEMA_VERSION = 4;

export const StoreData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  releases: z.array(Release),
  contacts: z.array(Contact),
  kits: z.array(Kit),
  media: z.array(Media).default([]),
  /** The office's own words (Roscosmos, Roshydromet, TsAGI…), which the spell checker knows in every language. */
  dictionary: z.array(z.string().min(1).max(100)).default([]),
  /** Every release's revisions, oldest first. */
  history: z.array(HistoryEntry).default([]),
  brand: Brand,
  settings: Settings,
});
export type StoreData = z.infer<typeof StoreData>;

/** What a brand-new data folder holds. */
export function emptyStore(): StoreData {
  return StoreData.parse({
    schemaVersion: SCHEMA_VERSION,
    releases: [],
    contacts: [],
    kits: [],
    brand: { colors: {}, fonts: {}, boilerplate: {} },
    settings: {},
  });
}
