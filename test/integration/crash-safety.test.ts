import { describe, expect, it } from 'vitest';
import { buildCli, FIXTURE, presskit, spawnPresskit, tempDir } from '../helpers/cli';

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
    await buildCli();
    // Calibrate on uninterrupted imports (the slowest of three), so the kills spread over a real run.
    let fullRunMs = 0;
    for (const ref of ['CP1-2030', 'CP2-2030', 'CP3-2030']) {
      const started = performance.now();
      expect((await presskit(['--data-dir', dataDir, 'import', FIXTURE, '--ref', ref])).code).toBe(0);
      fullRunMs = Math.max(fullRunMs, performance.now() - started);
    }

    const outcomes: Outcome[] = [];
    const runs = 30;
    // The kill time homes in on the moment of the write: earlier after an acknowledged run, later after a killed one.
    let delay = fullRunMs / 2;
    for (let i = 0; i < runs; i += 1) {
      const outcome = await importAndKill(dataDir, `CP${i + 10}-2030`, Math.round(delay));
      outcomes.push(outcome);
      delay *= outcome.acknowledged ? 0.85 : 1.15;
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
