import type { WordSpot } from '../core/spell-words';
import type { SpellQuestion } from './protocol';
import type { Speller } from './speller';

/** A question put to a speller, in this thread or the worker's. */
export function answer(speller: Speller, question: SpellQuestion): Promise<WordSpot[][] | string[]> {
  return question.kind === 'unknown'
    ? speller.unknown(question.language, question.texts, question.ownWords)
    : speller.suggest(question.language, question.word, question.ownWords);
}
