import { parentPort } from 'node:worker_threads';
import { renderRelease } from './index';
import { errorResponse, type RenderRequest, type RenderResponse } from './worker-protocol';

// One render at a time, in the order asked; the PDF bytes are transferred, not copied.
const port = parentPort;
if (port) {
  port.on('message', (request: RenderRequest) => {
    renderRelease(request.document, request.options).then(
      ({ bytes, report }) => {
        const response: RenderResponse = { id: request.id, ok: true, bytes, report };
        port.postMessage(response, [bytes.buffer as ArrayBuffer]);
      },
      (error: unknown) => port.postMessage(errorResponse(request.id, error)),
    );
  });
}
