import { FORCED_BREAK, isLegalBreak, type Item, type LineBreak } from './knuth-plass';

/** First-fit line breaking, for ragged text and as the last resort of justified text. */
export function breakGreedy(items: readonly Item[], lineWidth: number): LineBreak[] {
  // before[i]: width of the boxes and glue ahead of item i.
  const before: number[] = [0];
  items.forEach((item, i) => before.push((before[i] ?? 0) + (item.type === 'penalty' ? 0 : item.width)));
  const startAfter = (b: number): number => {
    let i = b + 1;
    while (i < items.length && items[i]?.type !== 'box') i++;
    return before[i] ?? 0;
  };
  const breaks: LineBreak[] = [];
  let start = 0;
  let candidate: number | undefined;
  items.forEach((item, b) => {
    if (!isLegalBreak(items, b)) return;
    const penaltyWidth = item.type === 'penalty' ? item.width : 0;
    if ((before[b] ?? 0) - start + penaltyWidth > lineWidth && candidate !== undefined) {
      breaks.push({ position: candidate, ratio: 0 });
      start = startAfter(candidate);
    }
    if (item.type === 'penalty' && item.penalty === FORCED_BREAK) {
      breaks.push({ position: b, ratio: 0 });
      start = startAfter(b);
      candidate = undefined;
    } else candidate = b;
  });
  return breaks;
}
