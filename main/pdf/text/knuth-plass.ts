/**
 * Knuth-Plass optimum-fit line breaking ("Breaking Paragraphs into Lines", 1981) over boxes, glue and
 * penalties, with fitness classes, flagged (hyphen) demerits and a hard limit on consecutive
 * hyphenated lines. The caller ends the paragraph with finishing glue and a forced break.
 */
export type Item =
  | { type: 'box'; width: number }
  | { type: 'glue'; width: number; stretch: number; shrink: number }
  | { type: 'penalty'; width: number; penalty: number; flagged: boolean };

export const FORCED_BREAK = -Infinity;
export const NO_BREAK = Infinity;

export interface BreakOptions {
  lineWidth: number;
  /** Largest adjustment ratio accepted (1 = all the glue's stretch). */
  tolerance: number;
  linePenalty?: number;
  flaggedDemerits?: number;
  fitnessDemerits?: number;
  maxConsecutiveHyphens?: number;
}

export interface LineBreak {
  /** Index of the item the line ends at (a glue or a penalty). */
  position: number;
  /** The adjustment ratio of the line ending here. */
  ratio: number;
}

interface Node {
  position: number;
  fitness: number;
  hyphens: number;
  width: number;
  stretch: number;
  shrink: number;
  demerits: number;
  ratio: number;
  previous: Node | undefined;
}

/** A break may fall at a penalty that is not infinite, or at glue that follows a box. */
export function isLegalBreak(items: readonly Item[], b: number): boolean {
  const item = items[b];
  if (item?.type === 'penalty') return item.penalty !== NO_BREAK;
  return item?.type === 'glue' && items[b - 1]?.type === 'box';
}

function fitnessClass(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

/** Returns the chosen breaks, or undefined when no set of lines fits within the tolerance. */
export function breakLines(items: readonly Item[], options: BreakOptions): LineBreak[] | undefined {
  const { lineWidth, tolerance } = options;
  const linePenalty = options.linePenalty ?? 10;
  const flaggedDemerits = options.flaggedDemerits ?? 3000;
  const fitnessDemerits = options.fitnessDemerits ?? 3000;
  const maxHyphens = options.maxConsecutiveHyphens ?? 2;

  let width = 0;
  let stretch = 0;
  let shrink = 0;
  let active: Node[] = [
    { position: 0, fitness: 1, hyphens: 0, width: 0, stretch: 0, shrink: 0, demerits: 0, ratio: 0, previous: undefined },
  ];

  /** The sums as they stand after a break at `b`: the glue and penalties that follow it vanish. */
  const sumsAfter = (b: number): { width: number; stretch: number; shrink: number } => {
    let w = width;
    let y = stretch;
    let z = shrink;
    for (let i = b; i < items.length; i++) {
      const item = items[i] as Item;
      if (item.type === 'box') break;
      if (item.type === 'glue') {
        w += item.width;
        y += item.stretch;
        z += item.shrink;
      } else if (item.penalty === FORCED_BREAK && i > b) break;
    }
    return { width: w, stretch: y, shrink: z };
  };

  items.forEach((item, b) => {
    if (isLegalBreak(items, b)) {
      const penalty = item.type === 'penalty' ? item.penalty : 0;
      const flagged = item.type === 'penalty' && item.flagged;
      const penaltyWidth = item.type === 'penalty' ? item.width : 0;
      const best = new Map<string, Node>();
      const survivors: Node[] = [];
      for (const a of active) {
        const length = width - a.width + penaltyWidth;
        let ratio: number;
        if (length < lineWidth) {
          const y = stretch - a.stretch;
          ratio = y > 0 ? (lineWidth - length) / y : NO_BREAK;
        } else if (length > lineWidth) {
          const z = shrink - a.shrink;
          ratio = z > 0 ? (lineWidth - length) / z : -NO_BREAK;
        } else ratio = 0;
        if (ratio >= -1 && penalty !== FORCED_BREAK) survivors.push(a);
        if (ratio < -1 || ratio > tolerance) continue;
        const hyphens = flagged ? a.hyphens + 1 : 0;
        if (hyphens > maxHyphens) continue;
        const badness = 100 * Math.abs(ratio) ** 3;
        let demerits = (linePenalty + badness) ** 2;
        if (penalty >= 0) demerits += penalty ** 2;
        else if (penalty !== FORCED_BREAK) demerits -= penalty ** 2;
        const fitness = fitnessClass(ratio);
        if (flagged && a.hyphens > 0) demerits += flaggedDemerits;
        if (Math.abs(fitness - a.fitness) > 1) demerits += fitnessDemerits;
        demerits += a.demerits;
        const key = `${fitness}:${hyphens}`;
        const current = best.get(key);
        if (!current || demerits < current.demerits) {
          best.set(key, { position: b, fitness, hyphens, ...sumsAfter(b), demerits, ratio, previous: a });
        }
      }
      active = [...survivors, ...best.values()];
      if (active.length === 0) return;
    }
    if (item.type === 'box') width += item.width;
    else if (item.type === 'glue') {
      width += item.width;
      stretch += item.stretch;
      shrink += item.shrink;
    }
  });

  const last = items.length - 1;
  let chosen: Node | undefined;
  for (const node of active) {
    if (node.position === last && (!chosen || node.demerits < chosen.demerits)) chosen = node;
  }
  if (!chosen) return undefined;
  const breaks: LineBreak[] = [];
  for (let node: Node | undefined = chosen; node?.previous; node = node.previous) {
    breaks.unshift({ position: node.position, ratio: node.ratio });
  }
  return breaks;
}
