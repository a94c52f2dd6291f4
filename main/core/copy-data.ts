/**
 * A deep copy of plain data (objects, arrays, primitives: what the store holds). structuredClone cannot
 * copy a Proxy, and the drafts a store update hands its mutation are copy-on-write proxies
 * (main/store/draft.ts), so values read from a draft are copied with this.
 */
export function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => copyData(item)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = copyData(inner);
  return copy as T;
}
