import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApproved } from '../../../main/core/review/status';
import type { ReleaseSummary } from '../../../main/api/contract';
import { LanguageSelect } from '../ui/LanguageSelect';
import type { Kit } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { DATA_CHANGED_EVENT } from '../data-changed';
import { ContactsPicker } from '../editor/ContactsPicker';
import { ExportDialog } from '../export/ExportDialog';
import { PackDialog } from '../export/PackDialog';
import { ExportButtons, useEditorExport } from '../export/EditorExport';
import { OutputOptionsFields } from '../export/OutputOptionsFields';
import { PdfPreview } from '../preview/PdfPreview';
import { useNavigate } from '../shell/navigation';
import { useSettings } from '../settings/SettingsProvider';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { ImagePicker } from '../ui/ImagePicker';
import { hasPage, type KitAction, type KitDraft } from './kit-draft';
import { HintedFieldset } from './HintedFieldset';
import { KitItems } from './KitItems';
import { ReleaseChecklist } from './ReleaseChecklist';
import { useKitDraft } from './useKitDraft';

function useReleasesById(): ReadonlyMap<string, ReleaseSummary> {
  const [releases, setReleases] = useState<ReadonlyMap<string, ReleaseSummary>>(new Map());
  useEffect(() => {
    let live = true;
    const load = () =>
      presskit()
        .releases.list({})
        .then((all) => live && setReleases(new Map(all.map((release) => [release.id, release]))))
        .catch(() => undefined);
    void load();
    window.addEventListener(DATA_CHANGED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(DATA_CHANGED_EVENT, load);
    };
  }, []);
  return releases;
}

function AddReleasesDialog({
  draft,
  dispatch,
  onConfirmUntranslated,
  onClose,
}: {
  draft: KitDraft;
  dispatch: (action: KitAction) => void;
  onConfirmUntranslated: (releaseIds: string[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ReleaseSummary[]>([]);
  const inKit = draft.kit.items.flatMap((item) => (item.type === 'release' ? [item.releaseId] : []));
  return (
    <Dialog title={t('kits.addReleasesTitle')} onClose={onClose} className="dialog-wide">
      <ReleaseChecklist chosen={chosen} exclude={inKit} onChange={setChosen} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('directory.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={chosen.length === 0}
          onClick={() => {
            onConfirmUntranslated(chosen.filter((release) => release.untranslated).map((release) => release.id));
            dispatch({ type: 'add', items: chosen.map((release) => ({ type: 'release', releaseId: release.id })) });
            onClose();
          }}
        >
          {t('kits.addChosen', { count: chosen.length })}
        </button>
      </div>
    </Dialog>
  );
}

function KitView({ kit: loaded }: { kit: Kit }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const editing = useKitDraft(loaded, t('errors.save'));
  const { draft, dispatch, problems } = editing;
  const kit = draft.kit;
  const releases = useReleasesById();
  const [adding, setAdding] = useState(false);
  const valid = Object.keys(problems).length === 0;
  const previewKey = useMemo(() => JSON.stringify(kit), [kit]);
  const typeset = useMemo(() => (valid ? () => presskit().preview.kit({ kit }) : null), [valid, kit]);
  const set = (patch: Extract<KitAction, { type: 'set' }>['patch']) => dispatch({ type: 'set', patch });

  const exports = useEditorExport(editing.flush);

  const back = async () => {
    if (await editing.flush()) navigate({ screen: 'kits' });
  };

  return (
    <div className="editor-screen">
      <header className="editor-header">
        <button type="button" className="button button-quiet" onClick={() => void back()}>
          ← {t('nav.kits')}
        </button>
        <h1 className="editor-title">{kit.name || t('kits.untitled')}</h1>
        <span className={`save-status save-${editing.status}`} role="status">
          {t(`editor.save.${editing.status}`)}
        </span>
        <span className="header-buttons">
          <ExportButtons onExport={(intent) => void exports.start(intent)} disabled={!valid} />
        </span>
      </header>
      {editing.error && (
        <div className="notice notice-error" role="alert">
          <p>{editing.error}</p>
          <button type="button" className="button" onClick={() => void editing.flush()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <div className="editor-panes">
        <div className="editor-form" lang={settings.uiLanguage}>
          <section className="card" aria-labelledby="kit-event-heading">
            <h2 id="kit-event-heading">{t('kits.event')}</h2>
            <div className="form-grid">
              <Field label={t('kits.name')} className="field-wide" problem={problems.name && t('kits.problems.name')}>
                {(props) => <input {...props} type="text" value={kit.name} onChange={(e) => set({ name: e.target.value })} />}
              </Field>
              <Field label={t('kits.eventName')}>{(props) => <input {...props} type="text" value={kit.event.name} onChange={(e) => set({ event: { ...kit.event, name: e.target.value } })} />}</Field>
              <Field label={t('kits.place')}>{(props) => <input {...props} type="text" value={kit.event.place} onChange={(e) => set({ event: { ...kit.event, place: e.target.value } })} />}</Field>
              <Field label={t('kits.start')} problem={problems.startDate && t('editor.problems.date')}>
                {(props) => <input {...props} type="date" value={kit.event.startDate ?? ''} onChange={(e) => set({ event: { ...kit.event, startDate: e.target.value || null } })} />}
              </Field>
              <Field label={t('kits.end')} problem={(problems.endDate && t('editor.problems.date')) || (problems.dates && t('kits.problems.dates'))}>
                {(props) => <input {...props} type="date" value={kit.event.endDate ?? ''} onChange={(e) => set({ event: { ...kit.event, endDate: e.target.value || null } })} />}
              </Field>
              <Field label={t('kits.language')}>
                {(props) => <LanguageSelect {...props} value={kit.language} onLanguage={(language) => set({ language })} />}
              </Field>
            </div>
          </section>
          <section className="card" aria-labelledby="kit-cover-heading">
            <h2 id="kit-cover-heading">{t('kits.cover')}</h2>
            <div className="cover-fields">
              <div>
                <Field label={t('kits.coverTitle')}>{(props) => <input {...props} type="text" lang={kit.language} value={kit.cover.title} onChange={(e) => set({ cover: { ...kit.cover, title: e.target.value } })} />}</Field>
                <Field label={t('kits.coverSubtitle')}>
                  {(props) => <input {...props} type="text" lang={kit.language} value={kit.cover.subtitle} onChange={(e) => set({ cover: { ...kit.cover, subtitle: e.target.value } })} />}
                </Field>
              </div>
              <ImagePicker label={t('kits.coverImage')} value={kit.cover.image} onChange={(image) => set({ cover: { ...kit.cover, image } })} />
            </div>
          </section>
          <section className="card" aria-labelledby="kit-items-heading">
            <h2 id="kit-items-heading">{t('kits.contents')}</h2>
            <KitItems draft={draft} releases={releases} dispatch={dispatch} />
            <div className="add-buttons">
              <button type="button" className="button button-small" onClick={() => setAdding(true)}>
                {t('kits.addReleases')}
              </button>
              <button type="button" className="button button-small" onClick={() => dispatch({ type: 'add', items: [{ type: 'about', title: '', body: [] }] })}>
                {t('kits.addAbout')}
              </button>
              <button type="button" className="button button-small" disabled={hasPage(kit, 'contacts')} onClick={() => dispatch({ type: 'add', items: [{ type: 'contacts' }] })}>
                {t('kits.addContactsPage')}
              </button>
              <button type="button" className="button button-small" disabled={hasPage(kit, 'photos')} onClick={() => dispatch({ type: 'add', items: [{ type: 'photos', title: '' }] })}>
                {t('kits.addPhotos')}
              </button>
            </div>
            <HintedFieldset id="kit-repeat-hint" className="kit-repeat" legend={t('kits.repeat')} hint={t('kits.repeatHint')}>
              <label className="check">
                <input type="checkbox" checked={kit.repeat.contacts} onChange={(e) => set({ repeat: { ...kit.repeat, contacts: e.target.checked } })} />
                {t('kits.repeatContacts')}
              </label>
              <label className="check">
                <input type="checkbox" checked={kit.repeat.boilerplate} onChange={(e) => set({ repeat: { ...kit.repeat, boilerplate: e.target.checked } })} />
                {t('kits.repeatBoilerplate')}
              </label>
            </HintedFieldset>
          </section>
          <section className="card" aria-labelledby="kit-contacts-heading">
            <h2 id="kit-contacts-heading">{t('contacts.heading')}</h2>
            <ContactsPicker contactIds={kit.contactIds} onChange={(contactIds) => set({ contactIds })} />
          </section>
          <section className="card" aria-labelledby="kit-output-heading">
            <h2 id="kit-output-heading">{t('kits.output')}</h2>
            <OutputOptionsFields value={kit.output} onChange={(output) => set({ output })} />
          </section>
        </div>
        <PdfPreview typeset={typeset} renderKey={previewKey} paused={!valid} />
      </div>
      {adding && <AddReleasesDialog draft={draft} dispatch={dispatch} onConfirmUntranslated={editing.confirmUntranslated} onClose={() => setAdding(false)} />}
      {exports.exporting === 'pack' && <PackDialog target={{ kind: 'kit', id: kit.id }} baseName={kit.name} onClose={exports.close} />}
      {exports.exporting && exports.exporting !== 'pack' && (
        <ExportDialog
          target={{ kind: 'kit', id: kit.id }}
          baseName={kit.name}
          intent={exports.exporting}
          initialOptions={kit.output}
          draft={kit.items.some((item) => item.type === 'release' && !isApproved(releases.get(item.releaseId)?.status ?? 'draft'))}
          onClose={exports.close}
        />
      )}
    </div>
  );
}

/** Opens one kit by id and edits it. */
export function KitEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; kit: Kit }>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    presskit()
      .kits.list({})
      .then(
        (kits) => {
          const kit = kits.find((k) => k.id === id);
          if (live) setState(kit ? { status: 'ready', kit } : { status: 'failed', message: t('kits.notFound') });
        },
        (error: unknown) => live && setState({ status: 'failed', message: errorMessage(error, t('kits.notFound')) }),
      );
    return () => {
      live = false;
    };
  }, [id, t]);
  if (state.status === 'loading') return <p className="muted screen-loading">{t('common.loading')}</p>;
  if (state.status === 'failed')
    return (
      <div className="notice notice-error" role="alert">
        <p>{state.message}</p>
      </div>
    );
  return <KitView kit={state.kit} />;
}
