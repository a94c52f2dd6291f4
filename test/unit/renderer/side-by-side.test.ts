import { describe, expect, it } from 'vitest';
import { blockText, withText } from '../../../renderer/src/editor/side-by-side';

describe('a block in the side-by-side view', () => {
  it('reads as one text: a list one item a line, a figure by its caption', () => {
    expect(blockText({ type: 'paragraph', content: [{ text: 'Le CNES ' }, { text: 'et', bold: true }, { text: ' Roscosmos' }] })).toBe('Le CNES et Roscosmos');
    expect(blockText({ type: 'bulletList', items: [[{ text: 'Un' }], [{ text: 'Deux' }]] })).toBe('Un\nDeux');
    expect(blockText({ type: 'figure', image: `${'a'.repeat(64)}.jpg`, alt: 'Le stand', caption: 'Le stand du CNES', credit: '© CNES', width: 'column' })).toBe('Le stand du CNES');
  });

  it('takes the translator’s text, keeping a block set in one style and its kind', () => {
    expect(withText({ type: 'heading', level: 2, content: [{ text: 'Un accord', bold: true }] }, 'An agreement')).toEqual({ type: 'heading', level: 2, content: [{ text: 'An agreement', bold: true }] });
    expect(withText({ type: 'paragraph', content: [{ text: 'Le ' }, { text: 'CNES', italic: true }] }, 'CNES')).toEqual({ type: 'paragraph', content: [{ text: 'CNES' }] });
    expect(withText({ type: 'quote', content: [{ text: 'Bonjour' }], attribution: 'J. Doe' }, 'Hello')).toEqual({ type: 'quote', content: [{ text: 'Hello' }], attribution: 'J. Doe' });
    expect(withText({ type: 'orderedList', items: [[{ text: 'Un', bold: true }], [{ text: 'Deux' }]] }, 'One\nTwo\nThree')).toEqual({
      type: 'orderedList',
      items: [[{ text: 'One', bold: true }], [{ text: 'Two' }], [{ text: 'Three' }]],
    });
  });
});
