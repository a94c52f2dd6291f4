import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Settings } from '../../../main/core/schema';
import { presskit } from '../api';

interface SettingsValue {
  settings: Settings;
  /** Saves the changes and applies them (interface language, theme) at once. */
  update: (changes: Partial<Settings>) => Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);
const DEFAULTS = Settings.parse({});

/** Reflects the settings on the page: `data-theme` drives the CSS (`system` follows the OS), `lang` the screen readers. */
function applyToDocument(settings: Settings): void {
  document.documentElement.dataset.theme = settings.theme;
  document.documentElement.lang = settings.uiLanguage;
}

export function SettingsProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<Settings>(DEFAULTS);

  const apply = useCallback(
    (next: Settings) => {
      setSettings(next);
      applyToDocument(next);
      if (i18n.language !== next.uiLanguage) void i18n.changeLanguage(next.uiLanguage);
    },
    [i18n],
  );

  useEffect(() => {
    let live = true;
    // Unreadable settings leave the defaults in place: the studio stays usable in French.
    presskit()
      .settings.get({})
      .then((loaded) => live && apply(loaded))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [apply]);

  const update = useCallback(
    async (changes: Partial<Settings>) => {
      apply(await presskit().settings.update({ changes }));
    },
    [apply],
  );
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings is used outside <SettingsProvider>.');
  return value;
}
