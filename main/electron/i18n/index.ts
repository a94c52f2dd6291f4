/** The shell's words for the interface's language, chosen in the studio's settings. */
import { Settings } from '../../core/schema';
import { en } from './en';
import { fr } from './fr';
import type { ShellWords, UiLanguage } from './shell-words';

export type { ArchiveCounts, ShellWords, UiLanguage } from './shell-words';

/** What the shell speaks until it has read the settings: the studio's own default. */
export const DEFAULT_UI_LANGUAGE: UiLanguage = Settings.parse({}).uiLanguage;

const WORDS: Record<UiLanguage, ShellWords> = { fr, en };

export function shellWords(language: UiLanguage): ShellWords {
  return WORDS[language];
}
