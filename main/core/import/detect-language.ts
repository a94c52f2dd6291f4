import type { Language } from '../language';

const STOP_WORDS: Record<'fr' | 'en', Set<string>> = {
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'pour', 'dans', 'sur', 'avec', 'qui', 'par', 'au', 'aux', 'ce', 'sont']),
  en: new Set(['the', 'of', 'and', 'is', 'a', 'an', 'for', 'in', 'on', 'with', 'which', 'by', 'to', 'at', 'this', 'are', 'was', 'from']),
};

/** The language of running text: Russian by its Cyrillic letters, French or English by their commonest words. */
export function detectTextLanguage(text: string): Language {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (letters > 0 && cyrillic / letters > 0.3) return 'ru';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = (language: 'fr' | 'en'): number => words.filter((word) => STOP_WORDS[language].has(word)).length;
  return score('en') > score('fr') ? 'en' : 'fr';
}
