import { LANGUAGES, type Language } from './language';
import type { Roles } from './schema';

/**
 * The role a document in `language` prints: the contact's own words in that language, else the one
 * written in the first language the contact speaks, else any: a role in another language says more to
 * a journalist than none. `language` says which one it is, for the reader's voice and the hyphenation.
 */
export function roleIn(roles: Roles, language: Language, spoken: readonly Language[] = []): { text: string; language: Language } | null {
  const found = [language, ...spoken, ...LANGUAGES].find((candidate) => roles[candidate]?.trim());
  return found ? { text: (roles[found] as string).trim(), language: found } : null;
}
