/**
 * A copy-on-write draft of a frozen state. Reading through the draft costs a proxy per object reached;
 * writing copies only the objects on the path to the change. `finishDraft` gives the new state, in which
 * every object left alone is the very object of the base: the store compares documents by identity to know
 * which changed, without copying or hashing the 20,000 others. (immer does the same; it is not installed.)
 */

interface DraftState {
  readonly base: object;
  /** A shallow copy of base, holding child drafts, once a child was reached or a value set. */
  copy: Record<PropertyKey, unknown> | undefined;
  modified: boolean;
  readonly parent: DraftState | undefined;
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
  }
}

function read(state: DraftState, key: PropertyKey): unknown {
    const value = source(state)[key];
    // Methods (push, find…) come from the prototype and work through this proxy; primitives are themselves;
    // a value set during the mutation (not frozen) is the mutation's own, changed in place.
    if (typeof key === 'symbol' || !isDraftable(value) || states.has(value) || !Object.isFrozen(value) || !Object.hasOwn(source(state), key)) return value;
    const child = createChild(value, state);
    ensureCopy(state)[key] = child;
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

function createChild<T extends object>(base: T, parent: DraftState | undefined): T {
  const state: DraftState = { base, copy: undefined, modified: false, parent };
  const target = Array.isArray(base) ? [] : {};
  const proxy = new Proxy(target, handler);
  states.set(proxy, state);
  stateOfTarget.set(target, state);
  return proxy as T;
}

export function createDraft<T extends object>(base: T): T {
  return createChild(base, undefined);
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
  if (typeof value !== 'object' || value === null) return value;
  const state = states.get(value);
  if (state) {
    const copy = state.copy;
    if (!state.modified || !copy) return state.base;
    const known = done.get(value);
    if (known !== undefined) return known;
    const result = (Array.isArray(copy) ? [] : {}) as Record<PropertyKey, unknown>;
    done.set(value, result);
    for (const key of Object.keys(copy)) result[key] = finish(copy[key], done);
    return result;
  }
  if (!isDraftable(value) || Object.isFrozen(value)) return value;
  // A plain value made during the mutation may hold drafts (`draft.releases = draft.releases.filter(…)`).
  const known = done.get(value);
  if (known !== undefined) return known;
  const record = value as Record<PropertyKey, unknown>;
  done.set(value, value);
  for (const key of Object.keys(record)) {
    const inner = record[key];
    const finished = finish(inner, done);
    if (finished !== inner) record[key] = finished;
  }
  return value;
}
