import { parentPort } from 'node:worker_threads';
import { render } from './index';
import { errorResponse, type RenderRequest, type RenderResponse } from './worker-protocol';

// One render at a time, in the order asked; the PDF bytes are transferred, not copied.
const port = parentPort;
if (port) {
  port.on('message', ({ id, job }: RenderRequest) => {
    const post = (response: RenderResponse, transfer: ArrayBuffer[] = []): void => port.postMessage(response, transfer);
    render(job, { onProgress: (progress) => post({ id, kind: 'progress', progress }) }).then(
      (rendered) => post({ id, kind: 'result', ok: true, ...rendered }, [rendered.bytes.buffer as ArrayBuffer]),
      (error: unknown) => post(errorResponse(id, error)),
    );
  });
}
