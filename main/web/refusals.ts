/**
 * The test transport's refusals: each one of our sentences (the `web` section of main/core/wording), in
 * the form its reader takes: an envelope error for the API, whose code lets the studio word it in its
 * language, and both languages as plain text for a page or file.
 */
import type { EnvelopeError } from '../api/contract';
import type { ErrorParams } from '../core/errors';
import { wordDetail, type Wording, type WordingLanguage } from '../core/wording';

export type WebRefusal = keyof Wording['web'];

function sentence(name: WebRefusal, params: ErrorParams | undefined, language: WordingLanguage): string {
  const text = wordDetail({ code: `web.${name}`, params }, language);
  if (text === null) throw new Error(`No ${language} sentence for web.${name}.`);
  return text;
}

export function refusalError(kind: string, name: WebRefusal, params?: ErrorParams): EnvelopeError {
  return { kind, message: sentence(name, params, 'en'), code: `web.${name}`, ...(params ? { params } : {}) };
}

export function refusalText(name: WebRefusal, params?: ErrorParams): string {
  return `${sentence(name, params, 'en')}\n${sentence(name, params, 'fr')}\n`;
}
