import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../main/api/wire';

describe('the JSON wire codec', () => {
  it('carries bytes as base64 both ways, anywhere in a value', () => {
    const value = {
      files: [
        { name: 'a.md', bytes: new Uint8Array([0, 1, 2, 253, 254, 255]) },
        { name: 'empty.txt', bytes: new Uint8Array() },
      ],
      nested: [[new Uint8Array([104, 105])]],
      text: 'Coopération « spatiale »',
      count: 3,
      none: null,
    };
    const text = encodeWire(value);
    expect(JSON.parse(text)).toMatchObject({ files: [{ bytes: { $bytes: 'AAEC/f7/' } }, { bytes: { $bytes: '' } }], nested: [[{ $bytes: 'aGk=' }]] });
    const back = decodeWire(text) as typeof value;
    expect(back).toEqual(value);
    expect(back.files[0]!.bytes).toBeInstanceOf(Uint8Array);
  });

  it('encodes a Node Buffer as bytes, not as its own JSON form', () => {
    const text = encodeWire({ bytes: Buffer.from('PDF') });
    expect(JSON.parse(text)).toEqual({ bytes: { $bytes: 'UERG' } });
    expect(decodeWire(text)).toEqual({ bytes: new Uint8Array([80, 68, 70]) });
  });

  it('encodes a top-level byte array and leaves an absent value as null', () => {
    expect(decodeWire(encodeWire(new Uint8Array([7])))).toEqual(new Uint8Array([7]));
    expect(encodeWire(undefined)).toBe('null');
  });

  it('refuses to send a plain object that would decode as bytes', () => {
    expect(() => encodeWire({ field: { $bytes: 'AAAA' } })).toThrow(TypeError);
    expect(decodeWire(encodeWire({ $bytes: 'x', other: 1 }))).toEqual({ $bytes: 'x', other: 1 });
  });

  it('rejects malformed text and malformed bytes', () => {
    expect(() => decodeWire('{"a":')).toThrow(SyntaxError);
    expect(() => decodeWire('{"$bytes":"not base64!"}')).toThrow(SyntaxError);
    expect(() => decodeWire('{"$bytes":42}')).toThrow(SyntaxError);
  });
});
