import { parentPort } from 'node:worker_threads';
import { renderCards, renderKit, renderRelease, type Rendered } from './index';
import { errorResponse, type RenderJob, type RenderRequest, type RenderResponse } from './worker-protocol';

function run(job: RenderJob, onProgress: (progress: Extract<RenderResponse, { kind: 'progress' }>['progress']) => void): Promise<Rendered> {
  switch (job.kind) {
    case 'release':
      return renderRelease(job.document, job.options);
    case 'kit':
      return renderKit(job.document, job.options, { onProgress });
    case 'cards':
      return renderCards(job.document, job.options);
  }
}

// One render at a time, in the order asked; the PDF bytes are transferred, not copied.
const port = parentPort;
if (port) {
  port.on('message', ({ id, job }: RenderRequest) => {
    const post = (response: RenderResponse, transfer: ArrayBuffer[] = []): void => port.postMessage(response, transfer);
    run(job, (progress) => post({ id, kind: 'progress', progress })).then(
      ({ bytes, report }) => post({ id, kind: 'result', ok: true, bytes, report }, [bytes.buffer as ArrayBuffer]),
      (error: unknown) => post(errorResponse(id, error)),
    );
  });
}
