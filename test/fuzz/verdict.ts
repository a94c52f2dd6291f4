/**
 * What every fuzzed outcome must be: a value, or a refusal of ours (a code, its sentence in both wording
 * files, that very sentence as the message), and a store that still keeps the archive's own rules.
 */
import { parseIsoDate } from '../../main/core/dates';
import { isUserError } from '../../main/core/errors';
import type { StoreData } from '../../main/core/schema';
import { wordDetail } from '../../main/core/wording';

/** A broken property. `kind` names the kind of failure without its values, so that a long run reports each kind once. */
export class Violation extends Error {
  override name = 'Violation';
  constructor(
    message: string,
    readonly kind: string = message,
    /** Other properties the same case broke, so that a long run still sees this case once `kind` is known. */
    readonly others: readonly Violation[] = [],
  ) {
    super([message, ...others.map((other) => other.message)].join('\n'));
  }

  get kinds(): string[] {
    return [this.kind, ...this.others.map((other) => other.kind)];
  }
}

export interface Problem {
  kind: string;
  message: string;
}

interface Refusal {
  message: string;
  kind?: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** Why a refusal is not one of ours, or null when it is. */
export function refusalProblem(refusal: Refusal): Problem | null {
  const { message, code } = refusal;
  const problem = (kind: string, said: string): Problem => ({ kind, message: `${kind}: ${said}` });
  if (refusal.kind === 'internal') return problem('an internal error instead of a refusal', `« ${message} »`);
  if (!code) return problem('a refusal without a code', `« ${message} »`);
  const detail = { code, ...(refusal.params ? { params: refusal.params } : {}) };
  const english = wordDetail(detail, 'en');
  const french = wordDetail(detail, 'fr');
  if (english === null || french === null) return problem(`the code ${code} has no sentence`, `none in ${english === null ? 'en.ts' : 'fr.ts'}`);
  if (/\{\{\w+\}\}/u.test(`${english}${french}`)) return problem(`the refusal ${code} lacks a value its sentence names`, `« ${english} »`);
  if (message !== english) return problem(`the refusal ${code} is not worded as en.ts says`, `« ${message} » instead of « ${english} »`);
  return null;
}

/** Throws unless `error` is a UserError of ours. */
export function expectOurRefusal(error: unknown): void {
  if (!isUserError(error)) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new Violation(`an exception that is not a UserError: ${text}`, `an exception: ${text.split('\n')[0] ?? ''}`);
  }
  const problem = refusalProblem({ message: error.message, kind: error.kind, ...error.detail });
  if (problem) throw new Violation(problem.message, problem.kind);
}

function firstRepeat(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return values.find((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

function isRealDay(iso: string): boolean {
  try {
    parseIsoDate(iso);
    return true;
  } catch {
    return false;
  }
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The rules the handlers keep for the archive, which an accepted input must not break. */
export function storeProblem(data: StoreData): string | null {
  // A reference names one release per language: a translation shares its source's.
  const ref = firstRepeat(data.releases.map((release) => `${release.ref.toLowerCase()} (${release.language})`));
  if (ref !== undefined) return `two releases share the reference ${ref} (case ignored)`;
  const kit = firstRepeat(data.kits.map((k) => k.name.toLowerCase()));
  if (kit !== undefined) return `two kits share the name ${kit} (case ignored)`;
  const days = [...data.releases.map((release) => release.date), ...data.kits.flatMap((k) => [k.event.startDate, k.event.endDate])];
  const day = days.find((value) => value !== null && !isRealDay(value));
  if (day) return `the archive holds a day that does not exist: ${day}`;
  if (!isKnownZone(data.settings.timeZone)) return `the archive holds a time zone that does not exist: ${data.settings.timeZone}`;
  return null;
}

export function expectSoundStore(data: StoreData): void {
  const problem = storeProblem(data);
  if (problem) throw new Violation(`accepted, but ${problem}`, `accepted, but ${problem.replace(/:.*$/su, '')}`);
}
