import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../main/core/language';
import type { Brand, Release } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { PdfPreview } from '../preview/PdfPreview';
import { useShortcut } from '../shell/shortcuts';
import { useToast } from '../shell/toasts';
import { Field } from '../ui/Field';
import { ImagePicker } from '../ui/ImagePicker';
import { brandProblems, BUNDLED_FONTS, changedBrandFields, MARGIN_SIDES, sampleReference } from './brand-form';

type ColorKey = keyof Brand['colors'];

function ColorField({ name, label, value, invalid, onChange }: { name: ColorKey; label: string; value: string; invalid: boolean; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={label} problem={invalid ? t('brand.problems.color') : undefined}>
      {(props) => (
        <span className="color-field">
          <input type="color" aria-label={t('brand.colorPicker', { name: label })} value={invalid ? '#000000' : value} onChange={(e) => onChange(e.target.value)} data-color={name} />
          <input {...props} type="text" className="hex" spellCheck={false} maxLength={7} value={value} onChange={(e) => onChange(e.target.value.trim())} />
        </span>
      )}
    </Field>
  );
}

/** The newest release, typeset with the saved brand: how the brand looks on paper. */
function BrandPreview({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const [release, setRelease] = useState<Release | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    presskit()
      .releases.list({})
      .then(async ([newest]) => (newest ? presskit().releases.get({ ref: newest.ref }) : null))
      .then((found) => live && setRelease(found))
      .catch(() => live && setRelease(null));
    return () => {
      live = false;
    };
  }, []);
  const typeset = useMemo(() => (release ? () => presskit().preview.render({ release }) : null), [release]);
  if (release === null) return <p className="muted brand-preview-note">{t('brand.noRelease')}</p>;
  // The release arrives after the first render: it is part of what prints, so of the key too.
  return <PdfPreview typeset={typeset} renderKey={`${release?.id ?? ''}|${JSON.stringify(brand)}`} paused={false} label={t('brand.preview')} />;
}

function BrandForm({ stored, onSaved }: { stored: Brand; onSaved: (brand: Brand) => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const [draft, setDraft] = useState(stored);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problems = brandProblems(draft);
  const changes = changedBrandFields(stored, draft);
  const dirty = Object.keys(changes).length > 0;
  const set = (patch: Partial<Brand>) => {
    setError(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const setColor = (key: ColorKey, value: string) => set({ colors: { ...draft.colors, [key]: value } });

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (Object.keys(problems).length || !dirty) return;
    setBusy(true);
    try {
      const saved = await presskit().brand.update({ changes });
      setDraft(saved);
      onSaved(saved);
      announceDataChanged();
      notify({ message: t('brand.saved') });
    } catch (failure) {
      setError(errorMessage(failure, t('errors.save')));
    } finally {
      setBusy(false);
    }
  };
  useShortcut({ key: 's' }, () => void save());

  return (
    <form className="editor-form brand-form" onSubmit={(e) => void save(e)} noValidate aria-label={t('brand.heading')}>
      <section className="card" aria-labelledby="brand-identity">
        <h2 id="brand-identity">{t('brand.identity')}</h2>
        <div className="cover-fields">
          <div>
            <Field label={t('brand.organisation')}>{(props) => <input {...props} type="text" value={draft.organisation} onChange={(e) => set({ organisation: e.target.value })} />}</Field>
            <Field label={t('brand.website')}>{(props) => <input {...props} type="url" placeholder="https://" value={draft.website} onChange={(e) => set({ website: e.target.value })} />}</Field>
          </div>
          <ImagePicker label={t('brand.logo')} value={draft.logo} onChange={(logo) => set({ logo })} />
        </div>
        <Field label={t('brand.footer')}>{(props) => <input {...props} type="text" value={draft.footerText} onChange={(e) => set({ footerText: e.target.value })} />}</Field>
        <Field label={t('brand.address')}>{(props) => <textarea {...props} rows={3} value={draft.pressOfficeAddress} onChange={(e) => set({ pressOfficeAddress: e.target.value })} />}</Field>
        <label className="check">
          <input type="checkbox" checked={draft.immediateRelease} onChange={(e) => set({ immediateRelease: e.target.checked })} />
          {t('brand.immediateRelease')}
        </label>
      </section>
      <section className="card" aria-labelledby="brand-look">
        <h2 id="brand-look">{t('brand.look')}</h2>
        <div className="form-grid form-grid-3">
          {(['primary', 'accent', 'text'] as const).map((key) => (
            <ColorField key={key} name={key} label={t(`brand.colors.${key}`)} value={draft.colors[key]} invalid={Boolean(problems[key])} onChange={(value) => setColor(key, value)} />
          ))}
        </div>
        <div className="form-grid">
          {(['body', 'heading'] as const).map((key) => (
            <Field key={key} label={t(`brand.fonts.${key}`)}>
              {(props) => (
                <select {...props} value={draft.fonts[key]} onChange={(e) => set({ fonts: { ...draft.fonts, [key]: e.target.value } })}>
                  {[...new Set([...BUNDLED_FONTS, draft.fonts[key]])].map((font) => (
                    <option key={font} value={font}>
                      {font}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>
        <fieldset className="field">
          <legend>{t('brand.margins')}</legend>
          <div className="form-grid form-grid-4">
            {MARGIN_SIDES.map((side) => (
              <Field key={side} label={t(`brand.sides.${side}`)} problem={problems[side] ? t('brand.problems.margin') : undefined}>
                {(props) => (
                  <input {...props} type="number" min={5} max={60} step={1} value={draft.marginsMm[side]} onChange={(e) => set({ marginsMm: { ...draft.marginsMm, [side]: e.target.valueAsNumber } })} />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      </section>
      <section className="card" aria-labelledby="brand-texts">
        <h2 id="brand-texts">{t('brand.texts')}</h2>
        <Field
          label={t('brand.referencePattern')}
          hint={t('brand.referenceHint', { sample: sampleReference(draft.referencePattern, 124, 2019) })}
          problem={problems.referencePattern ? t('brand.problems.referencePattern') : undefined}
        >
          {(props) => <input {...props} type="text" spellCheck={false} value={draft.referencePattern} onChange={(e) => set({ referencePattern: e.target.value })} />}
        </Field>
        <Field label={t('brand.numbering')} hint={t('brand.numberingHint')}>
          {(props) => (
            <select {...props} value={draft.numbering} onChange={(e) => set({ numbering: e.target.value === 'onApproval' ? 'onApproval' : 'onTitle' })}>
              {(['onTitle', 'onApproval'] as const).map((when) => (
                <option key={when} value={when}>
                  {t(`brand.numberingWhen.${when}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {LANGUAGES.map((language) => (
          <Field key={language} label={t('brand.boilerplate', { language: t(`languages.${language}`) })}>
            {(props) => <textarea {...props} lang={language} rows={4} value={draft.boilerplate[language]} onChange={(e) => set({ boilerplate: { ...draft.boilerplate, [language]: e.target.value } })} />}
          </Field>
        ))}
      </section>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions sticky-actions">
        <span className="muted">{dirty ? t('editor.save.pending') : t('editor.save.saved')}</span>
        <button type="button" className="button" disabled={!dirty || busy} onClick={() => setDraft(stored)}>
          {t('brand.revert')}
        </button>
        <button type="submit" className="button button-primary" disabled={!dirty || busy || Object.keys(problems).length > 0} aria-keyshortcuts="Control+S">
          {t('brand.save')}
        </button>
      </div>
    </form>
  );
}

/** The press office's house style: what every PDF carries (logo, colours, fonts, footer, boilerplate, numbering). */
export function BrandScreen() {
  const { t } = useTranslation();
  const [brand, setBrand] = useState<Brand | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    presskit()
      .brand.get({})
      .then((loaded) => live && setBrand(loaded))
      .catch((failure: unknown) => live && setError(errorMessage(failure, t('errors.generic'))));
    return () => {
      live = false;
    };
  }, [t]);
  return (
    <section className="screen brand-screen" aria-labelledby="brand-heading">
      <header className="screen-header">
        <div className="screen-title">
          <h1 id="brand-heading">{t('brand.heading')}</h1>
          <p className="count">{t('brand.intro')}</p>
        </div>
      </header>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {brand && (
        <div className="editor-panes">
          <BrandForm stored={brand} onSaved={setBrand} />
          <BrandPreview brand={brand} />
        </div>
      )}
    </section>
  );
}
