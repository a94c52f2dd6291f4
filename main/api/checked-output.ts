/**
 * What a handler returns, checked against the contract. A list channel hands back the same frozen values
 * call after call (the store's documents, the archive list's summaries): each is checked once and its
 * checked value given again while it is that same object, so a list of 20,000 costs a lookup per item
 * after its first call (it cost 120 ms of main's time on every refresh of the list). A value not frozen
 * is checked every time. (The store freezes what it hands out deeply: a frozen value stays what was checked.)
 */
import { z } from 'zod';

const checked = new WeakMap<object, unknown>();

function checkedItem(element: z.ZodType, item: unknown): unknown {
  if (typeof item !== 'object' || item === null || !Object.isFrozen(item)) return element.parse(item);
  if (!checked.has(item)) checked.set(item, element.parse(item));
  return checked.get(item);
}

export function checkedOutput(schema: z.ZodType, value: unknown): unknown {
  if (!(schema instanceof z.ZodArray) || schema.def.checks !== undefined || !Array.isArray(value)) return schema.parse(value);
  const element = schema.element as z.ZodType;
  return value.map((item: unknown) => checkedItem(element, item));
}
