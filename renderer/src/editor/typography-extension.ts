/**
 * The release language's typography in the body editor: straight quotes and apostrophes become the
 * printed ones as they are typed (undone by Backspace or Ctrl/Cmd+Z right after), and in French the
 * no-break spaces the typesetter adds are shown where they will print, without touching the document.
 */
import { Extension, InputRule } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Language } from '../../../main/core/language';
import { matchesShortcut } from '../shell/shortcuts';
import { frenchSpaceMarks, spaceCharacter, type SpaceKind } from '../typography/marks';
import { replacementFor } from '../typography/replacements';
import { textblocks } from './textblocks';

export interface TypographyOptions {
  /** The release's language now: read at each keystroke, since the release's language can change while editing. */
  language: () => Language;
}

const spacesKey = new PluginKey<DecorationSet>('frenchSpaces');

function addedSpace(kind: SpaceKind): HTMLElement {
  const span = document.createElement('span');
  span.className = `typo-space typo-space-${kind} typo-space-added`;
  span.setAttribute('aria-hidden', 'true');
  span.textContent = spaceCharacter(kind);
  return span;
}

/** The marks of each textblock, placed at the document positions of its characters. */
function frenchSpaces(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  for (const { text, positions } of textblocks(doc)) {
    for (const mark of frenchSpaceMarks(text)) {
      const at = positions[mark.at];
      if (at === undefined) continue;
      decorations.push(
        mark.existing
          ? Decoration.inline(at, at + 1, { class: `typo-space typo-space-${mark.kind}` })
          : Decoration.widget(at, () => addedSpace(mark.kind), { key: `space-${mark.kind}` }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

/** Shows the marks again after the release's language changed (the document did not). */
export function refreshTypography(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(spacesKey, true));
}

export const ReleaseTypography = Extension.create<TypographyOptions>({
  name: 'releaseTypography',

  addOptions() {
    return { language: (): Language => 'fr' };
  },

  addInputRules() {
    const { language } = this.options;
    return [
      new InputRule({
        find: (text) => {
          const typed = text.slice(-1);
          const replacement = replacementFor(text.slice(0, -1), typed, language());
          return replacement === null ? null : { index: text.length - 1, text: typed, data: { replacement } };
        },
        handler: ({ state, range, match }) => {
          const replacement: unknown = match.data?.replacement;
          // A link's address and text are left as typed.
          if (typeof replacement !== 'string' || state.doc.resolve(range.from).marks().some((mark) => mark.type.name === 'link')) return null;
          if (replacement) state.tr.insertText(replacement, range.from, range.to);
          else state.tr.delete(range.from, range.to);
        },
      }),
    ];
  },

  addProseMirrorPlugins() {
    const { editor } = this;
    const { language } = this.options;
    const marksFor = (doc: ProseMirrorNode) => (language() === 'fr' ? frenchSpaces(doc) : DecorationSet.empty);
    return [
      new Plugin<DecorationSet>({
        key: spacesKey,
        state: {
          init: (_config, state) => marksFor(state.doc),
          apply: (tr, marks, _old, state) => (tr.docChanged || tr.getMeta(spacesKey) ? marksFor(state.doc) : marks),
        },
        props: { decorations: (state) => spacesKey.getState(state) },
      }),
      new Plugin({
        props: {
          handleKeyDown: (_view, event) => {
            if (!matchesShortcut(event, { key: 'z' }) || !editor.commands.undoInputRule()) return false;
            // Only the replacement is undone: the editor screen's undo must not take a step back too.
            event.stopPropagation();
            return true;
          },
        },
      }),
    ];
  },
});
