/**
 * Hunspell (compiled to WebAssembly by hunspell-asm), one instance per language, loaded on first use
 * (French in about 0.2 s). The office's own words are added to each instance as requests name them, and
 * taken out again when a request no longer does, so every answer reflects the words it was given.
 */
import type { Hunspell, HunspellFactory } from 'hunspell-asm';
import type { Language } from '../core/language';
import { wordsToCheck, type WordSpot } from '../core/spell-words';
import { readDictionary } from './dictionaries';

interface Loaded {
  hunspell: Hunspell;
  added: Set<string>;
}

export interface Speller {
  /** The words of each text the dictionary does not know, with their places. */
  unknown(language: Language, texts: readonly string[], ownWords: readonly string[]): Promise<WordSpot[][]>;
  /** What the dictionary would write instead (French takes up to a second a word: asked for one word at a time). */
  suggest(language: Language, word: string, ownWords: readonly string[]): Promise<string[]>;
  dispose(): void;
}

let factory: Promise<HunspellFactory> | undefined;

/** The WebAssembly module, once per thread. */
async function hunspellFactory(): Promise<HunspellFactory> {
  factory ??= (async () => {
    const before = new Set(process.listeners('uncaughtException'));
    const { loadModule } = await import('hunspell-asm');
    const loaded = await loadModule();
    // Emscripten's Node glue rethrows every uncaught exception of the process from a handler of its own:
    // that is the host's business, not a dictionary's.
    for (const listener of process.listeners('uncaughtException')) if (!before.has(listener)) process.off('uncaughtException', listener);
    return loaded;
  })();
  return factory;
}

export function createSpeller(): Speller {
  const languages = new Map<Language, Promise<Loaded>>();

  const load = (language: Language): Promise<Loaded> => {
    let loaded = languages.get(language);
    if (!loaded) {
      loaded = (async () => {
        const [hunspellFiles, { aff, dic }] = await Promise.all([hunspellFactory(), readDictionary(language)]);
        const affPath = hunspellFiles.mountBuffer(aff, `${language}.aff`);
        const dicPath = hunspellFiles.mountBuffer(dic, `${language}.dic`);
        const hunspell = hunspellFiles.create(affPath, dicPath);
        // The instance has read them: the copies in WebAssembly memory are no longer needed.
        hunspellFiles.unmount(affPath);
        hunspellFiles.unmount(dicPath);
        return { hunspell, added: new Set<string>() };
      })();
      languages.set(language, loaded);
    }
    return loaded;
  };

  const withWords = async (language: Language, ownWords: readonly string[]): Promise<Hunspell> => {
    const { hunspell, added } = await load(language);
    const wanted = new Set(ownWords.flatMap((entry) => wordsToCheck(entry).map((spot) => spot.word)));
    for (const word of added) {
      if (wanted.has(word)) continue;
      hunspell.removeWord(word);
      added.delete(word);
    }
    // Only words the dictionary lacks: taking one out later must never take out one of its own.
    for (const word of wanted) {
      if (added.has(word) || hunspell.spell(word)) continue;
      hunspell.addWord(word);
      added.add(word);
    }
    return hunspell;
  };

  return {
    async unknown(language, texts, ownWords) {
      const hunspell = await withWords(language, ownWords);
      // Each word asked once per question: a kit's releases share most of theirs (names, the boilerplate's).
      const known = new Map<string, boolean>();
      const isKnown = (word: string): boolean => {
        let answer = known.get(word);
        if (answer === undefined) known.set(word, (answer = hunspell.spell(word)));
        return answer;
      };
      return texts.map((text) => wordsToCheck(text).filter((spot) => !isKnown(spot.word)));
    },
    async suggest(language, word, ownWords) {
      const hunspell = await withWords(language, ownWords);
      return hunspell.suggest(word).slice(0, 8);
    },
    dispose() {
      for (const loaded of languages.values()) void loaded.then(({ hunspell }) => hunspell.dispose());
      languages.clear();
    },
  };
}
