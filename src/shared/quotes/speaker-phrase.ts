/**
 * Reads the speaker noun phrase that ends right before a cue verb: "Bessent indicated",
 * "Zichen Wang, a research fellow at …, noted", "Rep. Gwen Moore (D-Wis.) said".
 */

import { isVerbSatellite } from './lexicon';
import {
  type SpeakerMatch,
  classifyPhrase,
  isAbbreviationLike,
  isPhraseWord,
  looksLikeRole,
} from './phrase-classify';
import { type Token, tokenize } from './tokens';
import { startsLowerCase } from '../text/unit-class';

export type { SpeakerKind, SpeakerMatch, SpeakerPhrase } from './phrase-classify';

/**
 * NAME, ROLE, cue  or  DESCRIPTION, NAME, cue. The role may itself hold commas
 * ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"),
 * so up to three earlier commas are tried, nearest first, preferring a person's name.
 */
function readAppositiveBefore(body: string, tokens: Token[], end: number): SpeakerMatch | null {
  const commas: number[] = [];
  for (let i = end - 2; i >= 0 && end - i < 40 && commas.length < 3; i--) {
    const text = tokens[i].text;
    if (text === ',') commas.push(i);
    // A dot inside the appositive belongs to an abbreviation ("R-Ky.,", "Mr.").
    else if (
      /^[;:!?"“”]$/.test(text) ||
      (text === '.' &&
        !(i > 0 && isAbbreviationLike(tokens[i - 1].text)) &&
        tokens[i + 1]?.text !== ',')
    )
      break;
  }
  let fallback: SpeakerMatch | null = null;
  for (const comma of commas) {
    if (comma < 1) continue;
    const headEnd = skipParenthesisBackwards(tokens, comma);
    const headStart = phraseStartBackwards(tokens, headEnd, 0);
    const head = classifyPhrase(body, tokens, headStart, headEnd);
    const roleText = body.slice(tokens[comma + 1].start, tokens[end - 2].end);
    // "Scott Bessent, together with two other ministers, revealed": the company is not a role.
    if (
      head &&
      (head.kind === 'name' ||
        (head.kind !== 'pronoun' && /^\p{Ll}+ing\b/u.test(roleText) && comma === commas[0])) &&
      /^(who|which|whose|together with|along with|as well as|and|\p{Ll}+ing)\b/iu.test(roleText)
    )
      return { ...head, phraseStart: head.fullStart, phraseEnd: tokens[end - 2].end };
    if (head && head.kind === 'name' && looksLikeRole(roleText)) {
      const match = {
        ...head,
        role: roleText,
        phraseStart: head.fullStart,
        phraseEnd: tokens[end - 2].end,
      };
      if (head.isPerson) return match;
      fallback ??= match;
      continue;
    }
    const appositive = classifyPhrase(body, tokens, comma + 1, end - 1);
    // "one of the states suing the EPA" is a clause about the speaker, not the speaker.
    const clauseLike = tokens
      .slice(comma + 1, end - 1)
      .some((t) => t.word && /^\p{Ll}+(?:ing|ed)$/u.test(t.text));
    if (
      appositive &&
      !clauseLike &&
      appositive.kind === 'name' &&
      head?.kind !== 'pronoun' &&
      comma === commas[0]
    ) {
      // "Her challenger, businessman Ray Holloway, said": the description before need not parse.
      const headText = body
        .slice(tokens[headStart]?.start ?? tokens[comma].start, tokens[comma].start)
        .trim();
      if (
        head ||
        (headText.split(/\s+/).length <= 6 &&
          /^(the|a|an|his|her|their|its|[\p{Lu}][\p{L}]*['’]s?)\b/iu.test(headText))
      ) {
        return {
          ...appositive,
          role: head?.text ?? headText,
          phraseStart: head?.fullStart ?? tokens[headStart].start,
          phraseEnd: appositive.fullEnd,
        };
      }
    }
    if (
      head &&
      /^(however|though|too|meanwhile|in turn|for (?:his|her|their|its) part|also)$/i.test(roleText)
    ) {
      return { ...head, phraseStart: head.fullStart, phraseEnd: tokens[end - 2].end };
    }
  }
  return fallback;
}

/** "Rep. Gwen Moore (D-Wis.) said": steps back over a closing parenthesis to before its "(". */
function skipParenthesisBackwards(tokens: Token[], end: number): number {
  if (end === 0 || tokens[end - 1].text !== ')') return end;
  for (let i = end - 2; i >= 0 && end - i < 12; i--) if (tokens[i].text === '(') return i;
  return end;
}

/** Index of the first token of the phrase that ends at token `endIndex` (exclusive), reading backwards. */
function phraseStartBackwards(tokens: Token[], endIndex: number, floor: number): number {
  let i = endIndex;
  while (i > floor && isPhraseWord(tokens[i - 1])) i--;
  // "the city council", "the state auditor": a determiner a few plain words back takes them in.
  for (
    let j = i - 1;
    j >= floor && j >= i - 3 && tokens[j].word && startsLowerCase(tokens[j].text);
    j--
  ) {
    if (/^(the|a|an|its|their|his|her)$/.test(tokens[j].text)) return j;
  }
  return i;
}

const AFTER_PREPOSITION =
  /^(?:of|for|at|from|with|to|on|in|around|across|over|under|near|among|by|into|through|about)$/i;

/**
 * "a designer who said …": "who" always refers to a person, so an antecedent noun outside the
 * lexicon ("designer", "retiree") still speaks, as a description.
 */
function relativeAntecedent(
  body: string,
  tokens: Token[],
  before: number,
  end: number,
): SpeakerMatch | null {
  const head = tokens[before - 1];
  if (
    !head?.word ||
    !/^\p{L}{3,}$/u.test(head.text) ||
    /^(?:and|or|but|those|that)$/i.test(head.text)
  )
    return null;
  // "Ada Morrow, who said …" is read as an appositive elsewhere; "donors from the country who".
  if (before < end - 1) return null;
  let first = before - 1;
  for (let j = before - 2; j >= 0 && j >= before - 4 && tokens[j].word; j--)
    if (/^(?:the|a|an|one|another|his|her|their|its|some|many)$/i.test(tokens[j].text)) {
      first = j;
      break;
    }
  if (first > 0 && AFTER_PREPOSITION.test(tokens[first - 1].text)) return null;
  const start = tokens[first].start;
  const text = body.slice(start, head.end);
  return {
    kind: 'description',
    start,
    end: head.end,
    text,
    name: null,
    role: null,
    gender: 'unknown',
    isPerson: true,
    fullStart: start,
    fullEnd: head.end,
    phraseStart: start,
    phraseEnd: tokens[end - 1].end,
  };
}

/**
 * Reads the speaker that ends right before `cueStart` ("Bessent indicated", "Zichen Wang,
 * a research fellow at the Centre, noted", "the official added"). `floor` bounds the search.
 */
export function readSpeakerBefore(
  body: string,
  floor: number,
  cueStart: number,
): SpeakerMatch | null {
  const tokens = tokenize(body, floor, cueStart);
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].word && isVerbSatellite(tokens[end - 1].text)) end--;
  end = skipParenthesisBackwards(tokens, end);
  if (end === 0) return null;
  if (tokens[end - 1].text === ',') return readAppositiveBefore(body, tokens, end);
  if (tokens[end - 1].text.toLowerCase() === 'who' && end > 1) {
    // "Rucker Culpepper, who runs the effort, said" is handled as an appositive; here "listeners who said".
    const before = tokens[end - 2].text === ',' ? end - 2 : end - 1;
    const start = phraseStartBackwards(tokens, before, 0);
    const antecedent = classifyPhrase(body, tokens, start, before);
    if (antecedent && antecedent.kind !== 'pronoun')
      return { ...antecedent, phraseStart: antecedent.fullStart, phraseEnd: tokens[end - 1].end };
    return relativeAntecedent(body, tokens, before, end);
  }
  // "The company … It said …": an organisation or a document, resolved to the last one named.
  if (/^it$/i.test(tokens[end - 1].text)) {
    const { start, end: itEnd, text } = tokens[end - 1];
    return {
      kind: 'pronoun',
      start,
      end: itEnd,
      text,
      name: null,
      role: null,
      gender: 'unknown',
      isPerson: false,
      fullStart: start,
      fullEnd: itEnd,
      phraseStart: start,
      phraseEnd: itEnd,
    };
  }
  if (/^(he|she|they)$/i.test(tokens[end - 1].text)) {
    const pronoun = classifyPhrase(body, tokens, end - 1, end);
    return pronoun ? { ...pronoun, phraseStart: pronoun.start, phraseEnd: pronoun.end } : null;
  }
  const start = phraseStartBackwards(tokens, end, 0);
  const phrase = classifyPhrase(body, tokens, start, end);
  return phrase ? { ...phrase, phraseStart: phrase.fullStart, phraseEnd: phrase.fullEnd } : null;
}
