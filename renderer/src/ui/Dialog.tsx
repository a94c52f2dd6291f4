import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A modal dialog: focus moves into it and comes back to where it was when it closes, Escape closes
 * it (unless `onClose` is omitted, for a step that must not be interrupted), Tab stays inside.
 */
export function Dialog({ title, onClose, children, className }: { title: string; onClose?: () => void; children: ReactNode; className?: string }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const latestClose = useRef(onClose);
  latestClose.current = onClose;

  // In the commit that shows the dialog: a key pressed as it appears lands in it, not behind it.
  useLayoutEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('[autofocus], input, select, textarea, button:not(:disabled)');
    (first ?? box.current)?.focus();
    return () => before?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && latestClose.current) {
      event.stopPropagation();
      latestClose.current();
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>('input, select, textarea, button:not(:disabled), [tabindex="0"]')];
    const [first, last] = [focusable[0], focusable.at(-1)];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div ref={box} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} className={`dialog ${className ?? ''}`} tabIndex={-1} onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

/** "Are you sure?" for what cannot be undone, the safe choice focused first. */
export function ConfirmDialog({ title, message, confirm, cancel, onConfirm, onCancel }: { title: string; message: string; confirm: string; cancel: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {cancel}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
