import type { Inline } from '../schema';

/** Only these links survive import; the schema refuses anything else (javascript:, file:, http:). */
const SAFE_HREF = /^(https:\/\/|mailto:|tel:)/i;
const MAX_HREF = 2048;

export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  return SAFE_HREF.test(trimmed) && trimmed.length <= MAX_HREF ? trimmed : undefined;
}

export function plainText(runs: readonly Inline[]): string {
  return runs.map((run) => run.text).join('');
}

/** A run with the given style; flags that are off are left out, so equal styles compare equal. */
export function styledRun(text: string, style: Omit<Inline, 'text'>): Inline {
  const run: Inline = { text };
  if (style.bold) run.bold = true;
  if (style.italic) run.italic = true;
  if (style.href) run.href = style.href;
  return run;
}

function sameStyle(a: Inline, b: Inline): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

/** Merges neighbouring runs of one style and drops empty runs. */
export function mergeRuns(runs: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last && sameStyle(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/** Merged runs with the ends of the whole trimmed. */
export function tidyRuns(runs: readonly Inline[]): Inline[] {
  const merged = mergeRuns(runs);
  const first = merged[0];
  if (first) first.text = first.text.trimStart();
  const last = merged.at(-1);
  if (last) last.text = last.text.trimEnd();
  return merged.filter((run) => run.text !== '');
}

/** Cuts runs at each `\n` into lines of runs. */
export function splitRunsIntoLines(runs: readonly Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      lines.at(-1)?.push({ ...run, text: piece });
    });
  }
  return lines.map(tidyRuns);
}

/**
 * Joins the lines of a paragraph back into running text, one space at each line end. (`flatMap`, not
 * `push(...line)`: a Word line of 200,000 alternating runs would overflow the call stack as arguments.)
 */
export function joinLines(lines: readonly Inline[][]): Inline[] {
  return tidyRuns(lines.filter((line) => line.length > 0).flatMap((line, index) => (index > 0 ? [{ text: ' ' }, ...line] : line)));
}

/** True when every visible run is bold (or every one italic): a lead paragraph, or a name. */
export function isEmphasised(runs: readonly Inline[], flag: 'bold' | 'italic'): boolean {
  const visible = runs.filter((run) => run.text.trim() !== '');
  return visible.length > 0 && visible.every((run) => run[flag] === true);
}
