/**
 * Counts words as the import reads them: a run that starts with a letter or digit and goes on
 * through letters, digits, apostrophes and hyphens, exactly what the global match of
 * /[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu finds. The import counts words of every line of a page
 * (to tell labels from prose) and of every body; with the regex that was a twentieth of all
 * parsing, most of it matching Unicode property classes character by character. This walks
 * the text once and asks the regex about each distinct character only once.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit: 0 not yet known, 1 letter or digit, 2 neither. */
const knownUnits = new Uint8Array(0x10000);

function isLetterOrDigitUnit(code: number): boolean {
  let known = knownUnits[code]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    knownUnits[code] = known;
  }
  return known === 1;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
/** Apostrophe, right single quote and hyphen-minus continue a word but cannot start one. */
const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;

/**
 * Length in code units of the letter or digit at `at` (2 for one outside the Basic Multilingual
 * Plane), or 0 when the character there is neither.
 */
function letterOrDigitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code) && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (isLowSurrogate(low)) return LETTER_OR_DIGIT.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return isLetterOrDigitUnit(code) ? 1 : 0;
}

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
      if (isJoiner(text.charCodeAt(at))) {
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
