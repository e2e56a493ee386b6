/**
 * Finds people mentioned in the article (outside quotations), so that "Bessent" can be
 * linked to an earlier "Scott Bessent" and "he" to the last man named.
 */

import { HONORIFICS, ROLE_MODIFIERS, TITLE_WORDS } from './lexicon';
import {
  type Gender,
  genderOfFirstName,
  isKnownFirstName,
  isOrganizationWord,
  parseNameRun,
  surnameOf,
} from './names';
import { isCapitalized, tokenize } from './tokens';

export interface PersonMention {
  start: number;
  end: number;
  /** Name without titles. */
  name: string;
  gender: Gender;
}

/** Capitalised words that start sentences or name months and days: never a person on their own. */
const NOT_NAMES = new Set(
  `the a an this that these those it its he she they we i you his her their our but and or so in on at after before when while as
  if since then now here there however meanwhile january february march april may june july august september october november
  december monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/** A word that a dot may follow inside a name: "Mr.", "J.", "U.S.". */
const isAbbreviationLike = (word: string): boolean =>
  HONORIFICS.has(word.toLowerCase() + '.') ||
  /^\p{Lu}$/u.test(word) ||
  /^(\p{L}\.)+\p{L}$/u.test(word) ||
  TITLE_WORDS.has(word.toLowerCase() + '.');

/**
 * Scans the body for person names: runs of capitalised words that start with a known first
 * name or follow a title or honorific. Surnames of people already found count as mentions too.
 */
export function findPersonMentions(
  body: string,
  insideQuote: (offset: number) => boolean,
): PersonMention[] {
  const tokens = tokenize(body, 0, body.length);
  const mentions: PersonMention[] = [];
  const bySurname = new Map<string, PersonMention>();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token.word || !isCapitalized(token.text) || insideQuote(token.start)) {
      i++;
      continue;
    }
    let j = i;
    const run: string[] = [];
    while (j < tokens.length) {
      const current = tokens[j];
      if (
        current.word &&
        (isCapitalized(current.text) ||
          (run.length > 0 && ROLE_MODIFIERS.has(current.text.toLowerCase())))
      ) {
        run.push(current.text);
        j++;
      } else if (
        current.text === '.' &&
        run.length > 0 &&
        isAbbreviationLike(run[run.length - 1])
      ) {
        if (HONORIFICS.has(run[run.length - 1].toLowerCase() + '.')) run[run.length - 1] += '.';
        j++;
      } else break;
    }
    const first = run[0] ?? '';
    const cleanRun = NOT_NAMES.has(first.toLowerCase()) ? run.slice(1) : run;
    if (cleanRun.length > 0 && !cleanRun.some(isOrganizationWord)) {
      const parsed = parseNameRun(cleanRun);
      // A title counts only in front of the name: "Lakeside General" is a hospital, not a general.
      const hasTitle =
        parsed.role !== null || cleanRun.slice(0, -1).some((w) => HONORIFICS.has(w.toLowerCase()));
      const known = parsed.name ? bySurname.get(surnameOf(parsed.name)) : undefined;
      if (
        parsed.name &&
        (isKnownFirstName(parsed.name.split(' ')[0]) || (hasTitle && parsed.isPerson) || known)
      ) {
        const full = known && known.name.length > parsed.name.length ? known.name : parsed.name;
        const gender =
          parsed.gender !== 'unknown'
            ? parsed.gender
            : (known?.gender ?? genderOfFirstName(full.split(' ')[0]));
        const mention: PersonMention = {
          start: tokens[i].start,
          end: tokens[Math.max(i, j - 1)].end,
          name: full,
          gender,
        };
        mentions.push(mention);
        if (full.includes(' ')) bySurname.set(surnameOf(full), mention);
      }
    }
    i = Math.max(j, i + 1);
  }
  return mentions;
}
