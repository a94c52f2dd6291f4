import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Kit } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import type { SaveStatus } from '../editor/useDraft';
import { changedKitFields, draftOfKit, kitProblems, kitReducer, type KitAction, type KitDraft, type KitProblem } from './kit-draft';

/** Autosave waits for edits to pause this long. */
export const KIT_AUTOSAVE_MS = 800;

export interface KitEditing {
  draft: KitDraft;
  saved: Kit;
  problems: Partial<Record<KitProblem, true>>;
  status: SaveStatus;
  error: string | null;
  dispatch: (action: KitAction) => void;
  /** Saves now; resolves true when everything is saved. */
  flush: () => Promise<boolean>;
}

/** The kit on screen: its draft, validation, and a debounced autosave that sends only the changed fields. */
export function useKitDraft(kit: Kit, fallbackError: string): KitEditing {
  const [draft, dispatchDraft] = useReducer(kitReducer, kit, draftOfKit);
  const [saved, setSaved] = useState(kit);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, saved });
  latest.current = { draft, saved };
  const inFlight = useRef<Promise<boolean> | null>(null);
  const problems = kitProblems(draft.kit);
  const valid = Object.keys(problems).length === 0;
  const dirty = Object.keys(changedKitFields(saved, draft.kit)).length > 0;

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const { draft: current, saved: stored } = latest.current;
    const changes = changedKitFields(stored, current.kit);
    if (!Object.keys(changes).length) return true;
    if (Object.keys(kitProblems(current.kit)).length) return false;
    setSaving(true);
    try {
      const updated = await presskit().kits.update({ id: stored.id, changes });
      latest.current.saved = updated;
      setSaved(updated);
      setError(null);
      if (changes.name !== undefined || changes.event !== undefined) announceDataChanged();
      return true;
    } catch (failure) {
      setError(errorMessage(failure, fallbackError));
      return false;
    } finally {
      setSaving(false);
    }
  }, [fallbackError]);

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
    const timer = setTimeout(() => void flush(), KIT_AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, valid, error, flush]);

  // Leaving the screen saves what is pending.
  useEffect(() => () => void flush(), [flush]);

  const dispatch = useCallback((action: KitAction) => {
    setError(null);
    dispatchDraft(action);
  }, []);

  const status: SaveStatus = saving ? 'saving' : error ? 'failed' : !valid ? 'invalid' : dirty ? 'pending' : 'saved';
  return { draft, saved, problems, status, error, dispatch, flush };
}
