/**
 * The DOM event that stands for one of main's events in studio:web (main/web/bridge.ts): `detail` is
 * `{ event, payload }`. Shared by the bridge and the tests that dispatch it.
 */
export const WEB_EVENT = 'presskit:web-event';
