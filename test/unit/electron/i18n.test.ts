import { describe, expect, it } from 'vitest';
import { shellWords, type ShellWords } from '../../../main/electron/i18n';

type Sentence = (...args: never[]) => string;
/** One set of arguments for every worded sentence: the type checker asks for each new one. */
type Samples = { [K in keyof ShellWords as ShellWords[K] extends Sentence ? K : never]: ShellWords[K] extends (...args: infer A) => string ? A : never };

const counts = { releases: 2, contacts: 1, kits: 0 };
const SAMPLES: Samples = {
  confirmRestore: ['archive.presskit.json'],
  imported: [['CP1-2020', 'CP2-2020']],
  restored: ['archive.presskit.json', counts],
  saved: ['archive.presskit.json', counts],
  tooLarge: ['huge.md'],
  notFound: ['gone.md'],
  notPermitted: ['locked.md'],
  notBundle: ['a.md', '.presskit.json'],
  notOpenable: ['photo.png', ['.md', '.txt'], '.presskit.json'],
  dataFolderUnavailable: ['/home/press/PressKit'],
};

/** Every string the shell says in a language, sentences worded with the samples. */
function everything(words: ShellWords): string[] {
  return Object.entries(words).map(([key, word]: [string, string | Sentence]) =>
    typeof word === 'string' ? word : (word as (...args: unknown[]) => string)(...(SAMPLES as Record<string, unknown[]>)[key]!),
  );
}

describe('the shell’s words', () => {
  it('are all there in both languages, and differ', () => {
    const [fr, en] = [everything(shellWords('fr')), everything(shellWords('en'))];
    expect(Object.keys(shellWords('fr')).sort()).toEqual(Object.keys(shellWords('en')).sort());
    for (const text of [...fr, ...en]) expect(text.trim()).not.toBe('');
    expect(fr.filter((text, index) => text === en[index])).toEqual([]);
  });

  it('follow French typography: no-break spaces inside « », before : and, narrow, before ; ! ?', () => {
    for (const text of everything(shellWords('fr'))) {
      for (let index = 0; index < text.length; index += 1) {
        const [before, char, after] = [text[index - 1], text[index], text[index + 1]];
        if (char === ':') expect(before, text).toBe('\u00a0');
        if (char === ';' || char === '!' || char === '?') expect(before, text).toBe('\u202f');
        if (char === '«') expect(after, text).toBe('\u202f');
        if (char === '»') expect(before, text).toBe('\u202f');
      }
    }
  });

  it('uses the French singular for 0 and 1, the English one for 1 only', () => {
    const fr = shellWords('fr');
    const en = shellWords('en');
    expect(fr.saved('a.presskit.json', { releases: 0, contacts: 1, kits: 2 })).toBe(
      'Fichier «\u202fa.presskit.json\u202f» enregistré\u00a0: 0 communiqué, 1 contact, 2 dossiers de presse.',
    );
    expect(en.saved('a.presskit.json', { releases: 0, contacts: 1, kits: 2 })).toBe('Saved « a.presskit.json »: 0 releases, 1 contact, 2 kits.');
  });
});
