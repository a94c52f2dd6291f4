import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

/** What a save has to do: nothing left to send (true), nothing valid to send (false), or the sending itself. */
export type SavePlan = boolean | (() => Promise<void>);

export interface Autosave {
  status: SaveStatus;
  error: string | null;
  clearError: () => void;
  /** Saves now; resolves true when everything is saved. */
  flush: () => Promise<boolean>;
}

/**
 * Debounced autosave of an editor's draft: `plan` (read at save time, so it sees the newest draft) says what
 * to send; saves run one at a time, a save asked for during another runs after it; leaving saves what is
 * pending; a failure is shown in plain words and stops autosaving until the next edit.
 */
export function useAutosave(
  plan: () => SavePlan,
  { dirty, valid, watch, delayMs, fallbackError }: { dirty: boolean; valid: boolean; watch: unknown; delayMs: number; fallbackError: string },
): Autosave {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latestPlan = useRef(plan);
  latestPlan.current = plan;
  const inFlight = useRef<Promise<boolean> | null>(null);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const work = latestPlan.current();
    if (typeof work === 'boolean') return work;
    setSaving(true);
    try {
      await work();
      setError(null);
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
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
  }, [watch, dirty, valid, error, flush, delayMs]);

  // Leaving the editor (another screen, another document) saves what is pending.
  useEffect(() => () => void flush(), [flush]);

  useEffect(() => {
    if (!dirty && !saving) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty, saving]);

  const status: SaveStatus = saving ? 'saving' : error ? 'failed' : !valid ? 'invalid' : dirty ? 'pending' : 'saved';
  return { status, error, clearError: useCallback(() => setError(null), []), flush };
}
