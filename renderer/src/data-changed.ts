/** Dispatched on window by the preload when the archive changed outside the page (main/electron/messages.ts). */
export const DATA_CHANGED_EVENT = 'presskit:data-changed';
