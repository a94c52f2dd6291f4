/** Messages to and from the spelling worker (main/spell/worker.ts, bundled as spell-worker.js). */
import type { Language } from '../core/language';
import type { WordSpot } from '../core/spell-words';

export type SpellQuestion =
  | { kind: 'unknown'; language: Language; texts: string[]; ownWords: string[] }
  | { kind: 'suggest'; language: Language; word: string; ownWords: string[] };

export type SpellRequest = SpellQuestion & { id: number };

export type SpellAnswer<Q extends SpellQuestion> = Q extends { kind: 'unknown' } ? WordSpot[][] : string[];

export type SpellResponse = { id: number; ok: true; result: WordSpot[][] | string[] } | { id: number; ok: false; message: string };
