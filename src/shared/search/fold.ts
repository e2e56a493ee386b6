/** Words folded the way the search index folds them: lower case, without diacritics. */

const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * Lower case, compatibility-normalized, diacritics removed (as FTS5's unicode61 tokenizer with
 * remove_diacritics does, and sometimes further). Most words are ASCII and only lower-cased.
 */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
