import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../main/core/language';
import { PHONE_COUNTRIES } from '../../../main/core/phone';
import { PhoneType, type Contact, type Phone } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { Field } from '../ui/Field';
import { ImagePicker } from '../ui/ImagePicker';
import { changedContactFields, cleanContact, contactProblems, draftOf, emptyContact, type ContactDraft } from './contact-form';

const PHONE_TYPES: readonly PhoneType[] = PhoneType.options;

function PhonesEditor({ phones, invalid, onChange }: { phones: Phone[]; invalid: boolean; onChange: (phones: Phone[]) => void }) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<Phone>) => onChange(phones.map((phone, i) => (i === index ? { ...phone, ...patch } : phone)));
  return (
    <fieldset className="field phones">
      <legend>{t('directory.phones')}</legend>
      {phones.map((phone, index) => (
        <div key={index} className="phone-row">
          <select aria-label={t('directory.phoneType', { n: index + 1 })} value={phone.type} onChange={(e) => set(index, { type: PhoneType.parse(e.target.value) })}>
            {PHONE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`directory.phoneTypes.${type}`)}
              </option>
            ))}
          </select>
          <input type="tel" aria-label={t('directory.phoneNumber', { n: index + 1 })} aria-invalid={invalid} placeholder="01 44 76 75 39" value={phone.number} onChange={(e) => set(index, { number: e.target.value })} />
          <button type="button" className="icon-button" aria-label={t('directory.removePhone', { n: index + 1 })} onClick={() => onChange(phones.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      {invalid && <p className="field-problem">{t('directory.problems.phones')}</p>}
      <button type="button" className="button button-small" onClick={() => onChange([...phones, { type: 'work', number: '' }])}>
        {t('directory.addPhone')}
      </button>
    </fieldset>
  );
}

/** The country the numbers are typed in, by its name in the interface's language. */
function CountryField({ value, onChange }: { value: string; onChange: (country: string) => void }) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return PHONE_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  }, [i18n.language]);
  return (
    <Field label={t('directory.country')}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
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
          {LANGUAGES.map((language) => (
            <Field key={language} label={t('directory.roleIn', { language: t(`languages.${language}`) })}>
              {(props) => <input {...props} type="text" lang={language} value={draft.roles[language] ?? ''} onChange={(e) => set({ roles: { ...draft.roles, [language]: e.target.value } })} />}
            </Field>
          ))}
          <Field label={t('directory.organisation')}>{(props) => <input {...props} type="text" value={draft.organisation} onChange={(e) => set({ organisation: e.target.value })} />}</Field>
        </div>
      </div>
      <Field label={t('directory.email')} problem={shown.email && t('directory.problems.email')}>
        {(props) => <input {...props} type="email" autoComplete="off" value={draft.email} onChange={(e) => set({ email: e.target.value })} />}
      </Field>
      <CountryField value={draft.country} onChange={(country) => set({ country })} />
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
