/**
 * Reads a whole clause-initial subject when the word-by-word reader stops short:
 * "…, top black lawmakers said", "…, attorneys for the family said", "Experts on trade and
 * farming said …", and the subject of a poll or study: "The latest opinion poll released
 * Friday shows …", "Video of the incident shows …".
 */

import { type CueVerbInfo, lookupCueVerb } from './cue-verbs';
import { GROUP_HEADS, INNER_PREPOSITIONS, LEADING_NOISE, isVerbSatellite } from './lexicon';
import { type SpeakerMatch, classifyPhrase } from './phrase-classify';
import { readSpeakerBefore } from './speaker-phrase';
import { normalizeWord, tokenize } from './tokens';
import { startsLowerCase } from '../text/unit-class';

/** Words that show the stretch before the cue is a clause, not a noun phrase. */
const NOT_IN_SUBJECT =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|that|which|who|whom|whose|if|when|while|because|as|but|and|or|it|its|we|i|you|he|she|they|him|her|them|this|there|said|says|told)$/i;

/** Lower-case words that are probably verbs: a clause, not a noun phrase. */
const LIKELY_VERB =
  /^(?:\p{Ll}+ed|sent|made|took|gave|got|put|came|went|became|saw|won|lost|left|met|ran|began|held|kept|brought)$/u;

const OPENING_PREPOSITION = /^(?:per|despite|like|unlike|amid|among|by|under|over|without|for)$/;

/** "aims", "plans", "sent": a word that would make the stretch a clause (nouns like "reports" pass). */
const isVerbLike = (word: string): boolean =>
  LIKELY_VERB.test(word) ||
  (startsLowerCase(word) && lookupCueVerb(word) !== null && !GROUP_HEADS.has(normalizeWord(word)));

/** Report and evidence nouns: the head of a subject that "shows" or "finds". */
export const EVIDENCE_HEAD =
  /\b(?:polls?|surveys?|stud(?:y|ies)|reports?|data|figures|analys[ie]s|averages?|documents?|records?|filings?|video|footage|research|numbers|results|estimates?|review|audit|investigation|evidence|census|slides?|transcripts?|memos?|letters?|emails?|tallies|tally|count|photos?|images?|map|chart|graph)\b/i;

/** Start of the clause that ends at `end`: after the last comma, dash or semicolon, or `floor`. */
function clauseStart(body: string, floor: number, end: number): number {
  for (let i = end - 1; i >= floor; i--) if (/[,;—–(]/.test(body[i])) return i + 1;
  return floor;
}

function stripTail(body: string, floor: number, end: number): number {
  const tokens = tokenize(body, floor, end);
  let n = tokens.length;
  while (n > 0 && tokens[n - 1].word && isVerbSatellite(tokens[n - 1].text)) n--;
  return n > 0 ? tokens[n - 1].end : floor;
}

/**
 * The noun phrase filling the clause from its start to `cueStart`, or null when the clause
 * holds a verb or is too long. `open` is false when `floor` ends an earlier cue, so that a
 * clause starting there is reported content, not a subject. `maxWords` bounds the phrase.
 */
export function readClauseSubject(
  body: string,
  floor: number,
  cueStart: number,
  open: boolean,
  maxWords = 8,
): SpeakerMatch | null {
  const end = stripTail(body, floor, cueStart);
  const start = clauseStart(body, floor, end);
  if (start === floor && !open) return null;
  const tokens = tokenize(body, start, end);
  const words = tokens.filter((t) => t.word);
  if (words.length < 2 || words.length > maxWords) return null;
  if (tokens.some((t) => /^["“”‘’':]$/.test(t.text))) return null;
  if (words.some((t) => NOT_IN_SUBJECT.test(t.text) || isVerbLike(t.text))) return null;
  const first = words[0].text.toLowerCase();
  if (LEADING_NOISE.has(first) || INNER_PREPOSITIONS.has(first) || OPENING_PREPOSITION.test(first))
    return null;
  const phrase = classifyPhrase(body, tokens, 0, tokens.length);
  if (!phrase || phrase.kind === 'pronoun') return null;
  return {
    ...phrase,
    phraseStart: phrase.fullStart,
    phraseEnd: Math.max(phrase.fullEnd, tokens[tokens.length - 1].end),
  };
}

/**
 * "The Real Clear Politics average of polls taken over the past two weeks shows …": a subject
 * headed by a poll, study or document, read whole (participles allowed) up to the cue.
 */
export function readEvidenceSubject(
  body: string,
  floor: number,
  cueStart: number,
  open: boolean,
): SpeakerMatch | null {
  const end = stripTail(body, floor, cueStart);
  const start = clauseStart(body, floor, end);
  if (start === floor && !open) return null;
  const tokens = tokenize(body, start, end);
  const words = tokens.filter((t) => t.word);
  if (words.length === 0 || words.length > 20) return null;
  if (tokens.some((t) => /^["“”‘’':]$/.test(t.text))) return null;
  if (words.some((t, i) => i > 0 && NOT_IN_SUBJECT.test(t.text))) return null;
  let from = 0;
  while (from < tokens.length && /^(?:but|and|yet|so|still|meanwhile)$/i.test(tokens[from].text))
    from++;
  if (from >= tokens.length) return null;
  const first = tokens[from].start;
  const text = body.slice(first, end);
  // The evidence noun must head the phrase: among its first words, before any "of".
  const headPart = text.split(/\s+(?:of|from|by|on|about|in|released|taken|conducted)\s+/)[0];
  if (!EVIDENCE_HEAD.test(headPart)) return null;
  return {
    kind: 'description',
    start: first,
    end,
    text,
    name: null,
    role: null,
    gender: 'unknown',
    isPerson: false,
    fullStart: first,
    fullEnd: end,
    phraseStart: first,
    phraseEnd: end,
  };
}

/** Trailing descriptions that sit between a speaker and a cue: "sources familiar with the matter said". */
const SPEAKER_TAIL =
  /\s+(?:familiar with|close to|briefed on|with knowledge of|involved in|who (?:asked|spoke|declined|requested)\b)[^,.;]*$/;

/**
 * The speaker before the cue. `open` is false when the search floor is the end of an earlier
 * cue (the stretch is reported content) rather than a sentence start.
 */
export function readSubject(
  body: string,
  floor: number,
  cueStart: number,
  verb: CueVerbInfo,
  open: boolean,
): SpeakerMatch | null {
  const before = body.slice(floor, cueStart);
  const tail = SPEAKER_TAIL.exec(before);
  const subject = readSpeakerBefore(body, floor, tail ? floor + tail.index : cueStart);
  if (verb.participle) return subject;
  // The word-by-word reader stops at words outside the lexicon: read the clause whole instead.
  // Object verbs ("support", "offer") are too often nouns for that.
  const whole =
    readEvidenceSubject(body, floor, cueStart, open) ??
    (verb.frame === 'object' ? null : readClauseSubject(body, floor, cueStart, open));
  return whole && (!subject || whole.phraseStart < subject.phraseStart) ? whole : subject;
}
