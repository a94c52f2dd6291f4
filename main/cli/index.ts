import { runCli } from './run';

/** The command over this process's arguments and streams; its loader (start.ts) sets the exit code. */
export function main(argv: string[]): Promise<number> {
  return runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    progress: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    // Built beside this file by scripts/build-cli.mjs. No typesetting worker: the command's own thread has
    // nothing else to do, and a worker would load and compile the engine a second time (~85 ms) while it idles.
    spellWorker: new URL('./spell-worker.js', import.meta.url),
  });
}
