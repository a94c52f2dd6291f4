/** The editor's draft as pure data: which fields changed, the undo history, and what is wrong with a draft. Pure. */
import { ReleaseChanges } from '../../../main/api/contract';
import { embargoBeforeDate } from '../../../main/core/embargo';
import { isProvisional } from '../../../main/core/reference';
import { Release } from '../../../main/core/schema';

export type EditableField = keyof ReleaseChanges;
export const EDITABLE_FIELDS = Object.keys(ReleaseChanges.shape) as EditableField[];

/** A pause longer than this, or another field, starts a new undo step; typing in one burst is one step. */
const COALESCE_MS = 1000;
const HISTORY_LIMIT = 200;

export function editableOf(release: Release): ReleaseChanges {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, release[field]]));
}

/** The fields of `draft` that differ from `saved`: what releases.update must send. */
export function changedFields(saved: Release, draft: Release): ReleaseChanges {
  return Object.fromEntries(
    EDITABLE_FIELDS.filter((field) => JSON.stringify(saved[field]) !== JSON.stringify(draft[field])).map((field) => [field, draft[field]]),
  );
}

/** The embargo's problem when it lifts before the release's date, which main refuses too. */
export const EMBARGO_BEFORE_DATE = 'embargo.beforeDate';

/** Problems by field name, from the same schema and rules main validates with; the first problem of each field. */
export function draftProblems(draft: Release): Partial<Record<EditableField, string>> {
  const result = Release.safeParse(draft);
  if (result.success) return result.data.embargo && embargoBeforeDate(result.data.embargo, result.data.date) ? { embargo: EMBARGO_BEFORE_DATE } : {};
  const problems: Partial<Record<EditableField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && EDITABLE_FIELDS.includes(field as EditableField)) problems[field as EditableField] ??= issue.message;
  }
  return problems;
}

export interface DraftState {
  saved: Release;
  draft: Release;
  past: Release[];
  future: Release[];
  lastField: EditableField | null;
  lastAt: number;
}

export type DraftAction =
  | { type: 'change'; patch: ReleaseChanges; field: EditableField; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; release: Release };

export function initialDraft(release: Release): DraftState {
  return { saved: release, draft: release, past: [], future: [], lastField: null, lastAt: 0 };
}

/**
 * A snapshot's edits over what is saved now (ids, times and revisions always come from the store). An
 * approval is the store's, never an undo step: undoing past one keeps the status saved now.
 */
function restored(state: DraftState, snapshot: Release): Release {
  const status = snapshot.status === 'approved' && state.saved.status !== 'approved' ? state.saved.status : snapshot.status;
  // Nor is the official number a new release took: undoing past it keeps it.
  const ref = isProvisional(snapshot.ref) && !isProvisional(state.saved.ref) ? state.saved.ref : snapshot.ref;
  return { ...state.saved, ...editableOf(snapshot), status, ref };
}

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'change': {
      const draft = { ...state.draft, ...action.patch };
      const sameStep = action.field === state.lastField && action.at - state.lastAt < COALESCE_MS && state.past.length > 0;
      const past = sameStep ? state.past : [...state.past, state.draft].slice(-HISTORY_LIMIT);
      return { ...state, draft, past, future: [], lastField: action.field, lastAt: action.at };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { ...state, draft: restored(state, previous), past: state.past.slice(0, -1), future: [state.draft, ...state.future], lastField: null };
    }
    case 'redo': {
      const [next, ...future] = state.future;
      if (!next) return state;
      return { ...state, draft: restored(state, next), past: [...state.past, state.draft], future, lastField: null };
    }
    case 'saved': {
      // The store moves the status itself (an approval; an edit of an approved text, back to review): unless
      // the user changed the status meanwhile, the draft follows it.
      const status = state.draft.status === state.saved.status ? action.release.status : state.draft.status;
      // So does the reference, when the store numbered a new release (see main/core/numbering.ts).
      const ref = state.draft.ref === state.saved.ref ? action.release.ref : state.draft.ref;
      return { ...state, saved: action.release, draft: { ...action.release, ...editableOf(state.draft), status, ref } };
    }
  }
}
