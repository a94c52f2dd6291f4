import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../main/core/errors';
import type { Release } from '../../../main/core/schema';
import { assertAddable, assertTranslated, blocksToTranslate, markAfterEdit, newMark, translationBlocks } from '../../../main/core/translation';

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });
const source = {
  title: 'Coopération spatiale',
  subtitle: '',
  lead: 'Le CNES et Roscosmos…',
  body: [paragraph('Premier paragraphe.'), { type: 'bulletList' as const, items: [[{ text: 'Un' }], [{ text: 'Deux' }]] }],
};
const mark = newMark({ id: 'source' });

describe('the mark of a translation', () => {
  it('counts title, subtitle, lead and each body block, in reading order', () => {
    expect(translationBlocks(source)).toHaveLength(5);
    // The empty subtitle has nothing to translate.
    expect(blocksToTranslate({ ...source, untranslated: mark })).toEqual([0, 2, 3, 4]);
  });

  it('keeps each edited block and stays while a block with words is untouched', () => {
    const titled = { ...source, title: 'Space cooperation' };
    const afterTitle = markAfterEdit(mark, source, titled);
    expect(afterTitle).toEqual({ source: 'source', edited: [0] });
    const led = { ...titled, lead: 'CNES and Roscosmos…', body: [paragraph('First paragraph.'), source.body[1]!] };
    const afterLead = markAfterEdit(afterTitle, titled, led);
    expect(afterLead).toEqual({ source: 'source', edited: [0, 2, 3] });
    expect(blocksToTranslate({ ...led, untranslated: afterLead })).toEqual([4]);
  });

  it('is cleared once every block with words has been edited', () => {
    const translated = {
      title: 'Space cooperation',
      subtitle: '',
      lead: 'CNES and Roscosmos…',
      body: [paragraph('First paragraph.'), { type: 'bulletList' as const, items: [[{ text: 'One' }], [{ text: 'Two' }]] }],
    };
    expect(markAfterEdit(mark, source, translated)).toBeNull();
  });

  it('forgets the blocks that were deleted', () => {
    const shorter = { ...source, body: [source.body[0]!] };
    expect(markAfterEdit({ source: 'source', edited: [4] }, source, shorter)).toEqual({ source: 'source', edited: [] });
  });

  it('is nothing to keep on a release that is no translation', () => {
    expect(markAfterEdit(null, source, { ...source, title: 'Autre' })).toBeNull();
  });
});

describe('an untranslated release going out', () => {
  const marked = { ref: 'CP124-2019', language: 'en' as const, untranslated: mark } satisfies Pick<Release, 'ref' | 'language' | 'untranslated'>;

  it('is refused in a sentence that says how to go on, unless the user confirmed', () => {
    const refusal = (() => {
      try {
        assertTranslated(marked);
      } catch (error) {
        return error;
      }
    })();
    expect(isUserError(refusal) && refusal).toMatchObject({ kind: 'conflict', detail: { code: 'translation.untranslated', params: { ref: 'CP124-2019', language: 'en' } } });
    expect(() => assertTranslated(marked, false, 'MAKS 2019')).toThrow(/The kit « MAKS 2019 » holds CP124-2019 \(en\), still marked untranslated/u);
    expect(() => assertAddable(marked)).toThrow(/confirm to add it to the kit as it is/u);
    expect(() => assertTranslated(marked, true)).not.toThrow();
    expect(() => assertAddable(marked, true)).not.toThrow();
    expect(() => assertTranslated({ ...marked, untranslated: null })).not.toThrow();
  });
});
