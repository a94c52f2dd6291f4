import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
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

interface Archive {
  refs: string[];
  /** Each kit's name with the references of its releases, which must all be in the archive. */
  kits: string[];
}

async function archiveIn(dataDir: string): Promise<Archive> {
  const listed = await presskit(['--data-dir', dataDir, 'list', '--json']);
  expect(listed.stderr).toBe('');
  const releases = JSON.parse(listed.stdout) as { id: string; ref: string }[];
  const kits = JSON.parse((await presskit(['--data-dir', dataDir, 'kit', 'list', '--json'])).stdout) as { name: string; items: { type: string; releaseId?: string }[] }[];
  const refOf = new Map(releases.map((release) => [release.id, release.ref]));
  return {
    refs: releases.map((release) => release.ref).sort(),
    kits: kits.map((kit) => `${kit.name}: ${kit.items.flatMap((item) => (item.type === 'release' ? [refOf.get(item.releaseId ?? '') ?? 'MISSING'] : [])).join(' ')}`).sort(),
  };
}

/** A folder holding the releases `refs` and a kit `name` of the first two, and its bundle. */
async function archiveWith(name: string, refs: string[]): Promise<{ dataDir: string; bundle: string }> {
  const dataDir = tempDir();
  for (const ref of refs) expect((await presskit(['--data-dir', dataDir, 'import', FIXTURE, '--ref', ref])).code).toBe(0);
  expect((await presskit(['--data-dir', dataDir, 'kit', 'create', name, '--release', refs[0]!, '--release', refs[1]!])).code).toBe(0);
  const bundle = join(tempDir(), `${name}.presskit.json`);
  expect((await presskit(['--data-dir', dataDir, 'backup', '--out', bundle])).code).toBe(0);
  return { dataDir, bundle };
}

async function runAndKill(args: string[], delayMs: number): Promise<boolean> {
  const child = await spawnPresskit(args);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  const code = await exited;
  clearTimeout(timer);
  return code === 0;
}

describe('crash safety of changes to several documents', () => {
  it.each(['restore', 'import'] as const)('a bundle %s is all or nothing whenever the process is killed, and no kit names a missing release', async (command) => {
    await buildCli();
    const first = await archiveWith('Kit A', ['CP1-2040', 'CP2-2040', 'CP3-2040']);
    const second = await archiveWith('Kit B', ['CP1-2041', 'CP2-2041']);
    const before = await archiveIn(second.dataDir);
    const args = [command, first.bundle];
    // What the archive is once the change is whole: computed on a copy, uninterrupted.
    const probe = tempDir();
    expect((await presskit(['--data-dir', probe, 'restore', second.bundle])).code).toBe(0);
    const started = performance.now();
    expect((await presskit(['--data-dir', probe, ...args])).code).toBe(0);
    const fullRunMs = performance.now() - started;
    const after = await archiveIn(probe);
    expect(after).not.toEqual(before);
    for (const archive of [before, after]) expect(archive.kits.join()).not.toContain('MISSING');

    const runs = 16;
    let endings = { acknowledged: 0, killed: 0 };
    let delay = fullRunMs / 2;
    for (let i = 0; i < runs; i += 1) {
      expect((await presskit(['--data-dir', second.dataDir, 'restore', second.bundle])).code).toBe(0);
      const acknowledged = await runAndKill(['--data-dir', second.dataDir, ...args], Math.round(delay));
      const now = await archiveIn(second.dataDir);
      if (acknowledged) expect(now).toEqual(after);
      else expect([before, after]).toContainEqual(now);
      endings = acknowledged ? { ...endings, acknowledged: endings.acknowledged + 1 } : { ...endings, killed: endings.killed + 1 };
      delay *= acknowledged ? 0.85 : 1.15;
    }
    expect(endings.acknowledged).toBeGreaterThan(0);
    expect(endings.killed).toBeGreaterThan(0);
  }, 300_000);
});
