/** A fuzzed property, run briefly by the suite (test/fuzz/*.test.ts) and at length by `npm run fuzz`. */
import type fc from 'fast-check';
import type { Scale } from './mutations';

export interface FuzzProperty<T> {
  name: string;
  arbitrary(scale: Scale): fc.Arbitrary<T>;
  /** Resolves when the case holds; rejects (a Violation, or whatever escaped) when it does not. */
  check(value: T): Promise<void>;
}

/**
 * `check` as a fast-check predicate whose shrinking stops after `shrinkMs`: a case takes up to a second
 * (a PDF, pdftotext), and fast-check may try thousands of smaller ones. Past the budget every further
 * candidate passes unrun, so the smallest failure found so far is the one reported.
 */
export function withShrinkBudget<T>(check: (value: T) => Promise<void>, shrinkMs: number): (value: T) => Promise<void> {
  let failedAt: number | undefined;
  return async (value) => {
    if (failedAt !== undefined && performance.now() - failedAt > shrinkMs) return;
    try {
      await check(value);
    } catch (error) {
      failedAt ??= performance.now();
      throw error;
    }
  };
}
