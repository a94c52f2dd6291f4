import type { Editor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../main/core/language';
import { presskit } from '../api';
import { ignoreWord, recheckSpelling, type UnknownWord } from './spelling-extension';

export interface SpellingMenuAt {
  unknown: UnknownWord;
  /** Where the caret goes back when the menu closes: where it was (the keyboard), or where the word was clicked. */
  caret: { from: number; to: number };
  /** Where to open, in the editor's box. */
  x: number;
  y: number;
}

/** Moves the focus along the menu's items with the arrow keys, as a menu does. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (!step || items.length === 0) return;
  event.preventDefault();
  items[(at + step + items.length) % items.length]?.focus();
}

/** What to do with an unknown word: one of the dictionary's suggestions, the office's dictionary, or leave it. */
export function SpellingMenu({ editor, language, releaseId, at, onClose }: { editor: Editor; language: Language; releaseId?: string; at: SpellingMenuAt; onClose: () => void }) {
  const { t } = useTranslation();
  const { word, from, to } = at.unknown;
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    presskit()
      .spell.suggest({ language, word })
      .then(
        (found) => current && setSuggestions(found),
        () => current && setSuggestions([]),
      );
    return () => {
      current = false;
    };
  }, [language, word]);

  /** Set once the menu gives the focus back: nothing in it may take the focus again. */
  const closing = useRef(false);
  /*
   * In the commit that shows the items, not after it: a passive effect still pending when Escape is
   * pressed runs before the menu closes, moves the focus into it, and the focus is lost with it.
   */
  useLayoutEffect(() => {
    if (!closing.current) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [suggestions]);

  /**
   * Back to the text, the caret where it was in the word. At once, not on the next frame as the focus
   * command would: a key typed right after Escape lands in the text, at the caret.
   */
  const done = (): void => {
    closing.current = true;
    editor.commands.setTextSelection(at.caret);
    editor.view.focus();
    onClose();
  };
  const replace = (suggestion: string): void => {
    closing.current = true;
    editor.chain().focus().insertContentAt({ from, to }, suggestion).run();
    onClose();
  };

  return (
    <div
      ref={menu}
      className="spelling-menu"
      role="menu"
      aria-label={t('body.spelling.menu', { word })}
      style={{ left: at.x, top: at.y }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          done();
        }
        moveFocus(event);
      }}
    >
      {suggestions === null ? (
        <p className="spelling-menu-note" role="status">
          {t('body.spelling.looking')}
        </p>
      ) : suggestions.length === 0 ? (
        <p className="spelling-menu-note">{t('body.spelling.none')}</p>
      ) : (
        suggestions.map((suggestion) => (
          <button key={suggestion} type="button" role="menuitem" className="spelling-menu-item spelling-suggestion" onClick={() => replace(suggestion)}>
            {suggestion}
          </button>
        ))
      )}
      <hr aria-hidden="true" />
      <button
        type="button"
        role="menuitem"
        className="spelling-menu-item"
        onClick={() => {
          void presskit()
            .dictionary.add({ word })
            // Refused (a full disk): the word stays underlined, which says it was not added.
            .then(
              () => recheckSpelling(editor.view),
              () => undefined,
            );
          done();
        }}
      >
        {t('body.spelling.add', { word })}
      </button>
      <button
        type="button"
        role="menuitem"
        className="spelling-menu-item"
        onClick={() => {
          if (releaseId === undefined) ignoreWord(editor.view, word);
          else
            void presskit()
              .spell.ignore({ id: releaseId, word })
              // Kept on the release, so its exports and its next session leave it too. Refused (a full
              // disk): the word stays underlined, which says it was not kept.
              .then(
                () => ignoreWord(editor.view, word),
                () => undefined,
              );
          done();
        }}
      >
        {t('body.spelling.ignore')}
      </button>
    </div>
  );
}
