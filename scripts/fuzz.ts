/**
 * `npm run fuzz`: the suite's property tests (test/fuzz), run for longer. Each property runs for its share
 * of `--minutes` (10 by default) or for PRESSKIT_FUZZ_RUNS / `--runs` cases. A failure is shrunk, printed
 * with the seed and path that replay it, and then set aside so that the run goes on looking for other
 * kinds of failure. At the end: cases run, failures and the slowest case of each property.
 *
 *   npm run fuzz -- [--minutes M] [--runs N] [--seed S] [--only NAME]
 *   npm run fuzz -- --only NAME --seed S --path P [--scale suite]   replays one case
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import type { Scale } from '../test/fuzz/mutations';
import { PROPERTIES } from '../test/fuzz/properties';
import { withShrinkBudget, type FuzzProperty } from '../test/fuzz/property';
import { Violation } from '../test/fuzz/verdict';

/** A case that has not answered after this long is a hang. */
const CASE_TIMEOUT_MS = 60_000;
const SHRINK_MS = 30_000;
const SHOWN_CHARS = 600;

interface Failure {
  kind: string;
  seed: number;
  path: string;
  counterexample: string;
  error: string;
}

interface Slowest {
  ms: number;
  seed: number;
  path: string;
  value: string;
}

interface Tally {
  name: string;
  /** Cases generated; `cases` adds the smaller ones tried while shrinking a failure. */
  generated: number;
  cases: number;
  failures: Failure[];
  slowest: Slowest | null;
}

const { values } = parseArgs({
  options: {
    minutes: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
    path: { type: 'string' },
    scale: { type: 'string', default: 'long' },
  },
});

function shorten(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}… (${text.length} characters)` : text;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The kind of a failure, without the values that vary from case to case. */
function kindOf(kind: string): string {
  return kind
    .replace(/«[^»]*»/gu, '«…»')
    .replace(/"[^"]*"/gu, '"…"')
    .replace(/\d+(\.\d+)?/gu, 'N');
}

/** Every kind of failure one case shows; a case is set aside only when all are already reported. */
function kindsOf(error: unknown): string[] {
  return (error instanceof Violation ? error.kinds : [messageOf(error).split('\n')[0] ?? '']).map(kindOf);
}

async function fuzz(property: FuzzProperty<never>, seed: number, runs: number, deadline: number): Promise<Tally> {
  const tally: Tally = { name: property.name, generated: 0, cases: 0, failures: [], slowest: null };
  const known = new Set<string>();
  let runSeed = seed;
  while (tally.generated < runs && Date.now() < deadline) {
    let index = 0;
    let shrinking = false;
    const currentSeed = runSeed;
    // A kind of failure already reported passes, so that the run looks for others.
    const check = withShrinkBudget(async (value: never) => {
      try {
        await property.check(value);
      } catch (error) {
        if (kindsOf(error).some((kind) => !known.has(kind))) throw error;
      }
    }, SHRINK_MS);
    const predicate = async (value: never): Promise<void> => {
      const path = String(index++);
      const started = performance.now();
      let failed = false;
      tally.cases += 1;
      if (!shrinking) tally.generated += 1;
      try {
        await check(value);
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        const ms = performance.now() - started;
        if (!shrinking && ms > (tally.slowest?.ms ?? -1)) tally.slowest = { ms, seed: currentSeed, path, value: shorten(fc.stringify(value)) };
        shrinking ||= failed;
      }
    };
    const result = await fc.check(fc.asyncProperty(property.arbitrary('long'), predicate), {
      seed: currentSeed,
      numRuns: runs - tally.generated,
      interruptAfterTimeLimit: Math.max(1, deadline - Date.now()),
      markInterruptAsFailure: false,
      timeout: CASE_TIMEOUT_MS,
    });
    if (!result.failed) break;
    const kinds = kindsOf(result.errorInstance);
    const failure: Failure = {
      kind: kinds.find((kind) => !known.has(kind)) ?? kinds[0] ?? '',
      seed: currentSeed,
      path: result.counterexamplePath ?? '',
      counterexample: shorten(fc.stringify(result.counterexample?.[0])),
      error: shorten(messageOf(result.errorInstance)),
    };
    tally.failures.push(failure);
    known.add(failure.kind);
    console.log(`${property.name}: FAILURE ${failure.kind}\n  replay: npm run fuzz -- --only ${property.name} --seed ${failure.seed} --path ${failure.path}\n  counterexample: ${failure.counterexample}\n  ${failure.error}\n`);
    runSeed += 1;
  }
  return tally;
}

async function replay(property: FuzzProperty<never>, seed: number, path: string, scale: Scale): Promise<void> {
  const result = await fc.check(fc.asyncProperty(property.arbitrary(scale), (value) => property.check(value)), { seed, path, endOnFailure: true, timeout: CASE_TIMEOUT_MS });
  if (!result.failed) {
    console.log(`${property.name}: the case at seed ${seed}, path ${path} holds.`);
    return;
  }
  console.log(`${property.name}: the case fails.\n  value: ${fc.stringify(result.counterexample?.[0])}\n  ${messageOf(result.errorInstance)}`);
  process.exitCode = 1;
}

function printTallies(tallies: Tally[], elapsedMs: number): void {
  const total = (key: 'generated' | 'cases'): number => tallies.reduce((sum, t) => sum + t[key], 0);
  console.log(`\nnpm run fuzz: ${total('generated')} cases (${total('cases')} with shrinking) in ${(elapsedMs / 60_000).toFixed(1)} min`);
  for (const t of tallies) {
    const slowest = t.slowest ? `slowest ${t.slowest.ms.toFixed(0)} ms (--seed ${t.slowest.seed} --path ${t.slowest.path}): ${t.slowest.value}` : 'no case run';
    console.log(`\n${t.name}: ${t.generated} cases (${t.cases} with shrinking), ${t.failures.length} kind(s) of failure; ${slowest}`);
    for (const f of t.failures) console.log(`  - ${f.kind}\n    --seed ${f.seed} --path ${f.path}`);
  }
}

async function main(): Promise<void> {
  const chosen = values.only ? PROPERTIES.filter((p) => p.name === values.only) : PROPERTIES;
  if (chosen.length === 0) throw new Error(`No property named ${values.only}; there are ${PROPERTIES.map((p) => p.name).join(', ')}.`);
  const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
  if (values.path !== undefined) {
    for (const property of chosen) await replay(property, seed, values.path, values.scale === 'suite' ? 'suite' : 'long');
    return;
  }
  const runsText = values.runs ?? process.env.PRESSKIT_FUZZ_RUNS;
  const runs = runsText ? Number(runsText) : Number.POSITIVE_INFINITY;
  const minutes = values.minutes ? Number(values.minutes) : runsText ? Number.POSITIVE_INFINITY : 10;
  const started = Date.now();
  console.log(`npm run fuzz: seed ${seed}, ${Number.isFinite(runs) ? `${runs} cases` : 'no case limit'} and ${Number.isFinite(minutes) ? `${minutes} min` : 'no time limit'} per run, over ${chosen.map((p) => p.name).join(', ')}\n`);
  const tallies: Tally[] = [];
  for (const [at, property] of chosen.entries()) {
    const share = (minutes * 60_000 - (Date.now() - started)) / (chosen.length - at);
    tallies.push(await fuzz(property, seed, runs, Date.now() + share));
  }
  printTallies(tallies, Date.now() - started);
  if (tallies.some((t) => t.failures.length > 0)) process.exitCode = 1;
}

await main();
