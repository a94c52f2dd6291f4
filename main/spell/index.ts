/**
 * Spell checking, offline, in French, English and Russian: in a worker thread when the transport has the
 * bundled worker (the app, the CLI), else in this thread (the tests, which run the sources).
 */
import { Worker } from 'node:worker_threads';
import type { Language } from '../core/language';
import type { WordSpot } from '../core/spell-words';
import { answer } from './answer';
import type { SpellQuestion, SpellRequest, SpellResponse } from './protocol';
import { createSpeller } from './speller';

export interface SpellService {
  unknown(language: Language, texts: string[], ownWords: string[]): Promise<WordSpot[][]>;
  suggest(language: Language, word: string, ownWords: string[]): Promise<string[]>;
  close(): Promise<void>;
}

type Ask = (question: SpellQuestion) => Promise<WordSpot[][] | string[]>;

function service(ask: Ask, close: () => Promise<void>): SpellService {
  return {
    unknown: async (language, texts, ownWords) => (await ask({ kind: 'unknown', language, texts, ownWords })) as WordSpot[][],
    suggest: async (language, word, ownWords) => (await ask({ kind: 'suggest', language, word, ownWords })) as string[],
    close,
  };
}

/** One worker, started on the first question, kept (without holding the process open) for the next. */
function inWorker(workerUrl: URL | string): SpellService {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (result: WordSpot[][] | string[]) => void; reject: (error: Error) => void }>();
  const settle = (): void => {
    if (pending.size === 0) worker?.unref();
  };
  const start = (): Worker => {
    const started = new Worker(workerUrl);
    started.on('message', (response: SpellResponse) => {
      const waiting = pending.get(response.id);
      if (!waiting) return;
      pending.delete(response.id);
      if (response.ok) waiting.resolve(response.result);
      else waiting.reject(new Error(response.message));
      settle();
    });
    // A worker that fails or ends takes its questions with it; the next question starts another.
    const fail = (error: Error): void => {
      if (worker === started) worker = undefined;
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`The spelling worker stopped (exit code ${code}).`)));
    return started;
  };
  const ask: Ask = (question) => {
    worker ??= start();
    worker.ref();
    const id = nextId++;
    const request: SpellRequest = { ...question, id };
    const reply = new Promise<WordSpot[][] | string[]>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage(request);
    return reply;
  };
  return service(ask, async () => {
    const running = worker;
    worker = undefined;
    await running?.terminate();
  });
}

function inThread(): SpellService {
  let speller = createSpeller();
  return service(
    (question) => answer(speller, question),
    async () => {
      speller.dispose();
      speller = createSpeller();
    },
  );
}

export function spellService(workerUrl: URL | string | undefined): SpellService {
  return workerUrl ? inWorker(workerUrl) : inThread();
}
