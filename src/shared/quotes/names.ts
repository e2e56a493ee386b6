/**
 * Reading person names: strips titles and honorifics ("U.S. Treasury Secretary Scott Bessent"
 * -> name "Scott Bessent", role "U.S. Treasury Secretary"), tells organisations from people,
 * and guesses gender from honorifics, gendered titles and common first names.
 */

import {
  FEMALE_HONORIFICS,
  HONORIFICS,
  MALE_HONORIFICS,
  ROLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon';
import { normalizeWord } from './tokens';

export type Gender = 'male' | 'female' | 'unknown';

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words that make a capitalised run an organisation, place or thing rather than a person. */
const ORG_WORDS = words(`
institute institution university college school ministry department house office agency bureau
commission committee council court congress senate parliament assembly party association union
bank fund group company corp corporation inc ltd llc co times post news journal press reuters
network service services centre center foundation trust authority board administration government
army navy force forces police club league federation organisation organization museum hospital
republic kingdom states nations state city county province region street avenue road square
airlines airways motors energy systems technologies labs lab initiative project program programme
campaign coalition alliance movement exchange market markets industries holdings partners capital
society review magazine radio television tv channel agency daily herald tribune gazette telegraph
guardian observer economist bloomberg associated nbc cbs abc cnn bbc fox msnbc npr ap afp
`);

/** A short list of common first names; enough to break ties between a "he" and a "she". */
const MALE_NAMES = words(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan ray declan sean hugh owen simon howard nils lars klaus olav henrik erik marcus
colin derek jimmy martin oskar samuel omar daniel padraig dmitri viktor anton dorin ilie
henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald
carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie
gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
johnny mike bill tom jim bob ted chuck newt mitch rand marco ben tim hugh ian liam oliver harry
boris rishi keir emmanuel olaf vladimir xi li wang hans klaus pierre jean-luc luis carlos miguel
pedro ahmed mohammed muhammad ali omar hassan ivan dmitri sergei igor yuri tomasz piotr aidan
kamal rahul vivek narendra shinzo fumio jair javier lars sven erik anders jonas felix max
`);

const FEMALE_NAMES = words(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty
sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine
emma ruth christine catherine debra rachel carolyn janet virginia maria heather diane julie joyce
victoria kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah
jacqueline ann jean alice kathryn gloria teresa doris sara janice julia marie madison grace judy
theresa beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia alexis
lori kayla jane hillary fiona helen karin greta anna eva abena amina grace leila irena nadia helena
harriet amara joanna priya elena isabel rachel aileen sinead moira eleanor bridget ellen alison mia
lena ruth karoline pia rose nikki kamala nancy elizabeth ursula angela theresa liz giorgia marine
jacinda sanna kaja christine janet gina karoline tulsi condoleezza madeleine chelsea ivanka
melania michelle sonia aisha fatima priya indira yulia olga svetlana ana sofia lucia isabel
`);

export interface ParsedName {
  /** The person's name without titles or honorifics, or null when the run is only a title. */
  name: string | null;
  /** Title or role words found in front of the name ("Treasury Secretary"). */
  role: string | null;
  gender: Gender;
  isPerson: boolean;
}

const isTitleWord = (word: string): boolean =>
  TITLE_WORDS.has(normalizeWord(word)) || TITLE_WORDS.has(word.toLowerCase() + '.');

export function genderOfTitle(word: string): Gender {
  const lower = normalizeWord(word);
  if (
    MALE_HONORIFICS.has(lower) ||
    MALE_HONORIFICS.has(lower + '.') ||
    (/(man|men)$/.test(lower) && lower !== 'human')
  )
    return 'male';
  if (
    FEMALE_HONORIFICS.has(lower) ||
    FEMALE_HONORIFICS.has(lower + '.') ||
    /(woman|women)$/.test(lower)
  )
    return 'female';
  if (/^(king|prince|father|brother|sir|lord|duke)$/.test(lower)) return 'male';
  if (/^(queen|princess|sister|dame|lady|duchess)$/.test(lower)) return 'female';
  return 'unknown';
}

export function genderOfFirstName(word: string): Gender {
  const lower = word.toLowerCase();
  if (MALE_NAMES.has(lower)) return 'male';
  if (FEMALE_NAMES.has(lower)) return 'female';
  return 'unknown';
}

export function isKnownFirstName(word: string): boolean {
  return genderOfFirstName(word) !== 'unknown';
}

export function isOrganizationWord(word: string): boolean {
  return ORG_WORDS.has(normalizeWord(word));
}

/**
 * Splits a run of words such as ["U.S.", "Treasury", "Secretary", "Scott", "Bessent"]
 * into a role and a name. The name is what follows the last title word.
 */
export function parseNameRun(runWords: string[]): ParsedName {
  let gender: Gender = 'unknown';
  let lastTitle = -1;
  let honorificTitle = false;
  runWords.forEach((word, index) => {
    const lower = word.toLowerCase().replace(/\.$/, '');
    const titleGender = genderOfTitle(word);
    if (titleGender !== 'unknown') gender = titleGender;
    const isHonorific = HONORIFICS.has(lower) || HONORIFICS.has(lower + '.');
    if ((isTitleWord(word) || isHonorific) && index < runWords.length - 1) {
      lastTitle = index;
      honorificTitle = isHonorific;
    } else if (
      ROLE_MODIFIERS.has(lower) &&
      index === lastTitle + 1 &&
      index < runWords.length - 1 &&
      lastTitle >= 0
    ) {
      lastTitle = index;
    }
  });
  const nameWords = runWords.slice(lastTitle + 1).filter((w) => !/^(jr|sr)\.?$/i.test(w));
  const roleWords = runWords
    .slice(0, lastTitle + 1)
    .filter((w) => !HONORIFICS.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase() + '.'));
  const onlyTitle = nameWords.length === 0 || (nameWords.length === 1 && isTitleWord(nameWords[0]));
  if (onlyTitle) return { name: null, role: runWords.join(' '), gender, isPerson: false };
  const organisation = nameWords.some(isOrganizationWord);
  if (gender === 'unknown' && nameWords.length > 1) gender = genderOfFirstName(nameWords[0]);
  const isPerson =
    !organisation &&
    (lastTitle >= 0 || isKnownFirstName(nameWords[0]) || nameWords.length >= 2 || honorificTitle);
  return {
    name: nameWords.join(' '),
    role: roleWords.length > 0 ? roleWords.join(' ') : null,
    gender,
    isPerson,
  };
}

/** The surname used to link "Bessent" back to "Scott Bessent". */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/).filter((w) => !/^(jr|sr|ii|iii)\.?$/i.test(w));
  return parts[parts.length - 1] ?? name;
}
