/**
 * Whether the character at a position is a letter or digit (\p{L} or \p{N}), for the loops
 * that walk every character of a page: the property-class regex is asked about each distinct
 * code unit once, then remembered in a table.
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

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Length in code units of the letter or digit at `at` (2 for one outside the Basic Multilingual
 * Plane), or 0 when the character there is neither.
 */
export function letterOrDigitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code) && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (isLowSurrogate(low)) return LETTER_OR_DIGIT.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return isLetterOrDigitUnit(code) ? 1 : 0;
}
