/**
 * Character-class tests for loops that run over every character or token of a page: a
 * property-class regex (\p{L}, \p{Lu}, …) is asked about each distinct UTF-16 code unit once,
 * and the answer is kept in a table. Characters outside the Basic Multilingual Plane (a
 * surrogate pair) are always asked directly.
 */

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * A test of one character against `oneCharacter` (a regex anchored to match exactly one
 * character, with the u flag), remembered per code unit.
 */
export function codeUnitClass(oneCharacter: RegExp): (code: number) => boolean {
  /** Per code unit: 0 not yet known, 1 in the class, 2 not. */
  const known = new Uint8Array(0x10000);
  return (code: number): boolean => {
    let answer = known[code]!;
    if (answer === 0) {
      answer = oneCharacter.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = answer;
    }
    return answer === 1;
  };
}

/**
 * Code units of the character at `at` when it is in the class (2 for a surrogate pair), else 0.
 * The text ends at `end`: a pair cut there is a lone surrogate.
 */
export function classLengthAt(
  text: string,
  at: number,
  end: number,
  oneCharacter: RegExp,
  unitInClass: (code: number) => boolean,
): number {
  if (at >= end) return 0;
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code) && at + 1 < end && isLowSurrogate(text.charCodeAt(at + 1)))
    return oneCharacter.test(text.slice(at, at + 2)) ? 2 : 0;
  return unitInClass(code) ? 1 : 0;
}

/**
 * Whether `text` starts with a character of the class: the same answer as
 * `/^<class>/u.test(text)`, with the BMP answers remembered.
 */
export function startsWithClass(oneCharacter: RegExp): (text: string) => boolean {
  const unitInClass = codeUnitClass(oneCharacter);
  return (text: string): boolean => {
    if (text.length === 0) return false;
    const code = text.charCodeAt(0);
    if (isHighSurrogate(code) && text.length > 1 && isLowSurrogate(text.charCodeAt(1)))
      return oneCharacter.test(text.slice(0, 2));
    return unitInClass(code);
  };
}

/** Starts with an upper-case letter (\p{Lu}): "Bessent", "Élise". */
export const startsUpperCase = startsWithClass(/^\p{Lu}$/u);
/** Starts with a lower-case letter (\p{Ll}): "said", "über". */
export const startsLowerCase = startsWithClass(/^\p{Ll}$/u);
