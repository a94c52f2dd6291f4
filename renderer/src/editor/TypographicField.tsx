import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { Language } from '../../../main/core/language';
import { typeInText, type TypedText } from '../typography/replacements';
import { matchesShortcut } from '../shell/shortcuts';

export interface TypographicFieldProps {
  value: string;
  language: Language;
  onChange: (value: string) => void;
  /** A text area rather than a one-line input. */
  multiline?: boolean;
  /** One paragraph that wraps onto as many lines as it needs (a long title): Enter and pasted line breaks add none. */
  wraps?: boolean;
  className?: string;
  rows?: number;
  id?: string;
}

/**
 * A plain text field that types the release language's quotes and apostrophes. Ctrl/Cmd+Z right after
 * a replacement gives back what was typed; any other undo goes to the editor's own undo stack.
 */
export function TypographicField({ value, language, onChange, multiline = false, wraps = false, ...rest }: TypographicFieldProps) {
  const element = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const caret = useRef<number | null>(null);
  const replaced = useRef<TypedText | null>(null);

  // A controlled field whose value React rewrites puts the caret at the end; it goes back where the typing was.
  useLayoutEffect(() => {
    if (caret.current === null) return;
    element.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [value]);

  const change = (next: string, at: number | null) => {
    const typed = typeInText(value, next, at, language);
    replaced.current = typed;
    caret.current = typed?.caret ?? null;
    onChange(typed?.value ?? next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (wraps && event.key === 'Enter') event.preventDefault();
    const last = replaced.current;
    if (!last || last.value !== value || !matchesShortcut(event, { key: 'z' })) return;
    event.preventDefault();
    event.stopPropagation();
    replaced.current = null;
    caret.current = last.typedCaret;
    onChange(last.typed);
  };

  const props = {
    ...rest,
    ref: (node: HTMLInputElement | HTMLTextAreaElement | null) => {
      element.current = node;
    },
    value,
    onKeyDown,
  };
  if (wraps) return <textarea {...props} rows={1} className={`${rest.className ?? ''} wrapping`} onChange={(e) => change(e.target.value.replace(/\r?\n/gu, ' '), e.target.selectionStart)} />;
  return multiline ? (
    <textarea {...props} onChange={(e) => change(e.target.value, e.target.selectionStart)} />
  ) : (
    <input {...props} type="text" onChange={(e) => change(e.target.value, e.target.selectionStart)} />
  );
}
