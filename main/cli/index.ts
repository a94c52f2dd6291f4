import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  // Built beside this file by scripts/build-cli.mjs.
  pdfWorker: new URL('./pdf-worker.js', import.meta.url),
  spellWorker: new URL('./spell-worker.js', import.meta.url),
});
process.exitCode = code;
