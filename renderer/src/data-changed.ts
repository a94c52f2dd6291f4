/** Dispatched on window by the preload when the archive changed outside the page (main/electron/messages.ts). */
export const DATA_CHANGED_EVENT = 'presskit:data-changed';

/** The studio's own changes (create, delete, import…) are announced the same way, so every view that lists data reloads. */
export function announceDataChanged(): void {
  window.dispatchEvent(new Event(DATA_CHANGED_EVENT));
}
