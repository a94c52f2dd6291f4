import { deflateSync } from 'node:zlib';
import type { PDFContext, PDFRef } from 'pdf-lib';

/**
 * A Flate-compressed stream object, compressed by Node's native zlib: pdf-lib's own `flateStream`
 * runs pako in JavaScript, which took a tenth of a kit's render time.
 */
export function deflatedStream(context: PDFContext, data: Uint8Array | string, dict: Record<string, number> = {}): PDFRef {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return context.register(context.stream(deflateSync(bytes), { ...dict, Filter: 'FlateDecode' }));
}
