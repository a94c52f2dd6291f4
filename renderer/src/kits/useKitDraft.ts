import { useCallback, useReducer, useRef, useState } from 'react';
import type { Kit } from '../../../main/core/schema';
import { presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { useAutosave, type SaveStatus } from '../ui/useAutosave';
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
  /** Records that the user confirmed adding these releases although they are still marked untranslated. */
  confirmUntranslated: (releaseIds: readonly string[]) => void;
}

/** The kit on screen: its draft, validation, and a debounced autosave that sends only the changed fields. */
export function useKitDraft(kit: Kit, fallbackError: string): KitEditing {
  const [draft, dispatchDraft] = useReducer(kitReducer, kit, draftOfKit);
  const [saved, setSaved] = useState(kit);
  const latest = useRef({ draft, saved });
  latest.current = { draft, saved };
  const confirmed = useRef(new Set<string>());
  const problems = kitProblems(draft.kit);
  const valid = Object.keys(problems).length === 0;
  const dirty = Object.keys(changedKitFields(saved, draft.kit)).length > 0;

  const { status, error, clearError, flush } = useAutosave(
    () => {
      const { draft: current, saved: stored } = latest.current;
      const changes = changedKitFields(stored, current.kit);
      if (!Object.keys(changes).length) return true;
      if (Object.keys(kitProblems(current.kit)).length) return false;
      return async () => {
        // main refuses to add a release still marked untranslated unless the user confirmed it (ReleaseChecklist).
        const confirmedAdded = changes.items?.some((item) => item.type === 'release' && confirmed.current.has(item.releaseId));
        const updated = await presskit().kits.update({ id: stored.id, changes, ...(confirmedAdded ? { allowUntranslated: true } : {}) });
        latest.current.saved = updated;
        setSaved(updated);
        if (changes.name !== undefined || changes.event !== undefined) announceDataChanged();
      };
    },
    { dirty, valid, watch: draft, delayMs: KIT_AUTOSAVE_MS, fallbackError },
  );

  const dispatch = useCallback(
    (action: KitAction) => {
      clearError();
      dispatchDraft(action);
    },
    [clearError],
  );

  const confirmUntranslated = useCallback((releaseIds: readonly string[]) => {
    for (const id of releaseIds) confirmed.current.add(id);
  }, []);

  return { draft, saved, problems, status, error, dispatch, flush, confirmUntranslated };
}
