import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ReleaseChanges } from '../../../main/api/contract';
import type { Release } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { changedFields, draftProblems, draftReducer, initialDraft, type EditableField } from './draft';

/** Autosave waits for typing to pause this long. */
export const AUTOSAVE_MS = 800;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

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
}

/** The release being edited: undo history, validation, debounced autosave, and a guard against closing with unsaved changes. */
export function useDraft(release: Release, fallbackError: string): Draft {
  const [state, dispatch] = useReducer(draftReducer, release, initialDraft);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const inFlight = useRef<Promise<boolean> | null>(null);

  const problems = useMemo(() => draftProblems(state.draft), [state.draft]);
  const dirty = Object.keys(changedFields(state.saved, state.draft)).length > 0;
  const valid = Object.keys(problems).length === 0;

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const { saved, draft } = latest.current;
    const changes = changedFields(saved, draft);
    if (!Object.keys(changes).length) return true;
    if (Object.keys(draftProblems(draft)).length) return false;
    setSaving(true);
    try {
      // Only what changed is sent, so a change made elsewhere meanwhile (e.g. the status from the CLI) is kept.
      const stored = await presskit().releases.update({ id: saved.id, changes });
      dispatch({ type: 'saved', release: stored });
      setError(null);
      if (changes.ref || changes.title || changes.status || changes.date || changes.language || changes.event || changes.tags) announceDataChanged();
      return true;
    } catch (failure) {
      setError(errorMessage(failure, fallbackError));
      return false;
    } finally {
      setSaving(false);
    }
  }, [fallbackError]);

  // One save at a time: a save asked for during another runs after it, with the newest draft.
  const flush = useCallback(async (): Promise<boolean> => {
    const previous = inFlight.current;
    const next = (previous ? previous.then(() => saveOnce()) : saveOnce()).finally(() => {
      if (inFlight.current === next) inFlight.current = null;
    });
    inFlight.current = next;
    return next;
  }, [saveOnce]);

  useEffect(() => {
    if (!dirty || !valid || error) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [state.draft, dirty, valid, error, flush]);

  // Leaving the editor (another screen, Ctrl+N, another release) saves what is pending.
  useEffect(() => () => void flush(), [flush]);

  useEffect(() => {
    if (!dirty && !saving) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty, saving]);

  const change = useCallback((field: EditableField, patch: ReleaseChanges) => {
    setError(null);
    dispatch({ type: 'change', field, patch, at: Date.now() });
  }, []);

  const status: SaveStatus = saving ? 'saving' : error ? 'failed' : !valid ? 'invalid' : dirty ? 'pending' : 'saved';
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
  };
}
