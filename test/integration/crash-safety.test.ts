import { describe, expect, it } from 'vitest';
import { FIXTURE, presskit, spawnPresskit, tempDir } from '../helpers/cli';

interface Outcome {
  ref: string;
  acknowledged: boolean;
}

/** Starts an import and kills it with SIGKILL after `delayMs`; acknowledged means it printed its reference first. */
async function importAndKill(dataDir: string, ref: string, delayMs: number): Promise<Outcome> {
  const child = await spawnPresskit(['--data-dir', dataDir, 'import', FIXTURE, '--ref', ref]);
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  await exited;
  clearTimeout(timer);
  return { ref, acknowledged: stdout.includes(`${ref}\n`) };
}

async function refsIn(dataDir: string): Promise<string[]> {
  const result = await presskit(['--data-dir', dataDir, 'list', '--json']);
  // The store must always load as it is: no recovery notice, no error.
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { ref: string }[]).map((r) => r.ref);
}

describe('crash safety', () => {
  it('keeps every acknowledged write and always loads, whenever the process is killed', async () => {
    const dataDir = tempDir();
    const started = Date.now();
    expect((await presskit(['--data-dir', dataDir, 'import', FIXTURE, '--ref', 'CP1-2030'])).code).toBe(0);
    const fullRunMs = Date.now() - started;

    const outcomes: Outcome[] = [];
    const runs = 30;
    for (let i = 0; i < runs; i += 1) {
      // Spread the kill over the whole run, from start-up to just after the write.
      const delay = Math.round(fullRunMs * (0.3 + (0.9 * i) / runs));
      outcomes.push(await importAndKill(dataDir, `CP${i + 2}-2030`, delay));
      const refs = await refsIn(dataDir);
      for (const outcome of outcomes.filter((o) => o.acknowledged)) expect(refs).toContain(outcome.ref);
    }
    const acknowledged = outcomes.filter((o) => o.acknowledged).length;
    // Both kinds of ending happened, so the kills did land around the write.
    expect(acknowledged).toBeGreaterThan(0);
    expect(acknowledged).toBeLessThan(runs);
  }, 240_000);
});

describe('cross-process lock', () => {
  it('never loses a write when several processes import into one folder at once', async () => {
    const dataDir = tempDir();
    await presskit(['--data-dir', dataDir, 'list']);
    const refs = Array.from({ length: 8 }, (_, i) => `CP${i + 1}-2031`);
    const results = await Promise.all(
      refs.map(async (ref) => {
        const child = await spawnPresskit(['--data-dir', dataDir, 'import', FIXTURE, '--ref', ref]);
        return new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      }),
    );
    expect(results).toEqual(refs.map(() => 0));
    expect((await refsIn(dataDir)).sort()).toEqual([...refs].sort());
  }, 120_000);
});
