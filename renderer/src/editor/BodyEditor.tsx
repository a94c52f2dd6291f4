import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../main/core/language';
import type { RichText } from '../../../main/core/schema';
import { errorMessage } from '../api';
import { BulletListIcon, LinkIcon, OrderedListIcon, PhotoIcon, QuoteIcon } from '../ui/icons';
import { Figure } from './figure-extension';
import { imageFiles, insertPhotos, type PhotoRefusal } from './insert-photo';
import { isSafeHref, richTextToTipTap, tipTapToRichText } from './richtext';
import { refreshTypography, ReleaseTypography } from './typography-extension';
import { recheckSpelling, ReleaseSpelling, unknownWordAt } from './spelling-extension';
import { SpellingMenu, type SpellingMenuAt } from './SpellingMenu';
import { PhotoFileInput } from '../photos/PhotoFileInput';
import { presskit } from '../api';

/**
 * Only what RichText can hold: paragraphs, h2/h3, lists, quotes, figures, bold, italic and safe links.
 * TipTap's own history is off: the editor's undo covers the body and the fields in one stack.
 */
export const bodyExtensions = [
  StarterKit.configure({
    undoRedo: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    heading: { levels: [2, 3] },
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => isSafeHref(url) },
  }),
  Figure,
];

function ToolButton({ label, active, onClick, children }: { label: string; active?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="tool" aria-label={label} title={label} aria-pressed={active ?? false} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {children}
    </button>
  );
}

function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const current: unknown = editor.getAttributes('link').href;
  const [href, setHref] = useState(typeof current === 'string' ? current : 'https://');
  const [problem, setProblem] = useState(false);
  const apply = () => {
    if (!isSafeHref(href.trim())) return setProblem(true);
    editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
    onClose();
  };
  return (
    <div className="link-form" role="group" aria-label={t('body.link')}>
      <input
        autoFocus
        type="url"
        aria-label={t('body.linkAddress')}
        aria-invalid={problem}
        value={href}
        onChange={(e) => {
          setHref(e.target.value);
          setProblem(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
            editor.commands.focus();
          }
        }}
      />
      <button type="button" className="button button-small" onClick={apply}>
        {t('body.linkApply')}
      </button>
      {typeof current === 'string' && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t('body.linkRemove')}
        </button>
      )}
      {problem && <p className="field-problem">{t('body.linkProblem')}</p>}
    </div>
  );
}

function Toolbar({ editor, onLink, onPhotos }: { editor: Editor; onLink: () => void; onPhotos: (files: File[]) => void }) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const chain = () => editor.chain().focus();
  return (
    <div className="body-toolbar" role="toolbar" aria-label={t('body.toolbar')}>
      <ToolButton label={t('body.paragraph')} active={editor.isActive('paragraph')} onClick={() => chain().setParagraph().run()}>
        ¶
      </ToolButton>
      <ToolButton label={t('body.heading2')} active={editor.isActive('heading', { level: 2 })} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        H2
      </ToolButton>
      <ToolButton label={t('body.heading3')} active={editor.isActive('heading', { level: 3 })} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        H3
      </ToolButton>
      <span className="tool-separator" aria-hidden="true" />
      <ToolButton label={t('body.bold')} active={editor.isActive('bold')} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </ToolButton>
      <ToolButton label={t('body.italic')} active={editor.isActive('italic')} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </ToolButton>
      <ToolButton label={t('body.link')} active={editor.isActive('link')} onClick={onLink}>
        <LinkIcon />
      </ToolButton>
      <span className="tool-separator" aria-hidden="true" />
      <ToolButton label={t('body.bulletList')} active={editor.isActive('bulletList')} onClick={() => chain().toggleBulletList().run()}>
        <BulletListIcon />
      </ToolButton>
      <ToolButton label={t('body.orderedList')} active={editor.isActive('orderedList')} onClick={() => chain().toggleOrderedList().run()}>
        <OrderedListIcon />
      </ToolButton>
      <ToolButton label={t('body.quote')} active={editor.isActive('blockquote')} onClick={() => chain().toggleBlockquote().run()}>
        <QuoteIcon />
      </ToolButton>
      <span className="tool-separator" aria-hidden="true" />
      <ToolButton label={t('photos.insert')} onClick={() => picker.current?.click()}>
        <PhotoIcon />
      </ToolButton>
      <PhotoFileInput ref={picker} label={t('photos.insert')} onFiles={onPhotos} />
    </div>
  );
}

/** The release body in TipTap, speaking RichText to the outside; a new `value` from outside (undo) replaces the content. */
export function BodyEditor({ value, language, releaseId, onChange }: {
  value: RichText;
  language: Language;
  /** The release this is the body of (a kit's about page has none): the words it ignores stay ignored. */
  releaseId?: string;
  onChange: (body: RichText) => void;
}) {
  const { t } = useTranslation();
  const emitted = useRef(value);
  const [linking, setLinking] = useState(false);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const languageNow = useRef(language);
  // Read by the spelling check, made once: main leaves out the words this release ignores.
  const releaseNow = useRef(releaseId);
  releaseNow.current = releaseId;
  const editorNow = useRef<Editor | null>(null);
  const refusalText = (refusal: PhotoRefusal): string => ('problem' in refusal ? t(`photos.problems.${refusal.problem}`) : errorMessage(refusal.error, t('photos.problems.save')));
  // The drop and paste handlers are the editor's first props: they reach the editor and the language through refs.
  const addPhotos = (files: File[], position?: number) => {
    const editing = editorNow.current;
    if (!editing) return;
    setPhotoProblem(null);
    void insertPhotos(editing, files, languageNow.current, position).then((refusal) => setPhotoProblem(refusal && refusalText(refusal)));
  };
  // Made once: the editor would be rebuilt for a new extensions array; the language is read when needed.
  const [withTypography] = useState(() => [
    ...bodyExtensions,
    ReleaseTypography.configure({ language: () => languageNow.current }),
    ReleaseSpelling.configure({ language: () => languageNow.current, check: (checked, texts) => presskit().spell.texts({ language: checked, texts, ...(releaseNow.current === undefined ? {} : { releaseId: releaseNow.current }) }) }),
  ]);
  const [spelling, setSpelling] = useState<SpellingMenuAt | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const editor = useEditor({
    extensions: withTypography,
    content: richTextToTipTap(value),
    // TipTap's default stylesheet is a <style> element, which the CSP refuses; its rules live in app.css.
    injectCSS: false,
    shouldRerenderOnTransaction: true,
    editorProps: {
      attributes: { class: 'prose', role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('body.label'), lang: language, spellcheck: 'false' },
      // A photo dropped or pasted becomes a figure; anything else goes on to the window (a dropped communiqué is imported).
      handleDrop: (view, event, _slice, moved) => {
        const files = imageFiles(event.dataTransfer?.files);
        if (moved || files.length === 0) return false;
        event.preventDefault();
        event.stopPropagation();
        addPhotos(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
        return true;
      },
      handlePaste: (_view, event) => {
        const files = imageFiles(event.clipboardData?.files);
        if (files.length === 0) return false;
        addPhotos(files);
        return true;
      },
    },
    onUpdate: ({ editor: changed }) => {
      const body = tipTapToRichText(changed.getJSON());
      emitted.current = body;
      onChange(body);
    },
  });

  editorNow.current = editor;

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(richTextToTipTap(value), { emitUpdate: false });
  }, [value, editor]);

  useEffect(() => {
    editor.view.dom.setAttribute('lang', language);
    if (languageNow.current === language) return;
    languageNow.current = language;
    refreshTypography(editor.view);
    recheckSpelling(editor.view);
  }, [editor, language]);

  /** Opens the spelling menu on the unknown word at `pos`, at a point on screen; false when there is none. */
  const openSpelling = (pos: number, left: number, top: number, caret: SpellingMenuAt['caret'] = { from: pos, to: pos }): boolean => {
    const unknown = unknownWordAt(editor.state, pos);
    const frame = box.current?.getBoundingClientRect();
    if (!unknown || !frame) return false;
    setSpelling({ unknown, caret, x: left - frame.left, y: top - frame.top });
    return true;
  };

  return (
    <div
      ref={box}
      className="body-editor"
      data-photo-drop
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
          e.preventDefault();
          setLinking(true);
        }
        // The context-menu key, or Shift+F10, on an underlined word: its suggestions, from the keyboard.
        if (e.target === editor.view.dom && (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10'))) {
          const { from, to } = editor.state.selection;
          const caret = editor.view.coordsAtPos(from);
          if (openSpelling(from, caret.left, caret.bottom, { from, to })) e.preventDefault();
        }
      }}
      onContextMenu={(e) => {
        const at = editor.view.posAtCoords({ left: e.clientX, top: e.clientY });
        if (at && openSpelling(at.pos, e.clientX, e.clientY)) e.preventDefault();
      }}
    >
      <Toolbar editor={editor} onLink={() => setLinking((open) => !open)} onPhotos={(files) => addPhotos(files)} />
      {linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
      {photoProblem && (
        <p className="field-problem" role="alert">
          {photoProblem}
        </p>
      )}
      <EditorContent editor={editor} />
      {spelling && <SpellingMenu editor={editor} language={language} releaseId={releaseId} at={spelling} onClose={() => setSpelling(null)} />}
    </div>
  );
}
