/** Names shared by main and the preload; free of imports so the sandboxed preload bundle stays small. */

/** Main -> preload: the archive changed outside the window (e.g. an import from the File menu). */
export const DATA_CHANGED_MESSAGE = 'presskit:data-changed';

/** Preload -> page: the DOM event the renderer listens to (renderer/src/data-changed.ts spells the same name). */
export const DATA_CHANGED_EVENT = 'presskit:data-changed';

/** Main -> preload: the IPC message that carries one of the contract's events (main/api/contract.ts `events`). */
export function eventMessage(event: string): string {
  return `presskit:event:${event}`;
}
