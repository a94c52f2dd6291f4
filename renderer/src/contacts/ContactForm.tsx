import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../main/core/language';
import type { Contact, Phone } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { Field } from '../ui/Field';
import { ImagePicker } from '../ui/ImagePicker';
import { changedContactFields, cleanContact, contactProblems, draftOf, emptyContact, type ContactDraft } from './contact-form';

function PhonesEditor({ phones, invalid, onChange }: { phones: Phone[]; invalid: boolean; onChange: (phones: Phone[]) => void }) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<Phone>) => onChange(phones.map((phone, i) => (i === index ? { ...phone, ...patch } : phone)));
  return (
    <fieldset className="field phones">
      <legend>{t('directory.phones')}</legend>
      {phones.map((phone, index) => (
        <div key={index} className="phone-row">
          <input type="text" aria-label={t('directory.phoneLabel', { n: index + 1 })} placeholder={t('directory.phoneLabelPlaceholder')} value={phone.label} onChange={(e) => set(index, { label: e.target.value })} />
          <input
            type="tel"
            aria-label={t('directory.phoneNumber', { n: index + 1 })}
            aria-invalid={invalid && !phone.number.trim() && Boolean(phone.label.trim())}
            placeholder="+33 1 23 45 67 89"
            value={phone.number}
            onChange={(e) => set(index, { number: e.target.value })}
          />
          <button type="button" className="icon-button" aria-label={t('directory.removePhone', { n: index + 1 })} onClick={() => onChange(phones.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      {invalid && <p className="field-problem">{t('directory.problems.phones')}</p>}
      <button type="button" className="button button-small" onClick={() => onChange([...phones, { label: '', number: '' }])}>
        {t('directory.addPhone')}
      </button>
    </fieldset>
  );
}

/**
 * Creating or editing one contact. Nothing is stored until Save; the form says what is missing
 * before main is asked, and main's own refusals are shown as they come.
 */
export function ContactForm({ contact, onSaved, onCancel }: { contact: Contact | null; onSaved: (contact: Contact) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ContactDraft>(() => (contact ? draftOf(contact) : emptyContact()));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problems = contactProblems(draft);
  const shown = tried ? problems : {};
  const set = (patch: Partial<ContactDraft>) => {
    setError(null);
    setDraft((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length) return;
    const clean = cleanContact(draft);
    setBusy(true);
    try {
      const saved = contact ? await presskit().contacts.update({ id: contact.id, changes: changedContactFields(contact, clean) }) : await presskit().contacts.create({ contact: clean });
      announceDataChanged();
      setDraft(draftOf(saved));
      setTried(false);
      onSaved(saved);
    } catch (failure) {
      setError(errorMessage(failure, t('errors.save')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="contact-form" onSubmit={(e) => void submit(e)} noValidate aria-label={contact ? t('directory.editTitle', { name: contact.name }) : t('directory.newTitle')}>
      <div className="contact-form-top">
        <ImagePicker label={t('directory.photo')} value={draft.photo} onChange={(photo) => set({ photo })} />
        <div className="contact-form-names">
          <Field label={t('directory.name')} problem={shown.name && t('directory.problems.name')}>
            {(props) => <input {...props} type="text" autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
          </Field>
          <Field label={t('directory.role')}>{(props) => <input {...props} type="text" value={draft.role} onChange={(e) => set({ role: e.target.value })} />}</Field>
          <Field label={t('directory.organisation')}>{(props) => <input {...props} type="text" value={draft.organisation} onChange={(e) => set({ organisation: e.target.value })} />}</Field>
        </div>
      </div>
      <Field label={t('directory.email')} problem={shown.email && t('directory.problems.email')}>
        {(props) => <input {...props} type="email" autoComplete="off" value={draft.email} onChange={(e) => set({ email: e.target.value })} />}
      </Field>
      <PhonesEditor phones={draft.phones} invalid={Boolean(shown.phones)} onChange={(phones) => set({ phones })} />
      <fieldset className="field">
        <legend>{t('directory.languages')}</legend>
        <div className="checks">
          {LANGUAGES.map((language) => (
            <label key={language} className="check">
              <input
                type="checkbox"
                checked={draft.languages.includes(language)}
                onChange={(e) => set({ languages: e.target.checked ? LANGUAGES.filter((l) => l === language || draft.languages.includes(l)) : draft.languages.filter((l) => l !== language) })}
              />
              <span>{t(`languages.${language}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('directory.notes')}>{(props) => <textarea {...props} rows={3} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />}</Field>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('directory.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {contact ? t('directory.save') : t('directory.create')}
        </button>
      </div>
    </form>
  );
}
