/**
 * The journalist pack's zip, written by yazl: entries in the order given, each dated at noon on the
 * release's day in the zip's own (local, DOS) time, with no extended timestamps, so the same release gives
 * the same bytes on any machine. Photos are stored as they are (compressing a JPEG again gains nothing).
 */
import { ZipFile } from 'yazl';
import type { PackEntry } from '../core/pack/pack-files';

export async function zipPack(entries: readonly PackEntry[], options: { day: string; comment: string }): Promise<Uint8Array> {
  const [year, month, date] = options.day.split('-').map(Number) as [number, number, number];
  // Local time on purpose: a DOS timestamp has no zone, and yazl writes the local hours of the date it is given.
  const mtime = new Date(year, month - 1, date, 12, 0, 0);
  const zip = new ZipFile();
  for (const entry of entries) {
    zip.addBuffer(Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength), entry.name, {
      mtime,
      mode: 0o100644,
      forceDosTimestamp: true,
      compress: !/\.(jpe?g|png)$/i.test(entry.name),
    });
  }
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', resolve);
    zip.outputStream.on('error', reject);
  });
  // The archive's comment in UTF-8: the embargo's words are not all in the zip's old code page (yazl takes
  // a Buffer as well as a string, which its types do not say).
  zip.end({ forceZip64Format: false, comment: Buffer.from(options.comment, 'utf8') as unknown as string });
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
