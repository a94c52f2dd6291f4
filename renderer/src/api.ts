import type { ApiClient } from '../../main/api/contract';

/** The back end, as the preload (or a test) put it on the window. */
export function presskit(): ApiClient {
  return window.presskit;
}

/** The sentence to show for a failed call: main's errors already speak plain words; anything else gets the fallback. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
