import { foldKey } from '../../core/fold-key';
import { looksLikeName, releaseParts } from '../../core/spell-words';
import type { StoreData } from '../../core/schema';
import type { SpellingSpot } from '../contract';
import { findRelease } from '../records';
import type { ApiContext, Handlers } from './context';

/** The words a press office writes that no dictionary has: its own list, its contacts' names, its brand's. */
function ownWords(data: StoreData): string[] {
  const { brand } = data;
  return [...data.dictionary, ...data.contacts.flatMap((contact) => [contact.name, contact.organisation]), brand.organisation, brand.pressOfficeAddress];
}

function sorted(words: readonly string[]): string[] {
  return [...words].sort((a, b) => a.localeCompare(b));
}

export function spellHandlers({ store, spell }: ApiContext): Handlers<'spell' | 'dictionary'> {
  return {
    'spell.release': async ({ ref, language, suggest }) => {
      const data = await store.read();
      const release = findRelease(data, ref, language);
      const words = ownWords(data);
      const parts = releaseParts(release);
      const found = await spell.unknown(release.language, parts.map((part) => part.text), words);
      const suggestions = new Map<string, Promise<string[]>>();
      const unknown: SpellingSpot[] = [];
      for (const [index, spots] of found.entries()) {
        for (const spot of spots) {
          // A word met twice is looked up once; names are not (up to a second each in French, for nothing).
          const wanted = suggest === true && !looksLikeName(spot.word);
          if (wanted && !suggestions.has(spot.word)) suggestions.set(spot.word, spell.suggest(release.language, spot.word, words));
          unknown.push({ where: (parts[index] as (typeof parts)[number]).where, ...spot, suggestions: wanted ? await (suggestions.get(spot.word) as Promise<string[]>) : [] });
        }
      }
      return { ref: release.ref, language: release.language, unknown };
    },

    'spell.texts': async ({ language, texts }) => spell.unknown(language, texts, ownWords(await store.read())),

    'spell.suggest': async ({ language, word }) => spell.suggest(language, word, ownWords(await store.read())),

    'dictionary.list': async () => sorted((await store.read()).dictionary),

    'dictionary.add': async ({ word }) =>
      store.update((data) => {
        if (!data.dictionary.some((known) => foldKey(known) === foldKey(word))) data.dictionary.push(word);
        return sorted(data.dictionary);
      }),

    'dictionary.remove': async ({ word }) =>
      store.update((data) => {
        data.dictionary = data.dictionary.filter((known) => foldKey(known) !== foldKey(word));
        return sorted(data.dictionary);
      }),
  };
}
