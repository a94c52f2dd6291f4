import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { excessMegapixels, imageSize } from '../../../main/core/import/image-size';
import { jpegHeader, pngClaiming } from './oversized-images';

describe('the size of a picture, from its header alone', () => {
  it('reads a PNG’s IHDR and a JPEG’s frame header, past the segments before it', () => {
    const png = new PNG({ width: 3, height: 2 });
    expect(imageSize(new Uint8Array(PNG.sync.write(png)))).toEqual({ width: 3, height: 2 });
    expect(imageSize(pngClaiming(30000, 30000))).toEqual({ width: 30000, height: 30000 });
    expect(imageSize(jpegHeader(6000, 4000))).toEqual({ width: 6000, height: 4000 });
  });

  it('says nothing of a file whose header is cut short or is not a picture', () => {
    expect(imageSize(jpegHeader(6000, 4000).subarray(0, 24))).toBeNull();
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
    expect(imageSize(new TextEncoder().encode('not a picture at all'))).toBeNull();
  });

  it('counts the megapixels over the budget of 40: a 24-megapixel press photo fits, a 900-megapixel logo does not', () => {
    expect(excessMegapixels(jpegHeader(6000, 4000))).toBeNull();
    expect(excessMegapixels(pngClaiming(30000, 30000))).toBe(900);
    expect(excessMegapixels(jpegHeader(8000, 6000))).toBe(48);
  });
});
