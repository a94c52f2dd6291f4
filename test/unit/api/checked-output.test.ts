import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkedOutput } from '../../../main/api/checked-output';

const Item = z.object({ id: z.string() });

describe('the check of what a handler returns', () => {
  it('checks a frozen item once and gives its checked value again, an unfrozen one every time', () => {
    const frozen = Object.freeze({ id: 'a', extra: 1 });
    const first = checkedOutput(z.array(Item), [frozen]) as unknown[];
    expect(first).toEqual([{ id: 'a' }]);
    expect((checkedOutput(z.array(Item), [frozen]) as unknown[])[0]).toBe(first[0]);
    const loose: { id: unknown } = { id: 'b' };
    expect(checkedOutput(z.array(Item), [loose])).toEqual([{ id: 'b' }]);
    loose.id = 2;
    expect(() => checkedOutput(z.array(Item), [loose])).toThrow();
  });

  it('refuses a frozen item that does not fit, every time, and keeps the list’s own rules', () => {
    const wrong = Object.freeze({ id: 3 });
    expect(() => checkedOutput(z.array(Item), [wrong])).toThrow();
    expect(() => checkedOutput(z.array(Item), [wrong])).toThrow();
    const two = [Object.freeze({ id: 'a' }), Object.freeze({ id: 'b' })];
    expect(() => checkedOutput(z.array(Item).max(1), two)).toThrow();
    expect(() => checkedOutput(Item, { id: 1 })).toThrow();
  });
});
