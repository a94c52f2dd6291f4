import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Settings } from '../../../main/core/schema';
import { en } from './en';
import { fr } from './fr';

export type UiLanguage = Settings['uiLanguage'];
export const UI_LANGUAGES: readonly UiLanguage[] = ['fr', 'en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

/** One i18next instance per app (and per test), French unless told otherwise; resources are bundled, so it is ready at once. */
export function createI18n(language: UiLanguage = 'fr'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
