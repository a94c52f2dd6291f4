/**
 * main's refusals and notices in the interface's language, by the code they carry. The studio words them
 * through i18next (these are its `main.` resources); the desktop shell, for its own message boxes, and
 * UserError, for its English `message`, here.
 */
import type { ErrorDetail, ErrorParams } from '../errors';
import { en } from './en';
import { fr } from './fr';

export type Wording = typeof fr;
export type WordingLanguage = 'fr' | 'en';

/** The dotted paths of the tree's sentences, e.g. 'kit.empty'. */
type SentencePath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${SentencePath<T[K]>}`;
}[keyof T & string];

/**
 * Every code a refusal or a notice can carry: a sentence of the wording, a typo does not compile. A
 * `name_context` sentence is a variant of `name`, picked by a `context` value, not a code of its own.
 */
export type WordingCode = Exclude<SentencePath<Wording>, `${string}_${string}`>;

const WORDING: Readonly<Record<WordingLanguage, Wording>> = { fr, en };

function lookup(tree: unknown, path: string): string | undefined {
  const found = path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
  return typeof found === 'string' ? found : undefined;
}

/**
 * The sentence for `detail` in `language`, its values in place of `{{name}}`; a `context` value picks the
 * `code_context` variant, as i18next does. Null when the code has no sentence: the caller keeps main's own.
 */
export function wordDetail(detail: { code?: string; params?: ErrorParams }, language: WordingLanguage): string | null {
  if (!detail.code) return null;
  const words = WORDING[language];
  const context = detail.params?.context;
  const text = (context === undefined ? undefined : lookup(words, `${detail.code}_${context}`)) ?? lookup(words, detail.code);
  return text?.replace(/\{\{(\w+)\}\}/gu, (whole, name: string) => String(detail.params?.[name] ?? whole)) ?? null;
}

/** main's `message` in `language` when main named it with `detail`, else main's own words. */
export function sayInLanguage(message: string, detail: Partial<ErrorDetail> | undefined, language: WordingLanguage): string {
  return (detail && wordDetail(detail, language)) ?? message;
}
