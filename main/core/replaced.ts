/**
 * How a frozen list the store handed out differs from the one before it: a save replaces one release of
 * 20,000 (or adds, or removes, a few) and keeps the others at their places, so what was derived from the
 * last list (its order, its index) is updated from the few instead of derived again from all.
 */
export interface Replaced<T> {
  /** Items of `before` no longer at their places (one that only moved is both gone and added). */
  readonly gone: ReadonlySet<T>;
  /** Items of `after` not at their places in `before`. */
  readonly added: readonly T[];
}

/** The difference place by place, or undefined when more than `most` items differ (deriving whole is then as quick). */
export function replacedBetween<T>(before: readonly T[], after: readonly T[], most: number): Replaced<T> | undefined {
  const gone = new Set<T>();
  const added: T[] = [];
  for (let at = 0; at < Math.max(before.length, after.length); at += 1) {
    const was = before[at];
    const now = after[at];
    if (was === now) continue;
    if (was !== undefined) gone.add(was);
    if (now !== undefined) added.push(now);
    if (added.length > most || gone.size > most) return undefined;
  }
  return { gone, added };
}
