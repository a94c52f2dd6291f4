import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../i18n';
import { useSettings } from '../settings/SettingsProvider';
import { BrandIcon, ContactsIcon, KitsIcon, PhotoIcon, ReleasesIcon } from '../ui/icons';
import type { Route } from './navigation';

type TopScreen = 'releases' | 'contacts' | 'kits' | 'photos' | 'brand';

/** The screens in the sidebar, each lit while it or one of its detail screens is open. */
const NAV: { screen: TopScreen; label: `nav.${TopScreen}`; icon: () => ReactNode; matches: Route['screen'][] }[] = [
  { screen: 'releases', label: 'nav.releases', icon: ReleasesIcon, matches: ['releases', 'release'] },
  { screen: 'kits', label: 'nav.kits', icon: KitsIcon, matches: ['kits', 'kit'] },
  { screen: 'contacts', label: 'nav.contacts', icon: ContactsIcon, matches: ['contacts'] },
  { screen: 'photos', label: 'nav.photos', icon: PhotoIcon, matches: ['photos'] },
  { screen: 'brand', label: 'nav.brand', icon: BrandIcon, matches: ['brand'] },
];

const THEMES = ['system', 'light', 'dark'] as const;
/** Each interface language named in itself, as language pickers do. */
const OWN_NAMES: Record<UiLanguage, string> = { fr: 'Français', en: 'English' };

export function Sidebar({ route, onNavigate }: { route: Route; onNavigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  return (
    <aside className="sidebar">
      <div className="brand-mark">
        <span className="logo" aria-hidden="true">
          P
        </span>
        <span>PressKit Studio</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.screen}>
              <button
                type="button"
                className="nav-item"
                aria-current={item.matches.includes(route.screen) ? 'page' : undefined}
                onClick={() => onNavigate({ screen: item.screen })}
              >
                <span aria-hidden="true" className="nav-icon">
                  <item.icon />
                </span>
                {t(item.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <div className="segmented" role="group" aria-label={t('settings.uiLanguage')}>
          {UI_LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              aria-label={OWN_NAMES[language]}
              title={OWN_NAMES[language]}
              aria-pressed={settings.uiLanguage === language}
              onClick={() => void update({ uiLanguage: language })}
            >
              {language.toUpperCase()}
            </button>
          ))}
        </div>
        <label className="field-inline">
          <span>{t('settings.theme')}</span>
          <select value={settings.theme} onChange={(e) => void update({ theme: THEMES.find((theme) => theme === e.target.value) ?? 'system' })}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`settings.themes.${theme}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </aside>
  );
}
