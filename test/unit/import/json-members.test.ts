import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonMembers } from '../../../main/core/import/json-members';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (piece: Uint8Array): unknown => JSON.parse(utf8.decode(piece));

describe('splitting a JSON object into its members, as bytes', () => {
  it('finds the same members and elements JSON.parse does, however the JSON is written', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()), fc.constantFrom(undefined, 2, '\t'), (object, elements, indent) => {
        const whole = { ...object, images: elements };
        const split = jsonMembers(bytesOf(JSON.stringify(whole, null, indent)), 'images', (piece) => utf8.decode(piece));
        expect(split).not.toBeNull();
        const members = Object.fromEntries([...(split?.members ?? [])].map(([key, value]) => [key, parse(value)]));
        // Through JSON once, as the split pieces went: -0 becomes 0.
        const { images: _images, ...rest } = JSON.parse(JSON.stringify(whole)) as Record<string, unknown>;
        expect(members).toEqual(rest);
        expect(split?.elements?.map(parse)).toEqual(JSON.parse(JSON.stringify(elements)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not one JSON object', () => {
    for (const text of ['', '[1]', '{"a": 1', '{"a" 1}', '{"a": 1,}', '{"a": 1} 2', '{"a": "unclosed}', '{a: 1}']) {
      expect(jsonMembers(bytesOf(text), 'images', (piece) => utf8.decode(piece)), text).toBeNull();
    }
    expect(jsonMembers(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), 'images', (piece) => utf8.decode(piece))).toBeNull();
  });
});
