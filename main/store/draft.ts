/**
 * A copy-on-write draft of a frozen state. Reading through the draft costs a proxy per object reached, and
 * copies nothing; writing copies only the objects on the path to the change. `finishDraft` gives the new state, in which
 * every object left alone is the very object of the base: the store compares documents by identity to know
 * which changed, without copying or hashing the 20,000 others. (immer does the same; it is not installed.)
 */

interface DraftState {
  readonly base: object;
  /** A shallow copy of base, once a value was set in it or in one of its children (which it then holds). */
  copy: Record<PropertyKey, unknown> | undefined;
  modified: boolean;
  readonly parent: DraftState | undefined;
  /** Where the parent holds this draft's base. */
  readonly key: PropertyKey | undefined;
  /** The drafts of the children read so far, by key: reading one twice gives the same draft. */
  children: Map<PropertyKey, object> | undefined;
  proxy: object;
}

const states = new WeakMap<object, DraftState>();

function isDraftable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function source(state: DraftState): Record<PropertyKey, unknown> {
  return (state.copy ?? state.base) as Record<PropertyKey, unknown>;
}

function ensureCopy(state: DraftState): Record<PropertyKey, unknown> {
  state.copy ??= (Array.isArray(state.base) ? [...(state.base as unknown[])] : { ...state.base }) as Record<PropertyKey, unknown>;
  return state.copy;
}

function markModified(state: DraftState | undefined): void {
  for (let at = state; at && !at.modified; at = at.parent) {
    ensureCopy(at);
    at.modified = true;
    if (at.parent && at.key !== undefined) {
      const holder = ensureCopy(at.parent);
      // Only where the parent still holds this draft's base: the mutation may have moved or replaced it.
      if (holder[at.key] === at.base) holder[at.key] = at.proxy;
    }
  }
}

function read(state: DraftState, key: PropertyKey): unknown {
  const value = source(state)[key];
  // Methods (push, find…) come from the prototype and work through this proxy; primitives are themselves;
  // a value set during the mutation (not frozen) is the mutation's own, changed in place.
  if (typeof key === 'symbol' || !isDraftable(value) || states.has(value) || !Object.isFrozen(value) || !Object.hasOwn(source(state), key)) return value;
  const known = state.children?.get(key);
  if (known && states.get(known)?.base === value) return known;
  // Not put in the copy: a search through 20,000 documents of a draft must not copy their list.
  const child = createChild(value, state, key);
  (state.children ??= new Map()).set(key, child);
  return child;
}

const handler: ProxyHandler<object> = {
  get(target, key, receiver) {
    const state = states.get(receiver as object);
    return state ? read(state, key) : Reflect.get(target, key, receiver);
  },
  set(_target, key, value, receiver) {
    const state = states.get(receiver as object);
    if (!state) return false;
    if (source(state)[key] === value && Object.hasOwn(source(state), key)) return true;
    markModified(state);
    ensureCopy(state)[key] = value;
    return true;
  },
  deleteProperty(target, key) {
    const state = stateOfTarget.get(target);
    if (!state) return false;
    if (!Object.hasOwn(source(state), key)) return true;
    markModified(state);
    return Reflect.deleteProperty(ensureCopy(state), key);
  },
  has(target, key) {
    const state = stateOfTarget.get(target);
    return state ? key in source(state) : false;
  },
  ownKeys(target) {
    const state = stateOfTarget.get(target);
    return state ? Reflect.ownKeys(source(state)) : [];
  },
  getOwnPropertyDescriptor(target, key) {
    const state = stateOfTarget.get(target);
    if (!state) return undefined;
    const owner = source(state);
    if (!Object.hasOwn(owner, key)) return undefined;
    // The proxy's own target is an empty stand-in: an array's `length` must stay as the target has it.
    if (Array.isArray(target) && key === 'length') return { value: (owner as unknown as unknown[]).length, writable: true, enumerable: false, configurable: false };
    return { value: read(state, key), writable: true, enumerable: true, configurable: true };
  },
  defineProperty(target, key, descriptor) {
    const state = stateOfTarget.get(target);
    if (!state || !('value' in descriptor)) return false;
    markModified(state);
    ensureCopy(state)[key] = descriptor.value;
    return true;
  },
  getPrototypeOf(target) {
    const state = stateOfTarget.get(target);
    return state ? Object.getPrototypeOf(state.base) : null;
  },
  setPrototypeOf: () => false,
  preventExtensions: () => false,
};

const stateOfTarget = new WeakMap<object, DraftState>();

function createChild<T extends object>(base: T, parent: DraftState | undefined, key: PropertyKey | undefined): T {
  const target = Array.isArray(base) ? [] : {};
  const proxy = new Proxy(target, handler);
  const state: DraftState = { base, copy: undefined, modified: false, parent, key, children: undefined, proxy };
  states.set(proxy, state);
  stateOfTarget.set(target, state);
  return proxy as T;
}

export function createDraft<T extends object>(base: T): T {
  return createChild(base, undefined, undefined);
}

/**
 * The element of a draft's list at the place `place` finds among its plain values (-1: none), not through
 * the draft, which would make a proxy for each of the 20,000 documents it is asked about; outside a draft,
 * `items` at that place.
 */
export function pickFrom<T>(items: readonly T[], place: (plain: readonly T[]) => number): T | undefined {
  const state = states.get(items);
  const at = place(state ? (source(state) as unknown as readonly T[]) : items);
  return at < 0 ? undefined : items[at];
}

export function isDraft(value: unknown): boolean {
  return typeof value === 'object' && value !== null && states.has(value);
}

/**
 * The plain value a draft (or a value holding drafts) stands for now: an object left alone is the base's
 * own; a changed one is a new object. Usable on a mutation's result too (a handler returning `draft.brand`).
 */
export function finishDraft<T>(value: T): T {
  return finish(value, new Map()) as T;
}

function finish(value: unknown, done: Map<object, unknown>): unknown {
  // A frozen value is the base's own, holding no draft (a draft itself is never frozen).
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const state = states.get(value);
  if (state) {
    const copy = state.copy;
    if (!state.modified || !copy) return state.base;
    const known = done.get(value);
    if (known !== undefined) return known;
    if (Array.isArray(copy)) {
      const result = new Array<unknown>(copy.length);
      done.set(value, result);
      // By index: the keys of a list of 20,000 documents would be 20,000 new strings.
      for (let index = 0; index < copy.length; index += 1) result[index] = finish(copy[index], done);
      return result;
    }
    const result: Record<PropertyKey, unknown> = {};
    done.set(value, result);
    for (const key of Object.keys(copy)) result[key] = finish(copy[key], done);
    return result;
  }
  if (!isDraftable(value)) return value;
  // A plain value made during the mutation may hold drafts (`draft.releases = draft.releases.filter(…)`).
  const known = done.get(value);
  if (known !== undefined) return known;
  done.set(value, value);
  if (Array.isArray(value)) {
    value.forEach((inner: unknown, index) => {
      const finished = finish(inner, done);
      if (finished !== inner) value[index] = finished;
    });
    return value;
  }
  const record = value as Record<PropertyKey, unknown>;
  for (const key of Object.keys(record)) {
    const inner = record[key];
    const finished = finish(inner, done);
    if (finished !== inner) record[key] = finished;
  }
  return value;
}
