// The one door to the back end, exposed by the preload (main/electron/preload.ts).
import type { ApiClient } from '../../main/api/contract';

declare global {
  interface Window {
    readonly presskit: ApiClient;
  }
}

export {};
