/**
 * Whether the character at a position is a letter or digit (\p{L} or \p{N}), for the loops
 * that walk every character of a page.
 */
import { codeUnitClass, isHighSurrogate, isLowSurrogate } from './unit-class';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isLetterOrDigitUnit = codeUnitClass(LETTER_OR_DIGIT);

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
