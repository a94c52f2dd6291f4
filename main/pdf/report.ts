import type { Composition } from './layout/compose';
import { countSplits } from './layout/paginate';
import type { Line } from './frame';

/** How well the text was set, as a reader of proofs would judge it. */
export interface LayoutReport {
  pages: number;
  lines: number;
  hyphenatedLines: number;
  overfullLines: number;
  widows: number;
  orphans: number;
  /** Mean ratio of actual to natural word space over justified lines. */
  meanStretch: number;
  maxStretch: number;
  /** Justified lines whose word spaces exceed 1.5 times their natural width. */
  looseLines: number;
  justifiedLines: number;
  fonts: string[];
}

export function layoutReport(composition: Composition, fonts: string[]): LayoutReport {
  const lines: Line[] = composition.frames.pages.flatMap((page) => page.items.flatMap((d) => (d.kind === 'text' ? [d.line] : [])));
  const justified = lines.filter((line) => line.justified);
  const ratios = justified.map((line) => line.spaceRatio);
  return {
    pages: composition.frames.pages.length,
    lines: lines.length,
    hyphenatedLines: lines.filter((line) => line.hyphenated).length,
    overfullLines: lines.filter((line) => line.overfull).length,
    ...countSplits(composition.placed),
    meanStretch: ratios.length > 0 ? ratios.reduce((a, b) => a + b, 0) / ratios.length : 1,
    maxStretch: ratios.length > 0 ? Math.max(...ratios) : 1,
    looseLines: ratios.filter((r) => r > 1.5).length,
    justifiedLines: justified.length,
    fonts,
  };
}
