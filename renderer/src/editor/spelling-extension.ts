/**
 * The words of the body its language's dictionary does not know, underlined as the press officer types.
 * Main checks them (Hunspell, in a worker); the answer is drawn only if the text it was asked about is
 * still the text on screen, else the next check draws it. Decorations only: the document is never touched.
 */
import { Extension } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Language } from '../../../main/core/language';
import { textblocks } from './textblocks';

export interface SpotInText {
  word: string;
  start: number;
  end: number;
}

export interface SpellingOptions {
  language: () => Language;
  /** The unknown words of each text, in the language given. */
  check: (language: Language, texts: string[]) => Promise<SpotInText[][]>;
}

/** An unknown word on screen: its range in the document. */
export interface UnknownWord {
  word: string;
  from: number;
  to: number;
}

interface SpellingState {
  decorations: DecorationSet;
  /**
   * Words the press officer chose to leave as they are, left out at once (a check asked before may still
   * name them). A release's are also kept on it by main, which leaves them out of every check after.
   */
  ignored: ReadonlySet<string>;
  /** Counts the checks asked for without an edit, so the view knows to ask main again. */
  rechecks: number;
}

type SpellingMeta = { found: DecorationSet; doc: ProseMirrorNode } | { ignore: string } | { recheck: true };

const spellingKey = new PluginKey<SpellingState>('spelling');
/** Typing goes on for a moment after a keystroke: a check is asked once it pauses. */
const PAUSE_MS = 350;

function decorationsOf(doc: ProseMirrorNode, found: SpotInText[][]): DecorationSet {
  const blocks = textblocks(doc);
  const decorations = found.flatMap((spots, index) => {
    const positions = blocks[index]?.positions ?? [];
    return spots.flatMap((spot) => {
      const from = positions[spot.start];
      const last = positions[spot.end - 1];
      return from === undefined || last === undefined ? [] : [Decoration.inline(from, last + 1, { class: 'spell-unknown', 'data-word': spot.word }, { word: spot.word })];
    });
  });
  return DecorationSet.create(doc, decorations);
}

/** The unknown word at a document position, if there is one. */
export function unknownWordAt(state: EditorState, pos: number): UnknownWord | undefined {
  const found = spellingKey.getState(state)?.decorations.find(pos, pos, (spec: { word?: string }) => typeof spec.word === 'string');
  const at = found?.find((decoration) => decoration.from <= pos && pos <= decoration.to);
  return at ? { word: (at.spec as { word: string }).word, from: at.from, to: at.to } : undefined;
}

/** Leaves a word as it is in this editor, until it is closed. */
export function ignoreWord(view: EditorView, word: string): void {
  view.dispatch(view.state.tr.setMeta(spellingKey, { ignore: word } satisfies SpellingMeta));
}

/** Asks for a new check (the office's dictionary or the language changed). */
export function recheckSpelling(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(spellingKey, { recheck: true } satisfies SpellingMeta));
}

export const ReleaseSpelling = Extension.create<SpellingOptions>({
  name: 'releaseSpelling',

  addOptions() {
    return { language: (): Language => 'fr', check: async () => [] };
  },

  addProseMirrorPlugins() {
    const { language, check } = this.options;
    return [
      new Plugin<SpellingState>({
        key: spellingKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, ignored: new Set(), rechecks: 0 }),
          apply: (tr, previous) => {
            const meta = tr.getMeta(spellingKey) as SpellingMeta | undefined;
            if (meta && 'found' in meta) return meta.doc === tr.doc ? { ...previous, decorations: meta.found } : previous;
            if (meta && 'ignore' in meta) {
              const ignored = new Set(previous.ignored).add(meta.ignore);
              return { ...previous, ignored, decorations: previous.decorations.remove(previous.decorations.find(undefined, undefined, (spec: { word?: string }) => spec.word === meta.ignore)) };
            }
            if (meta && 'recheck' in meta) return { ...previous, rechecks: previous.rechecks + 1 };
            return { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: { decorations: (state) => spellingKey.getState(state)?.decorations },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let closed = false;
          const run = async (): Promise<void> => {
            const { doc } = view.state;
            const asked = language();
            const found = await check(asked, textblocks(doc).map((block) => block.text)).catch(() => undefined);
            // Gone, edited since, or in another language now: the next check answers for what is on screen.
            if (closed || !found || view.state.doc !== doc || language() !== asked) return;
            const ignored = spellingKey.getState(view.state)?.ignored ?? new Set<string>();
            const kept = found.map((spots) => spots.filter((spot) => !ignored.has(spot.word)));
            view.dispatch(view.state.tr.setMeta(spellingKey, { found: decorationsOf(doc, kept), doc } satisfies SpellingMeta));
          };
          const schedule = (): void => {
            clearTimeout(timer);
            timer = setTimeout(() => void run(), PAUSE_MS);
          };
          schedule();
          return {
            update: (changed, previous) => {
              if (changed.state.doc !== previous.doc || spellingKey.getState(changed.state)?.rechecks !== spellingKey.getState(previous)?.rechecks) schedule();
            },
            destroy: () => {
              closed = true;
              clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
