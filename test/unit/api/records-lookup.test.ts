/** Finding a document by id remembers its place (records.ts): a place that no longer holds it is never believed. */
import { describe, expect, it } from 'vitest';
import { findById } from '../../../main/api/records';
import { UserError } from '../../../main/core/errors';

const docs = (...ids: string[]) => Object.freeze(ids.map((id) => Object.freeze({ id })));

describe('finding a document by id', () => {
  it('finds it again where it was, and elsewhere once the list has changed around it', () => {
    const first = docs('a', 'b', 'c', 'd');
    expect(findById([...first], 'c', 'release')).toBe(first[2]);
    const shifted = docs('b', 'c', 'd');
    expect(findById([...shifted], 'c', 'release')).toBe(shifted[1]);
    const swapped = docs('c', 'x', 'b', 'd');
    expect(findById([...swapped], 'b', 'release')).toBe(swapped[2]);
    expect(findById([...swapped], 'c', 'release')).toBe(swapped[0]);
    expect(() => findById([...docs('a', 'd')], 'c', 'release')).toThrow(UserError);
  });
});
