/** The spelling worker: Hunspell off the main thread, so that checking a long release never blocks the app. */
import { parentPort } from 'node:worker_threads';
import type { SpellRequest, SpellResponse } from './protocol';
import { answer } from './answer';
import { createSpeller } from './speller';

const port = parentPort;
if (!port) throw new Error('main/spell/worker.ts runs as a worker thread.');
const speller = createSpeller();

port.on('message', (request: SpellRequest) => {
  answer(speller, request).then(
    (result): void => port.postMessage({ id: request.id, ok: true, result } satisfies SpellResponse),
    (error: unknown): void => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies SpellResponse),
  );
});
