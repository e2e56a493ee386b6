/**
 * Counts words as the import reads them: a run that starts with a letter or digit and goes on
 * through letters, digits, apostrophes and hyphens, exactly what the global match of
 * /[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu finds. The import counts words of every line of a page
 * (to tell labels from prose) and of every body; with the regex that was a twentieth of all
 * parsing, most of it matching Unicode property classes character by character. This walks
 * the text once and asks the regex about each distinct character only once.
 */
import { isWordJoiner, letterOrDigitAt } from './letter-or-digit';
import { isHighSurrogate, isLowSurrogate } from './unit-class';

/** Words in `text`, stopping once `limit` are found (a label is told from a paragraph early). */
export function countWordsUpTo(text: string, limit: number): number {
  let count = 0;
  let at = 0;
  const end = text.length;
  while (at < end && count < limit) {
    const first = letterOrDigitAt(text, at);
    if (first === 0) {
      // Not a word's start: step over the whole character.
      const code = text.charCodeAt(at);
      at += isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
      continue;
    }
    count++;
    at += first;
    while (at < end) {
      // A joiner continues a word but cannot start one.
      if (isWordJoiner(text.charCodeAt(at))) {
        at++;
        continue;
      }
      const next = letterOrDigitAt(text, at);
      if (next === 0) break;
      at += next;
    }
  }
  return count;
}

export function countWords(text: string): number {
  return countWordsUpTo(text, Infinity);
}
