/**
 * References: numbering (`CP{n}-{yyyy}` gives CP1-2019, CP2-2019, … counted per year) and addressing (a
 * reference is unique per language: a translation shares its source's).
 */
import { UserError, type ErrorDetail } from './errors';
import { foldKey } from './fold-key';
import { replacedBetween } from './replaced';
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

/** Whether `ref` is of the brand's pattern, in any year (`CP{n}-{yyyy}`: CP125-2019, not CP-2019 nor CP0-2019). */
export function fitsPattern(pattern: string, ref: string): boolean {
  const source = escapeRegExp(foldKey(pattern))
    .replace(escapeRegExp('{n}'), '[1-9]\\d*')
    .replace(escapeRegExp('{yyyy}'), '\\d{4}')
    .replace(escapeRegExp('{yy}'), '\\d{2}');
  return new RegExp(`^${source}$`, 'u').test(foldKey(ref));
}

/**
 * A new release's reference until it is numbered: `Provisional 2026-001`. It is of no brand's pattern (a
 * pattern's number has no leading zero), so it never takes, nor looks like, an official number.
 */
const PROVISIONAL = /^Provisional (\d{4}-\d{3,})$/u;

export function isProvisional(ref: string): boolean {
  return PROVISIONAL.test(ref);
}

/** The next free provisional reference of `year`, counted apart from the official ones. */
export function nextProvisional(year: number, existing: Iterable<string>): string {
  let highest = 0;
  for (const ref of existing) {
    const number = PROVISIONAL.exec(ref)?.[1];
    if (number?.startsWith(`${year}-`)) highest = Math.max(highest, Number(number.slice(5)));
  }
  return `Provisional ${year}-${String(highest + 1).padStart(3, '0')}`;
}

/** `2026-001` for `Provisional 2026-001`; null for an official reference. */
export function provisionalNumber(ref: string): string | null {
  return PROVISIONAL.exec(ref)?.[1] ?? null;
}

const PROVISIONAL_WORD: Readonly<Record<Language, string>> = { fr: 'Provisoire', en: 'Provisional', ru: 'Предварительный номер' };

/** The reference as a document in `language` prints it: a provisional one says so in its language. */
export function printedReference(ref: string, language: Language): string {
  const number = provisionalNumber(ref);
  return number === null ? ref : `${PROVISIONAL_WORD[language]} ${number}`;
}

/** What a reference addresses: one release per language, since a translation shares its source's reference. */
interface Version {
  ref: string;
  language: Language;
}

/** The versions filed under `ref` (as a reader sees it: see foldKey), in every language. */
export function versionsOf<T extends Version>(releases: readonly T[], ref: string): T[] {
  const wanted = foldKey(ref);
  if (!Object.isFrozen(releases)) return releases.filter((release) => foldKey(release.ref) === wanted);
  return [...((indexOf(releases).get(wanted) ?? []) as T[])];
}

// A stored archive's list is frozen and handed out until a change replaces it: indexed once per state (from
// the last state's index after a save), so opening one release among 20,000 is a lookup. A draft's list (a
// change being made) is searched.
const versionIndexes = new WeakMap<readonly Version[], Map<string, Version[]>>();
let lastIndexed: { releases: readonly Version[]; index: Map<string, Version[]> } | undefined;
const MAX_REINDEXED = 64;

function add(index: Map<string, Version[]>, release: Version): void {
  const key = foldKey(release.ref);
  const versions = index.get(key);
  if (versions) versions.push(release);
  else index.set(key, [release]);
}

/** `releases`' index, from the last list's when they differ by a few releases; each key's versions in the store's order. */
function reindexed(releases: readonly Version[]): Map<string, Version[]> | undefined {
  const last = lastIndexed;
  const changed = last && replacedBetween(last.releases, releases, MAX_REINDEXED);
  if (!last || !changed) return undefined;
  const index = new Map(last.index);
  for (const key of new Set([...changed.gone, ...changed.added].map((release) => foldKey(release.ref)))) {
    // The releases that stayed are at their places, so in this list as in the last one.
    const versions = [...(last.index.get(key) ?? []).filter((release) => !changed.gone.has(release)), ...changed.added.filter((release) => foldKey(release.ref) === key)];
    if (versions.length === 0) index.delete(key);
    else index.set(key, versions.length === 1 ? versions : versions.sort((a, b) => releases.indexOf(a) - releases.indexOf(b)));
  }
  return index;
}

function indexOf(releases: readonly Version[]): Map<string, Version[]> {
  let index = versionIndexes.get(releases);
  if (!index) {
    index = reindexed(releases);
    if (!index) {
      index = new Map();
      for (const release of releases) add(index, release);
    }
    versionIndexes.set(releases, index);
    lastIndexed = { releases, index };
  }
  return index;
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

/**
 * What is wrong with `ref` as a reference the user gives a release in `language`: not of the brand's
 * pattern, or already filed in that language. Null when it can be used.
 */
export function referenceProblem<T extends Version>(ref: string, language: Language, pattern: string, releases: readonly T[]): ErrorDetail | null {
  const wanted = ref.trim();
  if (!fitsPattern(pattern, wanted)) return { code: 'reference.notPattern', params: { ref: wanted, example: formatReference(pattern, 125, 2019) } };
  if (versionsOf(releases, wanted).some((release) => release.language === language)) return { code: 'release.refTaken', params: { ref: wanted } };
  return null;
}
