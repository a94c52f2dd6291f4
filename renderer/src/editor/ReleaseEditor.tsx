import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresWithoutAlt } from '../../../main/core/figures';
import type { Language } from '../../../main/core/language';
import type { Release, RichText } from '../../../main/core/schema';
import { blocksToTranslate, markAfterEdit } from '../../../main/core/translation';
import { announceDataChanged } from '../data-changed';
import { errorMessage, presskit } from '../api';
import { ExportDialog } from '../export/ExportDialog';
import { PackDialog } from '../export/PackDialog';
import { ExportButtons, useEditorExport } from '../export/EditorExport';
import { PdfPreview } from '../preview/PdfPreview';
import { ReleaseMenu } from '../releases/ReleaseMenu';
import { shownReference } from '../releases/reference-label';
import { useReleaseActions, type ReleaseActions } from '../releases/useReleaseActions';
import { useNavigate } from '../shell/navigation';
import { matchesShortcut } from '../shell/shortcuts';
import { useSettings } from '../settings/SettingsProvider';
import { useToast } from '../shell/toasts';
import { RedoIcon, UndoIcon } from '../ui/icons';
import { BodyEditor } from './BodyEditor';
import { ContactsPicker } from './ContactsPicker';
import { editableOf } from './draft';
import { MetadataForm } from './MetadataForm';
import { ReviewPanel } from './ReviewPanel';
import { isApproved } from '../../../main/core/review/status';
import { isProvisional } from '../../../main/core/reference';
import { SideBySide } from './SideBySide';
import { Translations } from './Translations';
import { useTranslationSource } from './useTranslationSource';
import { TypographicField } from './TypographicField';
import { useDraft, type SaveStatus } from './useDraft';
import { recordLeft, recordOpened } from './open-new-release';

function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`save-status save-${status}`} role="status">
      {t(`editor.save.${status}`)}
    </span>
  );
}

function EditorView({ release: loaded }: { release: Release }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const archive = useReleaseActions();
  const { settings } = useSettings();
  const notify = useToast();
  const draft = useDraft(loaded, t('errors.save'));
  const { release, change, undo, redo, flush } = draft;
  const valid = Object.keys(draft.problems).length === 0;
  const previewKey = useMemo(() => JSON.stringify(editableOf(release)), [release]);
  const onBody = useCallback((body: RichText) => change('body', { body }), [change]);
  const typeset = useMemo(() => (valid ? () => presskit().preview.render({ release }) : null), [valid, release]);

  const exports = useEditorExport(flush);

  // A copy or translation starts from what is on screen, so the pending edits are saved first.
  const actions: ReleaseActions = {
    ...archive,
    duplicate: async (source) => {
      if (await flush()) await archive.duplicate(source);
    },
    translate: async (source, language) => {
      if (await flush()) await archive.translate(source, language);
    },
  };

  // A new translation opens side by side with its source; the blocks still to translate count what is on screen.
  const [sideBySide, setSideBySide] = useState(loaded.untranslated !== null);
  const source = useTranslationSource(loaded.untranslated?.source ?? null);
  const pending = useMemo(
    () => blocksToTranslate({ ...release, untranslated: markAfterEdit(draft.saved.untranslated, draft.saved, release) }),
    [release, draft.saved],
  );
  const markTranslated = async () => {
    if (!(await flush())) return;
    try {
      draft.adopt(await presskit().releases.markTranslated({ id: release.id }));
      announceDataChanged();
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error, t('errors.generic')) });
    }
  };

  // Leaving the editor closes its editing session: what it changed becomes one revision of the history.
  // A session in which nothing was typed closes nothing.
  const { id } = loaded;
  const edited = useRef(false);
  useEffect(() => {
    if (release !== loaded) edited.current = true;
  }, [release, loaded]);
  // A new release left with nothing written in it is discarded (main decides), leaving no "Untitled" behind;
  // one still open when the app quits is discarded at the studio's next start (open-new-release.ts).
  const provisional = isProvisional(loaded.ref);
  useEffect(() => {
    if (provisional) recordOpened(id);
    return () => {
      if (!edited.current && !provisional) return;
      void flush()
        .then(async (saved) => {
          if (saved && edited.current) await presskit().releases.closeSession({ id });
          if (!saved || !provisional) return;
          if ((await presskit().releases.discardUntouched({ id })).discarded) announceDataChanged();
          recordLeft(id);
        })
        .catch(() => undefined);
    };
  }, [id, provisional]);
  const back = async () => {
    if (await flush()) navigate({ screen: 'releases' });
  };
  const openSibling = async (sibling: Pick<Release, 'ref' | 'language'>) => {
    if (await flush()) navigate({ screen: 'release', ref: sibling.ref, language: sibling.language });
  };

  return (
    <div
      className="editor-screen"
      onKeyDown={(event) => {
        const redoKey = matchesShortcut(event, { key: 'z', shift: true }) || matchesShortcut(event, { key: 'y' });
        if (matchesShortcut(event, { key: 'z' })) {
          event.preventDefault();
          undo();
        } else if (redoKey) {
          event.preventDefault();
          redo();
        }
      }}
    >
      <header className="editor-header">
        <button type="button" className="button button-quiet" onClick={() => void back()}>
          ← {t('nav.releases')}
        </button>
        <h1 className="editor-title">
          <span className="ref">{shownReference(draft.saved.ref, t)}</span>{' '}
          <abbr className="language-badge" title={t(`languages.${draft.saved.language}`)}>
            {draft.saved.language.toUpperCase()}
          </abbr>{' '}
          {release.title || t('list.untitled')}
        </h1>
        <SaveIndicator status={draft.status} />
        <span className="header-buttons">
          <button type="button" className="icon-button" aria-label={t('editor.undo')} title={t('editor.undo')} aria-keyshortcuts="Control+Z" disabled={!draft.canUndo} onClick={undo}>
            <UndoIcon />
          </button>
          <button type="button" className="icon-button" aria-label={t('editor.redo')} title={t('editor.redo')} aria-keyshortcuts="Control+Shift+Z" disabled={!draft.canRedo} onClick={redo}>
            <RedoIcon />
          </button>
          <ExportButtons onExport={(intent) => void exports.start(intent)} disabled={!valid} />
          <ReleaseMenu release={draft.saved} actions={actions} onDeleted={() => navigate({ screen: 'releases' })} />
        </span>
      </header>
      {draft.error && (
        <div className="notice notice-error" role="alert">
          <p>{draft.error}</p>
          <button type="button" className="button" onClick={() => void flush()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {draft.saved.untranslated && (
        <div className="notice notice-untranslated" role="status">
          <p>{t('translation.notice', { language: t(`languages.${release.language}`), count: pending.length })}</p>
          {!sideBySide && (
            <button type="button" className="button" onClick={() => setSideBySide(true)}>
              {t('translation.sideBySide')}
            </button>
          )}
          <button type="button" className="button" onClick={() => void markTranslated()}>
            {t('translation.markDone')}
          </button>
        </div>
      )}
      <div className="editor-panes">
        <div className="editor-form" lang={release.language}>
          {sideBySide ? (
            <section aria-labelledby="side-heading" className="card" lang={settings.uiLanguage}>
              <h2 id="side-heading">{t('translation.heading')}</h2>
              <button type="button" className="button button-quiet" onClick={() => setSideBySide(false)}>
                {t('translation.closeSideBySide')}
              </button>
              {source !== undefined && <SideBySide release={release} source={source} pending={pending} change={change} />}
            </section>
          ) : (
          <section aria-labelledby="text-heading" className="card">
            <h2 id="text-heading">{t('editor.text')}</h2>
            {/* Not wrapped in its label: a wrapping label would lend the text area's own text to its name. */}
            <div className="field">
              <label className="label" htmlFor="release-title">
                {t('editor.title')}
              </label>
              <TypographicField wraps id="release-title" className="input-title" language={release.language} value={release.title} onChange={(title) => change('title', { title })} />
            </div>
            <label className="field">
              <span>{t('editor.subtitle')}</span>
              <TypographicField language={release.language} value={release.subtitle} onChange={(subtitle) => change('subtitle', { subtitle })} />
            </label>
            <label className="field">
              <span>{t('editor.lead')}</span>
              <TypographicField multiline rows={3} language={release.language} value={release.lead} onChange={(lead) => change('lead', { lead })} />
            </label>
            <div className="field">
              <span className="label">{t('body.label')}</span>
              <BodyEditor value={release.body} language={release.language} releaseId={release.id} onChange={onBody} />
            </div>
          </section>
          )}
          <section aria-labelledby="details-heading" className="card" lang={settings.uiLanguage}>
            <h2 id="details-heading">{t('editor.details')}</h2>
            <MetadataForm release={release} problems={draft.problems} timeZone={settings.timeZone} onChange={change} />
          </section>
          <section aria-labelledby="review-heading" className="card" lang={settings.uiLanguage}>
            <h2 id="review-heading">{t('review.heading')}</h2>
            <ReviewPanel release={draft.saved} beforeChange={flush} onChanged={draft.adopt} />
          </section>
          <section aria-labelledby="contacts-heading" className="card" lang={settings.uiLanguage}>
            <h2 id="contacts-heading">{t('contacts.heading')}</h2>
            <ContactsPicker contactIds={release.contactIds} onChange={(contactIds) => change('contactIds', { contactIds })} />
          </section>
          <section aria-labelledby="translations-heading" className="card" lang={settings.uiLanguage}>
            <h2 id="translations-heading">{t('translations.heading')}</h2>
            <Translations release={draft.saved} onOpen={(sibling) => void openSibling(sibling)} />
          </section>
        </div>
        <PdfPreview typeset={typeset} renderKey={previewKey} paused={!valid} />
      </div>
      {exports.exporting === 'pack' && <PackDialog target={{ kind: 'release', ref: draft.saved.ref }} baseName={draft.saved.ref} onClose={exports.close} />}
      {exports.exporting && exports.exporting !== 'pack' && (
        <ExportDialog
          target={{ kind: 'release', ref: draft.saved.ref, language: draft.saved.language }}
          baseName={draft.saved.ref}
          intent={exports.exporting}
          missingAlt={figuresWithoutAlt(draft.saved.body)}
          draft={!isApproved(draft.saved.status)}
          onClose={exports.close}
        />
      )}
    </div>
  );
}

/** Opens one release by reference and edits it; the editor starts anew when another release is opened. */
export function ReleaseEditor({ reference, language }: { reference: string; language?: Language | undefined }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; release: Release }>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    presskit()
      .releases.get(language ? { ref: reference, language } : { ref: reference })
      .then(
        (release) => live && setState({ status: 'ready', release }),
        (error: unknown) => live && setState({ status: 'failed', message: errorMessage(error, t('errors.open')) }),
      );
    return () => {
      live = false;
    };
  }, [reference, language]);

  if (state.status === 'loading') return <p className="muted screen-loading">{t('common.loading')}</p>;
  if (state.status === 'failed')
    return (
      <div className="notice notice-error" role="alert">
        <p>{state.message}</p>
      </div>
    );
  return <EditorView key={state.release.id} release={state.release} />;
}
