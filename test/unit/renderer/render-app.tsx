import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { App } from '../../../renderer/src/App';
import { createI18n, type UiLanguage } from '../../../renderer/src/i18n';
import { installRealApi, type RealApi } from './real-api';

/** The whole studio over the installed window.presskit, its interface language set in the settings as a user would. */
export async function renderApp(language: UiLanguage = 'fr') {
  await window.presskit.settings.update({ changes: { uiLanguage: language } });
  const i18n = createI18n(language);
  return { i18n, ...render(<App i18n={i18n} />) };
}

/** Each test of the file gets a new, empty archive behind window.presskit, and a clean page after it. */
export function freshArchivePerTest(): () => RealApi {
  let api: RealApi | undefined;
  beforeEach(async () => {
    api = await installRealApi();
  });
  afterEach(async () => {
    cleanup();
    await api?.close();
  });
  return () => {
    if (!api) throw new Error('The archive exists only while a test runs.');
    return api;
  };
}

export { cleanup };
