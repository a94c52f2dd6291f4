/**
 * PDF-to-text conversion glues a title and its subtitle into one line: "Coopération spatiale entre la
 * France et la Russie Réunions thématiques dans le cadre du Salon MAKS". This finds the seam only where
 * it is unambiguous in sentence-case French or English:
 *
 *   … [article] [Proper noun] | [Capitalised word] [lowercase word] …
 *
 * A noun phrase closed by a proper noun after an article ("la Russie", "le CNES", "the Moon") is
 * complete, so a capitalised common word right after it ("Réunions") cannot belong to the same name;
 * the lowercase word after it shows that a new sentence-case phrase starts there. Weaker seams are
 * left alone on purpose: "la sonde Juno arrivée…" (apposition) or "et Thomas Pesquet rejoint…"
 * (first name and surname) look the same as a seam after a lowercase or a capitalised word. Title-case
 * headings, and Russian ones (no articles), are kept whole. Both parts need three words or more, and
 * a heading with more than one possible seam is kept whole.
 */

const ARTICLES = new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux', 'the']);
const ELIDED_ARTICLE = /^[ldLD]['’](?=\p{Lu})/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
const MIN_WORDS = 3;

function closesNounPhrase(words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  if (!ENDS_IN_WORD.test(word)) return false;
  if (ELIDED_ARTICLE.test(word)) return true;
  return STARTS_UPPER.test(word) && ARTICLES.has((words[index - 1] ?? '').toLowerCase());
}

export function splitGluedHeading(heading: string): { title: string; subtitle: string } | null {
  const words = heading.trim().split(/\s+/);
  const seams: number[] = [];
  for (let i = MIN_WORDS; i <= words.length - MIN_WORDS; i += 1) {
    if (CAPITALISED.test(words[i] ?? '') && STARTS_LOWER.test(words[i + 1] ?? '') && closesNounPhrase(words, i - 1)) {
      seams.push(i);
    }
  }
  const [seam] = seams;
  if (seam === undefined || seams.length > 1) return null;
  return { title: words.slice(0, seam).join(' '), subtitle: words.slice(seam).join(' ') };
}
