import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseSummary } from '../../../main/api/contract';
import type { Kit } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged, DATA_CHANGED_EVENT } from '../data-changed';
import { useNavigate } from '../shell/navigation';
import { useToast } from '../shell/toasts';
import { ConfirmDialog, Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { MoreIcon } from '../ui/icons';
import { Menu } from '../ui/Menu';
import { HintedFieldset } from './HintedFieldset';
import { eventProblems } from './kit-draft';
import { eventDates } from './kit-format';
import { ReleaseChecklist } from './ReleaseChecklist';

function useKits(): Kit[] | null {
  const [kits, setKits] = useState<Kit[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      presskit()
        .kits.list({})
        .then((all) => live && setKits(all))
        .catch(() => live && setKits((current) => current ?? []));
    void load();
    window.addEventListener(DATA_CHANGED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(DATA_CHANGED_EVENT, load);
    };
  }, []);
  return kits;
}

/** A new kit starts from a name and the releases it gathers; everything else is set on the kit's screen. */
function NewKitDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  // The event's own name, place and dates, asked for here: a kit never takes its releases' dates.
  const [event, setEvent] = useState({ name: '', place: '', startDate: null as string | null, endDate: null as string | null });
  const [chosen, setChosen] = useState<ReleaseSummary[]>([]);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dates = eventProblems(event);
  const problems = { name: !name.trim(), releases: chosen.length === 0, dates: Object.keys(dates).length > 0 };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems.name || problems.releases || problems.dates) return;
    try {
      // Chosen untranslated releases were confirmed as they were ticked (ReleaseChecklist).
      const refs = chosen.map(({ ref, language }) => ({ ref, language }));
      const kit = await presskit().kits.create({
        name: name.trim(),
        refs,
        event: { ...event, name: event.name.trim() || name.trim(), place: event.place.trim() },
        ...(chosen.some((release) => release.untranslated) ? { allowUntranslated: true } : {}),
      });
      announceDataChanged();
      navigate({ screen: 'kit', id: kit.id });
    } catch (failure) {
      setError(errorMessage(failure, t('errors.generic')));
    }
  };

  return (
    <Dialog title={t('kits.newTitle')} onClose={onClose} className="dialog-wide">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('kits.name')} hint={t('kits.nameHint')} problem={tried && problems.name ? t('kits.problems.name') : undefined}>
          {(props) => <input {...props} type="text" autoFocus value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <HintedFieldset id="new-kit-event-hint" legend={t('kits.event')} hint={t('kits.eventHint')}>
          <div className="form-grid">
            <Field label={t('kits.eventName')}>{(props) => <input {...props} type="text" placeholder={name} value={event.name} onChange={(e) => setEvent({ ...event, name: e.target.value })} />}</Field>
            <Field label={t('kits.place')}>{(props) => <input {...props} type="text" value={event.place} onChange={(e) => setEvent({ ...event, place: e.target.value })} />}</Field>
            <Field label={t('kits.start')} problem={tried && dates.startDate ? t('editor.problems.date') : undefined}>
              {(props) => <input {...props} type="date" value={event.startDate ?? ''} onChange={(e) => setEvent({ ...event, startDate: e.target.value || null })} />}
            </Field>
            <Field label={t('kits.end')} problem={tried && (dates.endDate || dates.dates) ? t(dates.dates ? 'kits.problems.dates' : 'editor.problems.date') : undefined}>
              {(props) => <input {...props} type="date" value={event.endDate ?? ''} onChange={(e) => setEvent({ ...event, endDate: e.target.value || null })} />}
            </Field>
          </div>
        </HintedFieldset>
        <fieldset className="field">
          <legend>{t('kits.releases')}</legend>
          <ReleaseChecklist chosen={chosen} onChange={setChosen} />
          {tried && problems.releases && <p className="field-problem">{t('kits.problems.releases')}</p>}
        </fieldset>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('directory.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('kits.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The press kits, one card each, and the way to start a new one. */
export function KitsScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useToast();
  const kits = useKits();
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<Kit | null>(null);

  const remove = async (kit: Kit) => {
    setConfirming(null);
    try {
      await presskit().kits.delete({ id: kit.id });
      announceDataChanged();
      notify({ message: t('kits.deleted', { name: kit.name }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error, t('errors.generic')) });
    }
  };

  return (
    <section className="screen" aria-labelledby="kits-heading">
      <header className="screen-header">
        <div className="screen-title">
          <h1 id="kits-heading">{t('kits.heading')}</h1>
          {kits && <p className="count">{t('kits.count', { count: kits.length })}</p>}
        </div>
        <div className="screen-actions">
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('kits.new')}
          </button>
        </div>
      </header>
      <div className="screen-body" aria-busy={kits === null}>
        {kits?.length === 0 && (
          <div className="empty">
            <h2>{t('kits.emptyTitle')}</h2>
            <p>{t('kits.emptyText')}</p>
            <div className="empty-actions">
              <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
                {t('kits.new')}
              </button>
            </div>
          </div>
        )}
        <ul className="kit-cards">
          {kits?.map((kit) => (
            <li key={kit.id} className="kit-card">
              <button type="button" className="kit-card-open" onClick={() => navigate({ screen: 'kit', id: kit.id })}>
                <span className="kit-card-name">{kit.name}</span>
                <span className="muted">{[kit.event.name !== kit.name ? kit.event.name : '', kit.event.place, eventDates(kit, t('kits.noDates'))].filter(Boolean).join(' · ')}</span>
                <span className="kit-card-meta">
                  <span className="chip">{t('kits.items', { count: kit.items.filter((item) => item.type === 'release').length })}</span>
                  <abbr className="language-badge" title={t(`languages.${kit.language}`)}>
                    {kit.language.toUpperCase()}
                  </abbr>
                </span>
              </button>
              <Menu label={t('kits.menu', { name: kit.name })} items={[{ label: t('kits.delete'), danger: true, onSelect: () => setConfirming(kit) }]}>
                <MoreIcon />
              </Menu>
            </li>
          ))}
        </ul>
      </div>
      {creating && <NewKitDialog onClose={() => setCreating(false)} />}
      {confirming && (
        <ConfirmDialog
          title={t('kits.deleteTitle', { name: confirming.name })}
          message={t('kits.deleteMessage')}
          confirm={t('kits.delete')}
          cancel={t('directory.cancel')}
          onConfirm={() => void remove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
