/**
 * Reads the speaker that follows an inverted cue or an opening phrase:
 * "said Aidan Powers-Riggs, associate fellow at …", "according to him".
 */

import { INNER_PREPOSITIONS, PRONOUN_GENDER } from './lexicon';
import {
  type SpeakerMatch,
  classifyPhrase,
  isAbbreviationLike,
  isPhraseWord,
  looksLikeRole,
} from './phrase-classify';
import { isCapitalized, tokenize } from './tokens';

/** Reads the speaker that starts right after an inverted cue: "said Aidan Powers-Riggs, associate fellow at ...". */
export function readSpeakerAfter(body: string, from: number, limit: number): SpeakerMatch | null {
  const tokens = tokenize(body, from, limit);
  const firstLower = tokens[0]?.text.toLowerCase() ?? '';
  if (/^(him|her|them|he|she|they)$/.test(firstLower)) {
    const { start, end } = tokens[0];
    const gender = PRONOUN_GENDER[firstLower];
    return {
      kind: 'pronoun',
      start,
      end,
      text: tokens[0].text,
      name: null,
      role: null,
      gender,
      isPerson: gender !== 'plural',
      fullStart: start,
      fullEnd: end,
      phraseStart: start,
      phraseEnd: end,
    };
  }
  let end = 0;
  while (end < tokens.length && isPhraseWord(tokens[end])) {
    // A dot ends the phrase unless it belongs to an honorific or an initial.
    if (
      tokens[end].text === '.' &&
      !(
        end > 0 &&
        isAbbreviationLike(tokens[end - 1].text) &&
        isCapitalized(tokens[end + 1]?.text ?? '')
      )
    )
      break;
    end++;
  }
  // Stop a phrase before "on Friday" / "in a statement": prepositions only continue a phrase into capitalised words.
  let cut = 0;
  for (let i = 0; i < end; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (
      INNER_PREPOSITIONS.has(lower) &&
      i > 0 &&
      (lower === 'on' || lower === 'in' || lower === 'with' || lower === 'to')
    )
      break;
    cut = i + 1;
  }
  const phrase = classifyPhrase(body, tokens, 0, cut);
  if (!phrase) return null;
  let phraseEnd = phrase.fullEnd;
  let role = phrase.role;
  let afterIndex = tokens.findIndex((t) => t.start >= phrase.fullEnd);
  if (afterIndex >= 0 && tokens[afterIndex].text === '(') {
    const closing = tokens.findIndex((t, i) => i > afterIndex && t.text === ')');
    if (closing > 0 && closing - afterIndex < 12) {
      phraseEnd = tokens[closing].end;
      afterIndex = closing + 1 < tokens.length ? closing + 1 : -1;
    }
  }
  if (afterIndex >= 0 && tokens[afterIndex].text === ',' && afterIndex + 1 < tokens.length) {
    // Appositive up to the end of the clause: "…, associate fellow for China studies at the iDeas Lab, Centre for …".
    let stop = afterIndex + 1;
    while (
      stop < tokens.length &&
      !/^[.;:!?"“”(]$/.test(tokens[stop].text) &&
      !/^(who|which|adding|saying|noting|according|speaking|told|said|in|during)$/.test(
        tokens[stop].text,
      )
    )
      stop++;
    while (stop > afterIndex + 1 && tokens[stop - 1].text === ',') stop--;
    if (stop > afterIndex + 1) {
      const appositive = classifyPhrase(body, tokens, afterIndex + 1, stop);
      const appositiveText = body.slice(tokens[afterIndex + 1].start, tokens[stop - 1].end);
      if (phrase.kind !== 'name' && appositive && appositive.kind === 'name') {
        return {
          ...appositive,
          role: phrase.text,
          phraseStart: phrase.fullStart,
          phraseEnd: appositive.fullEnd,
        };
      }
      if (phrase.kind === 'name' && looksLikeRole(appositiveText)) {
        role = role ? `${role}; ${appositiveText}` : appositiveText;
        phraseEnd = tokens[stop - 1].end;
      }
    }
  }
  return {
    ...phrase,
    role,
    phraseStart: phrase.fullStart,
    phraseEnd: Math.max(phraseEnd, phrase.fullEnd),
  };
}

/** Openers of an introductory phrase that precedes the subject: "During the debate, …". */
const INTRODUCTORY =
  /^(?:during|in|on|at|after|before|when|while|as|since|despite|although|though|if|later|earlier|asked|speaking|for|with|by|from|under|over|last|this|on)\b/i;

/**
 * The subject that opens a sentence, for a cue that has none of its own ("…, saying: “…”"):
 * "During the debate, Ada Morrow attacked the plan, saying". Null unless a verb follows it.
 */
export function readSentenceSubject(
  body: string,
  sentenceStart: number,
  limit: number,
): SpeakerMatch | null {
  let from = sentenceStart;
  const opening = body.slice(from, limit);
  if (INTRODUCTORY.test(opening.replace(/^["“”\s]+/, ''))) {
    const comma = opening.indexOf(',');
    if (comma < 0 || comma > 120) return null;
    from += comma + 1;
  }
  const subject = readSpeakerAfter(body, from, limit);
  if (!subject) return null;
  const verbNext = /^\s*\p{Ll}/u;
  if (verbNext.test(body.slice(subject.phraseEnd, limit))) return subject;
  // "Bob Lane, a former mayor, poked at …": an appositive between the name and the verb.
  const after = body.slice(subject.fullEnd, limit);
  return /^\s*,[^,.;:]{1,100},\s*\p{Ll}/u.test(after) || verbNext.test(after)
    ? { ...subject, phraseEnd: subject.fullEnd }
    : null;
}
