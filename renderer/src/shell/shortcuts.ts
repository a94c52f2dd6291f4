import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** The key as KeyboardEvent.key reports it, lower case: 'n', 'f', 's', 'z'. */
  key: string;
  shift?: boolean;
}

/** Ctrl on Windows and Linux, Cmd on macOS: either counts. */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, shortcut: Shortcut): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.shiftKey === Boolean(shortcut.shift) && event.key.toLowerCase() === shortcut.key;
}

/** Runs `handler` on the shortcut anywhere in the window, while `enabled`; the browser's own meaning is cancelled. */
export function useShortcut(shortcut: Shortcut, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  const { key, shift } = shortcut;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, { key, shift })) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, shift, enabled]);
}
