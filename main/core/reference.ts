/**
 * References: numbering (`CP{n}-{yyyy}` gives CP1-2019, CP2-2019, … counted per year) and addressing (a
 * reference is unique per language: a translation shares its source's).
 */
import { UserError } from './errors';
import { foldKey } from './fold-key';
import type { Language } from './language';

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

/** What a reference addresses: one release per language, since a translation shares its source's reference. */
interface Version {
  ref: string;
  language: Language;
}

/** The versions filed under `ref` (as a reader sees it: see foldKey), in every language. */
export function versionsOf<T extends Version>(releases: readonly T[], ref: string): T[] {
  const wanted = foldKey(ref);
  return releases.filter((release) => foldKey(release.ref) === wanted);
}

/**
 * The release `ref` names in `language`; without a language, the only version there is. A reference
 * filed in several languages needs one: the refusal lists them.
 */
export function pickVersion<T extends Version>(releases: readonly T[], ref: string, language?: Language): T {
  const versions = versionsOf(releases, ref);
  if (language !== undefined) {
    const version = versions.find((release) => release.language === language);
    if (version) return version;
    if (versions.length > 0) throw new UserError('translation.noVersion', { ref, languages: versions.map((v) => v.language).join(', '), context: language }, 'not-found');
  }
  const [only, ...others] = versions;
  if (!only) throw new UserError('release.notFound', { ref }, 'not-found');
  if (others.length > 0) throw new UserError('translation.whichLanguage', { ref, languages: versions.map((v) => v.language).join(', '), example: only.language }, 'usage');
  return only;
}
