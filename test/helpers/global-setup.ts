import { execFileSync } from 'node:child_process';

/** Tests that spawn the `presskit` command need the bundled CLI; build it once per run. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
}
