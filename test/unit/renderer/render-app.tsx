import { cleanup, render } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { createI18n, type UiLanguage } from '../../../renderer/src/i18n';

/** The whole studio over the installed window.presskit, its interface language set in the settings as a user would. */
export async function renderApp(language: UiLanguage = 'fr') {
  await window.presskit.settings.update({ changes: { uiLanguage: language } });
  const i18n = createI18n(language);
  return { i18n, ...render(<App i18n={i18n} />) };
}

export { cleanup };
