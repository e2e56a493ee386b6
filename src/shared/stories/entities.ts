/**
 * Named entities by a capitalised-phrase heuristic: runs of capitalised words (with "of", "de",
 * "al-" … inside), minus sentence-initial function words, calendar words and titles. The type is a
 * guess from cue words. compromise's tagger was measured at about 1.5 ms per 400-word article
 * (15 s for 10,000), too slow for grouping; this runs in about 0.05 ms.
 */

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

export interface NamedEntity {
  text: string;
  /** Lower-cased, titles and possessives removed: the form to compare across articles. */
  key: string;
  type: EntityType;
  start: number;
  end: number;
}

/** Capitalised words that begin sentences or headlines without naming anything. */
const NOT_NAMES = new Set(
  `a an the this that these those there here it its he she his her him they them their we our i you your my
  in on at of for from to by with without after before during since until about over under as if when while where why how what who which
  but and or so yet nor not no yes all any some many most more much few several each every both either neither other another
  is are was were be been being has have had do does did will would can could should may might must shall
  also however meanwhile still even just only then now today yesterday tomorrow tonight later earlier already once again
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  mr mrs ms dr sir madam according despite although though because unless whether instead rather asked speaking
  one two three four five six seven eight nine ten first second third last next new former latest breaking update read watch share
  officials residents police workers analysts experts critics supporters`
    .split(/\s+/)
    .filter(Boolean),
);

/** Titles before a name: they mark a person and are not part of the name. */
const TITLES = new Set(
  `president vice prime minister ministers secretary senator sen rep representative governor gov mayor chief executive director chairman chairwoman chair
  dr mr mrs ms miss professor prof general gen colonel col captain capt judge justice king queen prince princess pope cardinal bishop rev
  chancellor premier commissioner inspector superintendent sergeant detective officer spokesperson spokesman spokeswoman ambassador envoy
  deputy acting interim ceo cfo coo founder leader head lord lady dame sheikh emir sultan councillor councilor mp mep attorney
  analyst economist strategist researcher lawyer campaigner organiser organizer activist`
    .split(/\s+/)
    .filter(Boolean),
);

const ORG_WORDS =
  /\b(?:research|consulting|consultancy|securities|advisers|advisors|analytics|ministry|department|bank|company|corp|corporation|inc|ltd|plc|group|association|union|council|party|university|college|school|agency|authority|commission|committee|court|institute|centre|center|fund|foundation|federation|board|office|police|army|navy|force|forces|parliament|senate|congress|assembly|government|organisation|organization|service|services|airlines?|holdings|partners|exchange|times|post|news|tribune|herald|journal|network|hospital|house|club|alliance|coalition|federation|trust|society|network|port authority|ministry)\b/i;
const PLACE_WORDS =
  /\b(?:states|kingdom|republic|emirates|city|port|river|province|county|district|region|state|island|islands|valley|mountain|mountains|lake|sea|ocean|bay|gulf|coast|street|avenue|road|square|bridge|airport|station|harbour|harbor|strait|peninsula|desert|forest|park|village|town)\b/i;
const PLACE_PREPOSITION = /\b(?:in|at|near|from|to|across|outside|inside)\s+$/i;

// Dots only inside initialisms ("U.S."), so "Geneva. The" is not one phrase.
const CAP_WORD = String.raw`(?:(?:\p{Lu}\.){2,}|[\p{Lu}][\p{L}\p{M}'’-]*)`;
const CONNECTOR = String.raw`(?:of(?: the)?|for|de|del|della|da|di|du|des|la|le|van|von|der|den|bin|ibn|al|el|y|&)`;
const PHRASE = new RegExp(
  String.raw`${CAP_WORD}(?:[ \t]+(?:${CONNECTOR}[ \t]+)?${CAP_WORD})*`,
  'gu',
);

/** "Vice-Premier" and "Prime Minister" are titles; so is any hyphenated part of one. */
const isTitle = (word: string): boolean =>
  normalise(word)
    .split('-')
    .some((part) => TITLES.has(part));

const isSentenceStart = (text: string, index: number): boolean => {
  const before = text.slice(Math.max(0, index - 4), index);
  // After a quote closed with a comma ('…shipload," Karrow said') the sentence goes on.
  if (/,["”’']\s+$/.test(before)) return false;
  return index === 0 || /(?:[.!?:;"“”'‘’(\-–—•*]\s*|\n\s*)$/.test(before) || /^\s*$/.test(before);
};

function typeFor(words: string[], hadTitle: boolean, before: string): EntityType {
  const phrase = words.join(' ');
  if (hadTitle) return 'person';
  if (ORG_WORDS.test(phrase) || /^[\p{Lu}]{2,6}$/u.test(phrase)) return 'organisation';
  if (PLACE_WORDS.test(phrase)) return 'place';
  if (PLACE_PREPOSITION.test(before) && words.length <= 2) return 'place';
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^[\p{Lu}][\p{Ll}'’-]+$/u.test(w))
  )
    return 'person';
  return 'other';
}

const normalise = (phrase: string): string =>
  phrase
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[.'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function extractNamedEntities(text: string): NamedEntity[] {
  const found: NamedEntity[] = [];
  // A single capitalised word opening a sentence counts only when the text also capitalises it mid-sentence.
  const midSentence = new Set<string>();
  const candidates: { words: string[]; start: number; end: number; sentenceStart: boolean }[] = [];
  for (const match of text.matchAll(PHRASE)) {
    const start = match.index ?? 0;
    const words = match[0].split(/[ \t]+/);
    const sentenceStart = isSentenceStart(text, start);
    candidates.push({ words, start, end: start + match[0].length, sentenceStart });
    for (let i = sentenceStart ? 1 : 0; i < words.length; i++) midSentence.add(normalise(words[i]));
  }

  for (const candidate of candidates) {
    let { words, start, end } = candidate;
    // Drop leading function words ("The", "But", "In") and titles ("President", "Chief Executive").
    let hadTitle = false;
    while (words.length > 0) {
      const lower = normalise(words[0]);
      if (NOT_NAMES.has(lower) || /^[\p{Ll}]/u.test(words[0])) {
        start += words[0].length + 1;
        words = words.slice(1);
      } else if (isTitle(words[0]) && words.length > 1) {
        hadTitle = true;
        start += words[0].length + 1;
        words = words.slice(1);
      } else break;
    }
    // "Treasury Secretary Scott Bessent": keep the person after the last title.
    let lastTitle = -1;
    for (let i = 0; i < words.length - 1; i++) if (isTitle(words[i])) lastTitle = i;
    if (lastTitle >= 0) {
      for (let i = 0; i <= lastTitle; i++) start += words[i].length + 1;
      words = words.slice(lastTitle + 1);
      hadTitle = true;
    }
    while (words.length > 0 && /^(?:of|the|de|la|and|&)$/i.test(words[words.length - 1]))
      words = words.slice(0, -1);
    // "Analyst Tomas Reyne of Northgate Research": a titled person, then where they work.
    const connector = words.findIndex((w, i) => i >= 2 && /^(?:of|for|at)$/.test(w));
    if (hadTitle && connector > 0 && connector < words.length - 1) {
      let restStart = start;
      for (let i = 0; i <= connector; i++) restStart += words[i].length + 1;
      const rest = words.slice(connector + 1);
      if (rest[0] === 'the' && rest.length > 1) {
        restStart += 4;
        rest.shift();
      }
      candidates.push({ words: rest, start: restStart, end, sentenceStart: false });
      words = words.slice(0, connector);
      end = start + words.join(' ').length;
    }
    if (words.length === 0) continue;
    const key = normalise(words.join(' '));
    if (key.length < 2 || NOT_NAMES.has(key) || TITLES.has(key)) continue;
    if (
      words.length === 1 &&
      candidate.sentenceStart &&
      start === candidate.start &&
      !midSentence.has(key)
    )
      continue;
    const phraseText = text.slice(start, end).replace(/['’]s$/u, '');
    found.push({
      text: phraseText,
      key,
      type: typeFor(words, hadTitle, text.slice(Math.max(0, start - 12), start)),
      start,
      end: start + phraseText.length,
    });
  }
  return found;
}
