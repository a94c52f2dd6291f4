/** Reference numbering: `CP{n}-{yyyy}` gives CP1-2019, CP2-2019, … counted per year. */
import { foldKey } from './fold-key';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(pattern: string, year: number): RegExp {
  const source = escapeRegExp(pattern)
    .replace(escapeRegExp('{n}'), '(\\d+)')
    .replace(escapeRegExp('{yyyy}'), String(year))
    .replace(escapeRegExp('{yy}'), String(year).slice(-2));
  return new RegExp(`^${source}$`);
}

export function formatReference(pattern: string, n: number, year: number): string {
  return pattern.replace('{n}', String(n)).replace('{yyyy}', String(year)).replace('{yy}', String(year).slice(-2));
}

/** The next free reference of `year`: one more than the highest number already used that year (cp9-2019 counts as CP9-2019). */
export function nextReference(pattern: string, year: number, existing: Iterable<string>): string {
  const matcher = patternFor(foldKey(pattern), year);
  let highest = 0;
  for (const ref of existing) {
    const match = matcher.exec(foldKey(ref));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return formatReference(pattern, highest + 1, year);
}
