/** The suite's share of a property: a fixed seed and a few dozen cases, the same every run. */
import fc from 'fast-check';
import { withShrinkBudget, type FuzzProperty } from './property';

export const SUITE_SEED = 20_261_201;
const SHRINK_MS = 10_000;

export function assertInSuite<T>(property: FuzzProperty<T>, numRuns: number): Promise<void> {
  return fc.assert(fc.asyncProperty(property.arbitrary('suite'), withShrinkBudget((value: T) => property.check(value), SHRINK_MS)), { seed: SUITE_SEED, numRuns });
}
