import { describe, expect, it } from 'vitest';
import { breakLines, FORCED_BREAK, type Item } from '../../../main/pdf/text/knuth-plass';

/** A fixed-width paragraph: every letter 1 wide, spaces 1 wide stretching and shrinking by 1. */
function monospace(text: string, hyphenate = false, hyphenPenalty = 50): Item[] {
  const items: Item[] = [];
  text.split(' ').forEach((word, i) => {
    if (i > 0) items.push({ type: 'glue', width: 1, stretch: 1, shrink: 1 });
    word.split('-').forEach((syllable, j) => {
      if (j > 0) items.push({ type: 'penalty', width: 1, penalty: hyphenate ? hyphenPenalty : Infinity, flagged: true });
      items.push({ type: 'box', width: syllable.length });
    });
  });
  items.push({ type: 'glue', width: 0, stretch: 1e6, shrink: 0 }, { type: 'penalty', width: 0, penalty: FORCED_BREAK, flagged: false });
  return items;
}

function lines(text: string, items: Item[], positions: number[]): string[] {
  // Rebuild the text of each line from the item positions (boxes map to the words in order).
  const words = text.split(' ').flatMap((w) => w.split('-'));
  const out: string[] = [];
  let box = 0;
  let current = '';
  items.forEach((item, i) => {
    if (positions.includes(i)) {
      out.push(current.trim() + (item.type === 'penalty' && item.width > 0 ? '-' : ''));
      current = '';
    } else if (item.type === 'box') current += words[box++];
    else if (item.type === 'glue' && item.width > 0) current += ' ';
  });
  return out;
}

/** All ways to break, scored with the same demerits, for checking optimality on small inputs. */
function bruteForceBest(items: Item[], lineWidth: number, tolerance: number): number {
  const legal = items.flatMap((item, i) =>
    (item.type === 'penalty' && item.penalty !== Infinity) || (item.type === 'glue' && items[i - 1]?.type === 'box') ? [i] : [],
  );
  const last = items.length - 1;
  let best = Infinity;
  const measure = (from: number, to: number) => {
    let w = 0, y = 0, z = 0;
    let i = from;
    while (i < to && items[i]?.type !== 'box') i++;
    for (; i < to; i++) {
      const it = items[i] as Item;
      if (it.type === 'box') w += it.width;
      else if (it.type === 'glue') { w += it.width; y += it.stretch; z += it.shrink; }
    }
    const end = items[to] as Item;
    if (end.type === 'penalty') w += end.width;
    return { w, y, z };
  };
  const walk = (from: number, fitness: number, flagged: boolean, hyphens: number, total: number) => {
    for (const b of legal.filter((p) => p >= from)) {
      const { w, y, z } = measure(from, b);
      const r = w < lineWidth ? (y > 0 ? (lineWidth - w) / y : Infinity) : w > lineWidth ? (z > 0 ? (lineWidth - w) / z : -Infinity) : 0;
      if (r < -1) break;
      if (r > tolerance) continue;
      const item = items[b] as Item;
      const p = item.type === 'penalty' ? item.penalty : 0;
      const f = item.type === 'penalty' && item.flagged;
      const h = f ? hyphens + 1 : 0;
      if (h > 2) continue;
      let d = (10 + 100 * Math.abs(r) ** 3) ** 2;
      if (p >= 0) d += p * p; else if (p !== FORCED_BREAK) d -= p * p;
      if (f && flagged) d += 3000;
      const fc = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
      if (Math.abs(fc - fitness) > 1) d += 3000;
      if (b === last) best = Math.min(best, total + d);
      else walk(b + 1, fc, f, h, total + d);
    }
  };
  walk(0, 1, false, 0, 0);
  return best;
}

function demeritsOf(items: Item[], lineWidth: number, positions: number[]): number {
  // Recompute the total the same way as the brute force, along a given set of breaks.
  let from = 0, fitness = 1, flagged = false, total = 0;
  for (const b of positions) {
    let w = 0, y = 0, z = 0;
    let i = from;
    while (i < b && items[i]?.type !== 'box') i++;
    for (; i < b; i++) {
      const it = items[i] as Item;
      if (it.type === 'box') w += it.width;
      else if (it.type === 'glue') { w += it.width; y += it.stretch; z += it.shrink; }
    }
    const item = items[b] as Item;
    if (item.type === 'penalty') w += item.width;
    const r = w < lineWidth ? (lineWidth - w) / y : w > lineWidth ? (lineWidth - w) / z : 0;
    const p = item.type === 'penalty' ? item.penalty : 0;
    const f = item.type === 'penalty' && item.flagged;
    let d = (10 + 100 * Math.abs(r) ** 3) ** 2;
    if (p >= 0) d += p * p; else if (p !== FORCED_BREAK) d -= p * p;
    if (f && flagged) d += 3000;
    const fc = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
    if (Math.abs(fc - fitness) > 1) d += 3000;
    total += d;
    from = b + 1; fitness = fc; flagged = f;
  }
  return total;
}

describe('Knuth-Plass line breaking', () => {
  it('finds the known optimum of a small fixed-width paragraph, where first-fit would not', () => {
    const text = 'aaa bb cc ddddd ee f gggg hh';
    const items = monospace(text);
    const breaks = breakLines(items, { lineWidth: 10, tolerance: 3 });
    expect(breaks).toBeDefined();
    // First-fit would take "aaa bb cc" (9) then "ddddd ee f" (10) then "gggg hh"; the optimum
    // balances the first two lines instead.
    expect(lines(text, items, breaks?.map((b) => b.position) ?? [])).toEqual(['aaa bb cc', 'ddddd ee f', 'gggg hh']);
  });

  it('matches an exhaustive search on assorted paragraphs', () => {
    const texts = [
      'the quick brown fox jumps over the lazy dog and runs far away',
      'in-ter-na-tio-nal co-opé-ra-tion be-tween agen-cies con-ti-nues',
      'a bb ccc dddd eeeee ffffff ggggggg hh i jj kkk',
    ];
    for (const text of texts) {
      const items = monospace(text, true);
      for (const width of [12, 15, 18]) {
        const breaks = breakLines(items, { lineWidth: width, tolerance: 3 });
        const best = bruteForceBest(items, width, 3);
        if (best === Infinity) expect(breaks).toBeUndefined();
        else expect(demeritsOf(items, width, breaks?.map((b) => b.position) ?? [])).toBeCloseTo(best, 6);
      }
    }
  });

  it('never hyphenates more than two lines in a row, even when hyphens are welcome', () => {
    const text = Array.from({ length: 12 }, () => 'abc-def').join(' ');
    const items = monospace(text, true, -200);
    const breaks = breakLines(items, { lineWidth: 16, tolerance: 10, flaggedDemerits: 0 }) ?? [];
    const flags = breaks.map((b) => {
      const item = items[b.position] as Item;
      return item.type === 'penalty' && item.flagged;
    });
    expect(flags.filter(Boolean).length).toBeGreaterThan(3);
    expect(flags.map((f) => (f ? 'h' : '.')).join('')).not.toContain('hhh');
  });

  it('reports no solution when a word is wider than the line', () => {
    expect(breakLines(monospace('tiny enormousword'), { lineWidth: 6, tolerance: 10 })).toBeUndefined();
  });
});
