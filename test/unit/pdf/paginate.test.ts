import { describe, expect, it } from 'vitest';
import { joinBlocks, linesBlock, solidBlock, type FlowBlock } from '../../../main/pdf/layout/flow';
import { countSplits, paginate, type PlacedItem } from '../../../main/pdf/layout/paginate';
import type { Line } from '../../../main/pdf/text/paragraph';

const LINE: Line = { pieces: [], width: 0, justified: false, spaceRatio: 1, hyphenated: false, overfull: false };

/** A paragraph of `count` lines, 10 high each, tagged so the test can tell where its lines land. */
function paragraph(tag: string, count: number, options: { keepWithNext?: boolean; keepTogether?: boolean; closing?: boolean; hyphenatedAt?: number } = {}): FlowBlock {
  const { closing, hyphenatedAt, ...flow } = options;
  const block = linesBlock(
    Array.from({ length: count }, (_, i) => (i === hyphenatedAt ? { ...LINE, hyphenated: true } : LINE)),
    { lineHeight: 10, ascent: 8, x: 0, spaceBefore: 0, ...flow },
  );
  block.items.forEach((item, i) => {
    item.drawables.push({ kind: 'image', image: `${tag}${i}`, x: 0, y: 0, width: 0, height: 0 });
    if (closing) item.closing = true;
  });
  return block;
}

const tags = (page: readonly PlacedItem[]): string[] =>
  page.flatMap((p) => p.item.drawables.flatMap((d) => (d.kind === 'image' ? [d.image] : [])));

describe('pagination', () => {
  it('moves a heading that would end a page to the next page, with its text', () => {
    const flow = joinBlocks([paragraph('a', 8), paragraph('h', 1, { keepWithNext: true, keepTogether: true }), paragraph('b', 5)]);
    const pages = paginate(flow, 100);
    expect(tags(pages[0] ?? [])).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
    expect(tags(pages[1] ?? []).slice(0, 3)).toEqual(['h0', 'b0', 'b1']);
  });

  it('leaves neither an orphan at the foot of a page nor a widow at the head of the next', () => {
    for (let before = 1; before <= 9; before++) {
      for (let count = 2; count <= 9; count++) {
        const pages = paginate(joinBlocks([paragraph('a', before), paragraph('b', count)]), 100);
        expect(countSplits(pages)).toEqual({ widows: 0, orphans: 0 });
        for (const page of pages) {
          const b = tags(page).filter((t) => t.startsWith('b'));
          if (b.length > 0 && b.length < count) expect(b.length).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('counts a widow when a page cannot avoid one', () => {
    const paragraph = {};
    const pages: PlacedItem[][] = [
      [{ y: 0, item: { height: 10, spaceBefore: 0, breakBefore: true, drawables: [], lineOf: { paragraph, index: 0, count: 2 } } }],
      [{ y: 0, item: { height: 10, spaceBefore: 0, breakBefore: true, drawables: [], lineOf: { paragraph, index: 1, count: 2 } } }],
    ];
    expect(countSplits(pages)).toEqual({ widows: 1, orphans: 1 });
  });

  it('never splits an unbreakable card, and drops space above at the top of a page', () => {
    const flow = joinBlocks([paragraph('a', 7), solidBlock(40, [{ kind: 'image', image: 'card', x: 0, y: 0, width: 0, height: 0 }], 12)]);
    const pages = paginate(flow, 100);
    expect(tags(pages[1] ?? [])).toEqual(['card']);
    expect(pages[1]?.[0]?.y).toBe(0);
  });

  it('cuts a run taller than a page rather than looping', () => {
    const pages = paginate(paragraph('t', 25, { keepTogether: true }).items, 100);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
  });

  it('never ends a page on a hyphenated line: the page ends a line earlier', () => {
    const pages = paginate(joinBlocks([paragraph('a', 12, { hyphenatedAt: 5 })]), 60);
    expect(tags(pages[0] ?? [])).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(pages.every((page) => !page.at(-1)?.item.drawables.some((d) => d.kind === 'image' && d.image === 'a5'))).toBe(true);
  });

  it('takes lines of the text over to a last page that would hold only closing matter', () => {
    const pages = paginate(joinBlocks([paragraph('a', 9), paragraph('h', 1, { keepWithNext: true, keepTogether: true, closing: true }), paragraph('c', 3, { closing: true })]), 100);
    expect(pages.map(tags)).toEqual([
      ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
      ['a7', 'a8', 'h0', 'c0', 'c1', 'c2'],
    ]);
  });

  it('leaves closing matter alone on its page when the text before cannot come along on one page', () => {
    const pages = paginate(joinBlocks([paragraph('a', 10), paragraph('c', 9, { closing: true })]), 100);
    expect(pages.map(tags)).toEqual([
      ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'],
      ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'],
    ]);
  });
});
