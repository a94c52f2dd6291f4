/**
 * How the shell learns that the studio changed its settings (the interface's language): the IPC
 * binding serves an API whose `settings.update` also reports the settings it saved. In the app, only the
 * studio changes settings, and only through this channel, so nothing else needs watching.
 */
import type { Api } from '../api/contract';
import type { Settings } from '../core/schema';

export function reportingSettingsUpdates(api: Api, onSettings: (settings: Settings) => void): Api {
  const update = api['settings.update'];
  return {
    ...api,
    'settings.update': async (input) => {
      const settings = await update(input);
      onSettings(settings);
      return settings;
    },
  };
}
