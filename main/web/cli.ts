/**
 * `npm run studio:web -- --data-dir DIR [--port PORT] [--demo]`: starts the browser test transport
 * and prints the URL to open. Stops on Ctrl-C, closing the store cleanly.
 */
import { isUserError } from '../core/errors';
import { parseStudioArgs } from './args';
import { createStudioServer } from './server';

async function main(): Promise<void> {
  const server = await createStudioServer(parseStudioArgs(process.argv.slice(2)));
  process.stdout.write(`${server.url}\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${isUserError(error) ? error.message : String((error as Error).stack ?? error)}\n`);
  process.exitCode = isUserError(error) && error.kind === 'usage' ? 2 : 1;
});
