import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { prepareImage } from '../../../main/pdf/paint/images';
import { pngClaiming } from '../import/oversized-images';

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a refusal');
}

describe('an image already stored, over the pixel budget, at export', () => {
  // 7000 × 7000 rather than 30000 × 30000: decoding it (as was done before the check) costs seconds, not minutes.
  it('is refused as too large, naming its megapixels, before it is decoded; not called damaged', () => {
    const error = refusal(() => prepareImage(pngClaiming(7000, 7000), 'logo'));
    expect(error.kind).toBe('bad-input');
    expect(error.detail).toEqual({ code: 'export.imageTooLarge', params: { context: 'logo', megapixels: 49, limit: 40 } });
    expect(error.message).toBe('The brand logo has 49 megapixels, more than the 40 accepted; choose a smaller one in Brand, then export.');
    expect(refusal(() => prepareImage(pngClaiming(6500, 6500), 'cover')).message).toMatch(/^The kit’s cover image has 43 megapixels/u);
  });
});
