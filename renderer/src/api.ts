import { getI18n } from 'react-i18next';
import type { ApiClient, EnvelopeError } from '../../main/api/contract';

/** The back end, as the preload (or a test) put it on the window. */
export function presskit(): ApiClient {
  return window.presskit;
}

/**
 * The sentence to show for a failed call: main's own, in the interface's language when main named it (its
 * code and values, worded under `main.` in the i18n resources); anything else gets the fallback.
 */
export function errorMessage(error: unknown, fallback: string): string {
  if (!(error instanceof Error) || !error.message) return fallback;
  return mainSentence(error as Error & Partial<EnvelopeError>);
}

/** main's sentence (a refusal, a warning) in the interface's language when main named it, else main's own words. */
export function mainSentence({ code, params, message }: { code?: string; params?: EnvelopeError['params']; message: string }): string {
  const i18n = getI18n();
  const key = `main.${code}`;
  if (!code || !i18n?.exists(key)) return message;
  return (i18n.t as (key: string, options?: object) => string)(key, params);
}
