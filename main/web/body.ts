/** A request body read whole, up to a limit: past it the reading stops and the caller answers 413. */
import type { IncomingMessage } from 'node:http';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    // The caller answers with its own sentence (web.tooLarge); this one is for logs.
    super(`request body over ${limit} bytes`);
  }
}

/**
 * Resolves with the body as text. Rejects with BodyTooLarge as soon as the declared or received size
 * passes `limit`, leaving the socket open so the caller can still answer before closing it.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.off('end', onEnd);
      request.pause();
      reject(new BodyTooLarge(limit));
    };
    const onEnd = () => resolvePromise(Buffer.concat(chunks).toString('utf8'));
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
  });
}
