import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { ExportDialog, type ExportIntent } from '../export/ExportDialog';
import { fileNameFor } from '../export/export-target';
import { useShortcut } from '../shell/shortcuts';
import { useToast } from '../shell/toasts';
import { ConfirmDialog } from '../ui/Dialog';
import { draftOf, searchContacts, shownRole } from './contact-form';
import { CardPreview } from './CardPreview';
import { ContactAvatar } from './ContactAvatar';
import { ContactForm } from './ContactForm';
import { useContacts } from './useContacts';

type Detail = { mode: 'none' } | { mode: 'new' } | { mode: 'edit'; id: string };

function ContactRowItem({ contact, current, checked, onOpen, onCheck }: { contact: Contact; current: boolean; checked: boolean; onOpen: () => void; onCheck: (checked: boolean) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={current ? 'directory-row current' : 'directory-row'}>
      <input type="checkbox" aria-label={t('directory.select', { name: contact.name })} checked={checked} onChange={(e) => onCheck(e.target.checked)} />
      <button type="button" className="directory-open" aria-current={current ? 'true' : undefined} onClick={onOpen}>
        <ContactAvatar contact={contact} />
        <span className="directory-text">
          <strong>{contact.name}</strong>
          <span className="muted">{[shownRole(contact, i18n.language), contact.organisation].filter(Boolean).join(' · ') || contact.email}</span>
        </span>
      </button>
    </li>
  );
}

/** The press contacts directory: search, select, edit, delete, and their cards and vCards. */
export function ContactsScreen() {
  const { t } = useTranslation();
  const notify = useToast();
  const contacts = useContacts();
  const [query, setQuery] = useState('');
  const [detail, setDetail] = useState<Detail>({ mode: 'none' });
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<Contact | null>(null);
  const [exporting, setExporting] = useState<ExportIntent | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const shown = searchContacts(contacts ?? [], query);
  const current = detail.mode === 'edit' ? contacts?.find((c) => c.id === detail.id) : undefined;
  const chosen = (contacts ?? []).filter((c) => checked.has(c.id));
  /** The selected contacts' e-mails, or undefined for everyone when none is selected. */
  const emails = chosen.length ? chosen.map((c) => c.email).filter(Boolean) : undefined;

  useShortcut({ key: 'f' }, () => search.current?.focus());
  useShortcut({ key: 'e' }, () => setExporting('save'), !exporting);
  useShortcut({ key: 'p' }, () => setExporting('print'), !exporting);

  const restore = async (contact: Contact) => {
    try {
      const again = await presskit().contacts.create({ contact: draftOf(contact) });
      announceDataChanged();
      setDetail({ mode: 'edit', id: again.id });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error, t('errors.generic')) });
    }
  };

  const remove = async (contact: Contact) => {
    setConfirming(null);
    try {
      const deleted = await presskit().contacts.delete({ id: contact.id });
      announceDataChanged();
      setDetail({ mode: 'none' });
      notify({ message: t('directory.deleted', { name: deleted.name }), action: { label: t('actions.undo'), run: () => restore(deleted) } });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error, t('errors.generic')) });
    }
  };

  const exportVcards = async () => {
    try {
      const { text, count } = await presskit().export.vcard(emails ? { emails } : {});
      const name = fileNameFor(chosen.length === 1 && chosen[0] ? chosen[0].name : t('directory.vcardFile'), 'vcf');
      const { saved, location } = await presskit().files.save({ name, bytes: new TextEncoder().encode(text) });
      if (saved) notify({ message: t('directory.vcardSaved', { count, location }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error, t('errors.generic')) });
    }
  };

  return (
    <section className="screen" aria-labelledby="contacts-heading">
      <header className="screen-header">
        <div className="screen-title">
          <h1 id="contacts-heading">{t('directory.heading')}</h1>
          {contacts && (
            <p className="count" aria-live="polite">
              {chosen.length ? t('directory.selected', { count: chosen.length }) : t('directory.count', { count: contacts.length })}
            </p>
          )}
        </div>
        <div className="screen-actions">
          <button type="button" className="button" disabled={!contacts?.length} onClick={() => void exportVcards()}>
            {chosen.length ? t('directory.exportVcardSelected', { count: chosen.length }) : t('directory.exportVcardAll')}
          </button>
          <button type="button" className="button" disabled={!contacts?.length} onClick={() => setExporting('save')} aria-keyshortcuts="Control+E">
            {chosen.length ? t('directory.cardsSelected', { count: chosen.length }) : t('directory.cardsAll')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setDetail({ mode: 'new' })}>
            {t('directory.new')}
          </button>
        </div>
      </header>
      <div className="toolbar" role="search">
        <input
          ref={search}
          type="search"
          className="search"
          placeholder={t('directory.searchPlaceholder')}
          aria-label={t('directory.search')}
          aria-keyshortcuts="Control+F"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {chosen.length > 0 && (
          <button type="button" className="button button-quiet" onClick={() => setChecked(new Set())}>
            {t('directory.clearSelection')}
          </button>
        )}
      </div>
      <div className="directory" aria-busy={contacts === null}>
        <div className="directory-list">
          {contacts?.length === 0 && (
            <div className="empty">
              <h2>{t('directory.emptyTitle')}</h2>
              <p>{t('directory.emptyText')}</p>
            </div>
          )}
          {contacts && contacts.length > 0 && shown.length === 0 && <p className="muted empty-line">{t('directory.noMatch')}</p>}
          <ul aria-label={t('directory.heading')}>
            {shown.map((contact) => (
              <ContactRowItem
                key={contact.id}
                contact={contact}
                current={contact.id === current?.id}
                checked={checked.has(contact.id)}
                onOpen={() => setDetail({ mode: 'edit', id: contact.id })}
                onCheck={(on) =>
                  setChecked((set) => {
                    const next = new Set(set);
                    if (on) next.add(contact.id);
                    else next.delete(contact.id);
                    return next;
                  })
                }
              />
            ))}
          </ul>
        </div>
        <div className="directory-detail">
          {detail.mode === 'new' && (
            <section className="card" aria-labelledby="contact-new-heading">
              <h2 id="contact-new-heading">{t('directory.newTitle')}</h2>
              <ContactForm contact={null} onSaved={(saved) => setDetail({ mode: 'edit', id: saved.id })} onCancel={() => setDetail({ mode: 'none' })} />
            </section>
          )}
          {current && (
            <div className="contact-detail">
              <section className="card" aria-labelledby="contact-edit-heading">
                <header className="card-header">
                  <h2 id="contact-edit-heading">{current.name}</h2>
                  <button type="button" className="button button-small button-danger-quiet" onClick={() => setConfirming(current)}>
                    {t('directory.delete')}
                  </button>
                </header>
                <ContactForm
                  key={current.id}
                  contact={current}
                  onSaved={(saved) => notify({ message: t('directory.saved', { name: saved.name }) })}
                  onCancel={() => setDetail({ mode: 'none' })}
                />
              </section>
              <section className="card" aria-labelledby="contact-card-heading">
                <h2 id="contact-card-heading">{t('directory.cardHeading')}</h2>
                <CardPreview contact={current} />
              </section>
            </div>
          )}
          {detail.mode === 'none' && contacts && contacts.length > 0 && <p className="muted detail-placeholder">{t('directory.pick')}</p>}
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('directory.deleteTitle', { name: confirming.name })}
          message={t('directory.deleteMessage')}
          confirm={t('directory.delete')}
          cancel={t('directory.cancel')}
          onConfirm={() => void remove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {exporting && (
        <ExportDialog
          target={{ kind: 'cards', ...(emails ? { emails } : {}) }}
          baseName={chosen.length === 1 && chosen[0] ? t('directory.cardsFileOne', { name: chosen[0].name }) : t('directory.cardsFile')}
          intent={exporting}
          onClose={() => setExporting(null)}
        />
      )}
    </section>
  );
}
