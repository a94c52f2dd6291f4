/**
 * The JSON wire format of transports that cannot carry bytes (the browser test transport): a
 * Uint8Array travels as `{ "$bytes": "<base64>" }`. Pure, so the browser bridge and the server share it.
 */
import { decodeBase64, encodeBase64 } from '../core/import/base64';

const BYTES_KEY = '$bytes';

function isBytesShape(value: unknown): value is { [BYTES_KEY]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && Object.hasOwn(value, BYTES_KEY);
}

/**
 * JSON text of `value` with every Uint8Array (Node's Buffer included: its own toJSON is bypassed)
 * encoded. A plain object shaped like an encoded value is refused, so decoding is never ambiguous.
 */
export function encodeWire(value: unknown): string {
  // `this[key]` is the value before toJSON ran; JSON.stringify passes the replacer the holder as `this`.
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, converted: unknown) {
    const original = this[key];
    if (original instanceof Uint8Array) return { [BYTES_KEY]: encodeBase64(original) };
    if (isBytesShape(original)) throw new TypeError(`A value shaped like encoded bytes ("${BYTES_KEY}") cannot be sent.`);
    return converted;
  });
  return text ?? 'null';
}

/** The value `encodeWire` was given; throws a SyntaxError on text that is not JSON or holds malformed bytes. */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (!isBytesShape(value)) return value;
    const encoded = value[BYTES_KEY];
    const bytes = typeof encoded === 'string' ? decodeBase64(encoded) : null;
    if (!bytes) throw new SyntaxError(`Malformed "${BYTES_KEY}" value: expected padded base64.`);
    return bytes;
  });
}
