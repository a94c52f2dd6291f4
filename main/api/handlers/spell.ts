import { foldKey } from '../../core/fold-key';
import type { Language } from '../../core/language';
import { looksLikeName, notIgnored, releaseParts, withIgnored, type WordSpot } from '../../core/spell-words';
import type { Release, StoreData } from '../../core/schema';
import type { SpellService } from '../../spell';
import type { SpellingSpot } from '../contract';
import { findById, findRelease, kitReleases } from '../records';
import type { ApiContext, Handlers } from './context';

/** The words a press office writes that no dictionary has: its own list, its contacts' names, its brand's. */
function ownWords(data: StoreData): string[] {
  const { brand } = data;
  return [...data.dictionary, ...data.contacts.flatMap((contact) => [contact.name, contact.organisation]), brand.organisation, brand.pressOfficeAddress];
}

function sorted(words: readonly string[]): string[] {
  return [...words].sort((a, b) => a.localeCompare(b));
}

type FoundSpot = WordSpot & { where: string };

/**
 * Each release's unknown words in its own language, less those it ignores. One question per language for
 * all its releases, the languages asked at once: a kit of 120 releases costs the worker a round trip per language.
 */
async function unknownIn(spell: SpellService, releases: readonly Release[], words: string[]): Promise<FoundSpot[][]> {
  const parts = releases.map(releaseParts);
  const byLanguage = new Map<Language, number[]>();
  releases.forEach((release, index) => {
    const indexes = byLanguage.get(release.language);
    if (indexes) indexes.push(index);
    else byLanguage.set(release.language, [index]);
  });
  const found: FoundSpot[][] = releases.map(() => []);
  await Promise.all(
    [...byLanguage].map(async ([language, indexes]) => {
      const spots = await spell.unknown(language, indexes.flatMap((index) => (parts[index] ?? []).map((part) => part.text)), words);
      let text = 0;
      for (const index of indexes) {
        const kept = notIgnored((releases[index] as Release).ignoredWords, language);
        for (const { where } of parts[index] ?? []) (found[index] as FoundSpot[]).push(...(spots[text++] ?? []).filter(kept).map((spot) => ({ where, ...spot })));
      }
    }),
  );
  return found;
}

function named({ id, ref, language, title }: Release, unknown: SpellingSpot[]) {
  return { id, ref, language, title, unknown };
}

export function spellHandlers({ store, spell }: ApiContext): Handlers<'spell' | 'dictionary'> {
  return {
    'spell.release': async ({ ref, language, suggest }) => {
      const data = await store.read();
      const release = findRelease(data, ref, language);
      const words = ownWords(data);
      const [found = []] = await unknownIn(spell, [release], words);
      const suggestions = new Map<string, Promise<string[]>>();
      const unknown: SpellingSpot[] = [];
      for (const spot of found) {
        // A word met twice is looked up once; names are not (up to a second each in French, for nothing).
        const wanted = suggest === true && !looksLikeName(spot.word);
        if (wanted && !suggestions.has(spot.word)) suggestions.set(spot.word, spell.suggest(release.language, spot.word, words));
        unknown.push({ ...spot, suggestions: wanted ? await (suggestions.get(spot.word) as Promise<string[]>) : [] });
      }
      return named(release, unknown);
    },

    'spell.kit': async ({ id }) => {
      const data = await store.read();
      const releases = kitReleases(data, findById(data.kits, id, 'kit'));
      const found = await unknownIn(spell, releases, ownWords(data));
      return releases.flatMap((release, index) => {
        const spots = found[index] ?? [];
        return spots.length === 0 ? [] : [named(release, spots.map((spot) => ({ ...spot, suggestions: [] })))];
      });
    },

    'spell.texts': async ({ language, texts, releaseId }) => {
      const data = await store.read();
      const found = await spell.unknown(language, texts, ownWords(data));
      if (releaseId === undefined) return found;
      const kept = notIgnored(findById(data.releases, releaseId, 'release').ignoredWords, language);
      return found.map((spots) => spots.filter(kept));
    },

    'spell.ignore': async ({ id, word }) =>
      store.update((data) => {
        const release = findById(data.releases, id, 'release');
        // Not an edit of the text: its status, updatedAt and revisions stay, so neither an approval under
        // way nor the editor's next save is disturbed.
        const words = withIgnored(release.ignoredWords, word, release.language);
        release.ignoredWords = words;
        return [...words];
      }),

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
