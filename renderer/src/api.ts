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
  const { code, params } = error as Error & Partial<EnvelopeError>;
  const i18n = getI18n();
  const key = `main.${code}`;
  if (!code || !i18n?.exists(key)) return error.message;
  return (i18n.t as (key: string, options?: object) => string)(key, params);
}
