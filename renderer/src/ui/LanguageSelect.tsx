import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, Language } from '../../../main/core/language';

/** A select of the release languages (fr, en, ru), named in the interface's language. */
export function LanguageSelect({
  value,
  onLanguage,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & { value: Language; onLanguage: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <select
      {...props}
      value={value}
      onChange={(e) => {
        const language = Language.safeParse(e.target.value);
        if (language.success) onLanguage(language.data);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language}>
          {t(`languages.${language}`)}
        </option>
      ))}
    </select>
  );
}
