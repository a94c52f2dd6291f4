import { lazy, Suspense, useState } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrandScreen } from './brand/BrandScreen';
import { ContactsScreen } from './contacts/ContactsScreen';
import { KitsScreen } from './kits/KitsScreen';
import { PhotosScreen } from './photos/PhotosScreen';
import { ReleasesScreen } from './releases/ReleasesScreen';
import { ClashQuestionProvider } from './releases/clash-question';
import { OpenedFiles } from './releases/OpenedFiles';
import { LeftOpenRelease } from './editor/LeftOpenRelease';
import { useReleaseActions } from './releases/useReleaseActions';
import { SettingsProvider } from './settings/SettingsProvider';
import { FileDrop } from './shell/FileDrop';
import { NavigationContext, type Route } from './shell/navigation';
import { useShortcut } from './shell/shortcuts';
import { Sidebar } from './shell/Sidebar';
import { ToastProvider } from './shell/toasts';

// The editor brings TipTap and pdf.js: loaded when a release is first opened, not at start.
const ReleaseEditor = lazy(async () => ({ default: (await import('./editor/ReleaseEditor')).ReleaseEditor }));
const KitEditor = lazy(async () => ({ default: (await import('./kits/KitEditor')).KitEditor }));

function Main({ route }: { route: Route }) {
  const { t } = useTranslation();
  const actions = useReleaseActions();
  useShortcut({ key: 'n' }, () => void actions.create());
  const loading = <p className="muted screen-loading">{t('common.loading')}</p>;
  return (
    <main className="main" id="main">
      {route.screen === 'releases' && <ReleasesScreen />}
      {route.screen === 'release' && (
        <Suspense fallback={loading}>
          <ReleaseEditor key={`${route.ref} ${route.language ?? ''}`} reference={route.ref} language={route.language} />
        </Suspense>
      )}
      {route.screen === 'contacts' && <ContactsScreen />}
      {route.screen === 'kits' && <KitsScreen />}
      {route.screen === 'kit' && (
        <Suspense fallback={loading}>
          <KitEditor key={route.id} id={route.id} />
        </Suspense>
      )}
      {route.screen === 'photos' && <PhotosScreen />}
      {route.screen === 'brand' && <BrandScreen />}
    </main>
  );
}

/** The studio: settings and language, toasts, the sidebar and the screen the route names. */
export function App({ i18n, initialRoute = { screen: 'releases' } }: { i18n: i18n; initialRoute?: Route }) {
  const [route, setRoute] = useState<Route>(initialRoute);
  return (
    <I18nextProvider i18n={i18n}>
      <SettingsProvider>
        <NavigationContext.Provider value={setRoute}>
          <ToastProvider>
            <ClashQuestionProvider>
              <div className="app">
                <Sidebar route={route} onNavigate={setRoute} />
                <Main route={route} />
              </div>
              <FileDrop />
              <OpenedFiles />
              <LeftOpenRelease />
            </ClashQuestionProvider>
          </ToastProvider>
        </NavigationContext.Provider>
      </SettingsProvider>
    </I18nextProvider>
  );
}
