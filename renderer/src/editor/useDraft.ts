import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { ReleaseChanges } from '../../../main/api/contract';
import type { Release } from '../../../main/core/schema';
import { presskit } from '../api';
import { useAutosave, type SaveStatus } from '../ui/useAutosave';
import { announceDataChanged } from '../data-changed';
import { changedFields, draftProblems, draftReducer, initialDraft, type EditableField } from './draft';

/** Autosave waits for typing to pause this long. */
export const AUTOSAVE_MS = 800;

export type { SaveStatus } from '../ui/useAutosave';

export interface Draft {
  release: Release;
  saved: Release;
  problems: Partial<Record<EditableField, string>>;
  status: SaveStatus;
  error: string | null;
  change: (field: EditableField, patch: ReleaseChanges) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Saves now; resolves true when everything is saved. */
  flush: () => Promise<boolean>;
  /** Takes a release the store changed beside the draft (an approval, a restored revision, marked as translated) as the saved one. */
  adopt: (release: Release) => void;
}

/** The release being edited: undo history, validation, debounced autosave, and a guard against closing with unsaved changes. */
export function useDraft(release: Release, fallbackError: string): Draft {
  const [state, dispatch] = useReducer(draftReducer, release, initialDraft);
  const latest = useRef(state);
  latest.current = state;

  const problems = useMemo(() => draftProblems(state.draft), [state.draft]);
  const dirty = Object.keys(changedFields(state.saved, state.draft)).length > 0;
  const valid = Object.keys(problems).length === 0;

  const { status, error, clearError, flush } = useAutosave(
    () => {
      const { saved, draft } = latest.current;
      const changes = changedFields(saved, draft);
      if (!Object.keys(changes).length) return true;
      if (Object.keys(draftProblems(draft)).length) return false;
      return async () => {
        // Only what changed is sent, so a change made elsewhere meanwhile (e.g. the status from the CLI) is kept;
        // with the values it was changed from, so that a change made elsewhere to the same field is not overwritten.
        const base = Object.fromEntries(Object.keys(changes).map((field) => [field, saved[field as EditableField]]));
        const stored = await presskit().releases.update({ id: saved.id, changes, base });
        dispatch({ type: 'saved', release: stored });
        if (changes.ref || changes.title || changes.status || changes.date || changes.language || changes.event || changes.tags) announceDataChanged();
      };
    },
    { dirty, valid, watch: state.draft, delayMs: AUTOSAVE_MS, fallbackError },
  );

  const change = useCallback(
    (field: EditableField, patch: ReleaseChanges) => {
      clearError();
      dispatch({ type: 'change', field, patch, at: Date.now() });
    },
    [clearError],
  );

  return {
    release: state.draft,
    saved: state.saved,
    problems,
    status,
    error,
    change,
    undo: useCallback(() => dispatch({ type: 'undo' }), []),
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    flush,
    adopt: useCallback((stored: Release) => dispatch({ type: 'saved', release: stored }), []),
  };
}
