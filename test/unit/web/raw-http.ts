/** Raw HTTP requests to the test server: node:http sends the path and the Host header exactly as given. */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  bytes: Buffer;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as given; an array is written chunk by chunk (no Content-Length). */
  body?: string | string[];
}

export function rawRequest(port: number, options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
      res.on('error', reject);
    });
    // Once the server has answered, it may drop the connection while we are still writing.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    for (const chunk of typeof options.body === 'string' ? [options.body] : (options.body ?? [])) req.write(chunk);
    req.end();
  });
}
