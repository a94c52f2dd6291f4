/** Photos made for the tests with sharp, with the IPTC record a photo desk writes. */
import sharp from 'sharp';

/** IPTC IIM datasets of record 2 (application): caption, credit, copyright notice, date created. */
export const IPTC = { caption: 120, credit: 110, copyright: 116, dateCreated: 55 } as const;

/** An APP13 segment (Photoshop 3.0, 8BIM resource 0x0404) holding IPTC datasets, declared UTF-8 (1:90 ESC % G). */
function iptcSegment(records: ReadonlyArray<readonly [number, string]>): Buffer {
  const datasets = records.map(([dataset, text]) => {
    const value = Buffer.from(text, 'utf8');
    return Buffer.concat([Buffer.from([0x1c, 2, dataset, value.length >> 8, value.length & 0xff]), value]);
  });
  const iptc = Buffer.concat([Buffer.from([0x1c, 1, 90, 0, 3, 0x1b, 0x25, 0x47]), ...datasets]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const resource = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0]), size, iptc, Buffer.alloc(iptc.length % 2)]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(resource.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xed]), length, resource]);
}

/** A small JPEG of one colour, with IPTC datasets when given. */
export async function jpegPhoto(options: { width?: number; height?: number; color?: string; iptc?: ReadonlyArray<readonly [number, string]> } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { width = 64, height = 48, color = '#336699', iptc = [] } = options;
  const jpeg = await sharp({ create: { width, height, channels: 3, background: color } }).jpeg().toBuffer();
  if (iptc.length === 0) return new Uint8Array(jpeg);
  // The segment goes right after the start-of-image marker, where readers look for it.
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), iptcSegment(iptc), jpeg.subarray(2)]));
}

/** A 6000 × 4000 press photo of noise, which JPEG cannot shrink: well over 10 MB. */
export async function largePhoto(): Promise<Uint8Array<ArrayBuffer>> {
  const jpeg = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
  return new Uint8Array(jpeg);
}
