import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClashChoice, ReleaseSummary } from '../../../main/api/contract';
import { LANGUAGES, type Language } from '../../../main/core/language';
import { referenceProblem } from '../../../main/core/reference';
import { mainSentence, presskit } from '../api';
import { Dialog } from '../ui/Dialog';

/** A communiqué of a drop whose reference is already filed in its language, as main's refusal names it. */
export interface Clash {
  file: string;
  ref: string;
  language: Language;
  /** The next free number, which "next" would give. */
  next: string;
  /** The languages the reference has no version in yet. */
  free: Language[];
  /** Whether other files of the drop come after it (then "apply to all remaining" is offered). */
  more: boolean;
}

export interface ClashAnswer {
  choice: ClashChoice;
  /** The same answer for the next clashes of the drop. */
  all: boolean;
}

type Kind = 'next' | 'as' | 'version' | 'skip';

/** What the archive knows to check a typed reference as it is typed: the brand's pattern and the filed references. */
function useReferenceCheck(): ((ref: string, language: Language) => string | null) | null {
  const [known, setKnown] = useState<{ pattern: string; releases: ReleaseSummary[] } | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([presskit().brand.get({}), presskit().releases.list({})]).then(([brand, releases]) => live && setKnown({ pattern: brand.referencePattern, releases }));
    return () => {
      live = false;
    };
  }, []);
  if (!known) return null;
  return (ref, language) => {
    const problem = referenceProblem(ref, language, known.pattern, known.releases);
    return problem ? mainSentence({ ...problem, message: problem.code }) : null;
  };
}

/**
 * Asks what to do with one clashing file: the next free number, a reference typed (checked as it is
 * typed), the version in another language of the filed one, or skip it. Closing it cancels the import.
 */
export function ClashDialog({ clash, onAnswer, onCancel }: { clash: Clash; onAnswer: (answer: ClashAnswer) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<Kind>('next');
  const [typed, setTyped] = useState('');
  const [language, setLanguage] = useState<Language | undefined>(clash.free[0]);
  const [all, setAll] = useState(false);
  const check = useReferenceCheck();
  const problem = kind === 'as' && check ? (typed.trim() === '' ? t('import.clash.typeRef') : check(typed, clash.language)) : null;
  const ready = kind !== 'as' || (check !== null && problem === null);

  const choice = (): ClashChoice => {
    if (kind === 'as') return { as: typed.trim() };
    if (kind === 'version' && language) return { language };
    return kind === 'skip' ? 'skip' : 'next';
  };
  const option = (value: Kind, label: string) => (
    <label className="check">
      <input type="radio" name={`${id}-choice`} value={value} checked={kind === value} onChange={() => setKind(value)} />
      {label}
    </label>
  );

  return (
    <Dialog title={t('import.clash.title', { file: clash.file })} onClose={onCancel} className="dialog-wide">
      <p>{t('import.clash.message', { ref: clash.ref, language: t(`languages.${clash.language}`) })}</p>
      <fieldset className="clash-choices">
        <legend>{t('import.clash.legend')}</legend>
        {option('next', t('import.clash.next', { ref: clash.next }))}
        {option('as', t('import.clash.as'))}
        {kind === 'as' && (
          <div className={`field clash-typed ${problem ? 'field-invalid' : ''}`}>
            <input
              type="text"
              spellCheck={false}
              aria-label={t('import.clash.typedLabel')}
              aria-invalid={Boolean(problem)}
              aria-describedby={problem ? `${id}-problem` : undefined}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
            {problem && (
              <p id={`${id}-problem`} className="field-problem" role="status">
                {problem}
              </p>
            )}
          </div>
        )}
        {clash.free.length > 0 && option('version', t('import.clash.version', { ref: clash.ref }))}
        {kind === 'version' && (
          <select aria-label={t('import.clash.versionLanguage')} value={language} onChange={(event) => setLanguage(LANGUAGES.find((l) => l === event.target.value))}>
            {clash.free.map((free) => (
              <option key={free} value={free}>
                {t(`languages.${free}`)}
              </option>
            ))}
          </select>
        )}
        {option('skip', t('import.clash.skip'))}
      </fieldset>
      {clash.more && (
        <label className="check">
          <input type="checkbox" checked={all && kind !== 'as'} disabled={kind === 'as'} onChange={(event) => setAll(event.target.checked)} />
          {t('import.clash.all')}
        </label>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('import.clash.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={!ready} onClick={() => onAnswer({ choice: choice(), all: all && kind !== 'as' })}>
          {t('import.clash.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
