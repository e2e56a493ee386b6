/**
 * Whether the character at a position is a letter or digit (\p{L} or \p{N}), for the loops
 * that walk every character of a page.
 */
import { classLengthAt, codeUnitClass } from './unit-class';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isLetterOrDigitUnit = codeUnitClass(LETTER_OR_DIGIT);

/**
 * Length in code units of the letter or digit at `at` (2 for one outside the Basic Multilingual
 * Plane), or 0 when the character there is neither. The text ends at `end`.
 */
export const letterOrDigitAt = (text: string, at: number, end = text.length): number =>
  classLengthAt(text, at, end, LETTER_OR_DIGIT, isLetterOrDigitUnit);

/** Apostrophe, right single quote and hyphen-minus join letters into one word ("O’Neill", "Powers-Riggs"). */
export const isWordJoiner = (code: number): boolean =>
  code === 0x27 || code === 0x2019 || code === 0x2d;
