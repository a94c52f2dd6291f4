/**
 * What a photo's own file says of it (IPTC, XMP, then EXIF, in that order of trust): caption, credit,
 * date and the people in it, read with exifr. A file that says nothing, or says it badly, gives nothing.
 */

export interface PhotoMetadata {
  caption: string;
  credit: string;
  /** YYYY-MM-DD. */
  date: string | null;
  people: string[];
}

type Segments = Record<string, Record<string, unknown> | undefined>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * exifr reads IPTC text as Latin-1 even when the file declares UTF-8, as photo desks write it today:
 * text whose Latin-1 bytes are valid UTF-8 is read again as UTF-8.
 */
function repairedText(text: string): string {
  if (![...text].every((char) => char.charCodeAt(0) < 0x100) || !/[\u0080-\u00ff]/u.test(text)) return text;
  try {
    return utf8.decode(Uint8Array.from(text, (char) => char.charCodeAt(0)));
  } catch {
    return text;
  }
}

/** A field's text: a plain string, XMP's language alternative `{ lang, value }`, or the first of a list. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return repairedText(value).trim();
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object' && 'value' in value) return textOf(value.value);
  return '';
}

function firstText(...values: unknown[]): string {
  return values.map(textOf).find(Boolean) ?? '';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** IPTC's 20260315, XMP's 2026-03-15T…, or EXIF's date (exifr makes it a Date in local time). */
function dateOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/u.exec(textOf(value));
  if (!match) return null;
  const [, year, month, day] = match;
  const date = `${year}-${month}-${day}`;
  return Number.isNaN(Date.parse(date)) ? null : date;
}

function peopleOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map(textOf).filter(Boolean);
}

export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  // Loaded on first use, as few commands read a photo.
  const { default: exifr } = await import('exifr');
  const found = (await exifr
    .parse(bytes, { iptc: true, xmp: true, tiff: true, exif: true, gps: false, interop: false, ifd1: false, mergeOutput: false })
    .catch(() => undefined)) as Segments | undefined;
  const iptc = found?.iptc ?? {};
  const dc = found?.dc ?? {};
  const photoshop = found?.photoshop ?? {};
  const ifd0 = found?.ifd0 ?? {};
  const exif = found?.exif ?? {};
  return {
    caption: firstText(iptc.Caption, dc.description, ifd0.ImageDescription),
    credit: firstText(iptc.Credit, photoshop.Credit, iptc.CopyrightNotice, dc.rights, ifd0.Copyright),
    date: [iptc.DateCreated, photoshop.DateCreated, exif.DateTimeOriginal].map(dateOf).find(Boolean) ?? null,
    people: peopleOf(found?.Iptc4xmpExt?.PersonInImage),
  };
}
