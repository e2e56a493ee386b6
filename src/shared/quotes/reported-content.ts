/**
 * Where reported content begins and ends: the clause after "said (that)", the object after
 * "described" or "rejected", the listener after "told"; content cut where the next speaker starts.
 */

import { ADVERBIAL, TO_VERB, complementOffset } from './complements';
import { type CueVerbInfo, needsComplementizer } from './cue-verbs';

export { ADVERBIAL } from './complements';
import type { CueHit, ReportedFinding } from './reported';

const THAT_AFTER = new RegExp(
  String.raw`^${ADVERBIAL}(?:,\s*(?:however|though|too|also|meanwhile|in turn)\s*)?,?\s+that(?:\s*,)?\s+`,
);
/** Words after a cue that show no clause follows ("said to be", "said in", "noted for"). */
const NOT_A_CLAUSE =
  /^\s+(?:to|by|for|with|in|on|at|of|from|into|during|before|after|while|until|because|since|and|or|but|so|as|than|up|out|off|down|back|again|later|otherwise|nothing|goodbye|hello|yes|\p{Ll}+ly)\b/u;
const CLAUSE_START = /^\s+(?=[\p{L}\p{N}"“‘$£€])/u;
/** "said Friday as he entered", "said last week": a time phrase, not the content. */
const TIME_THEN_NO_CLAUSE =
  /^\s+(?:(?:last|this|next|on|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|morning|night)\b(?:\s+(?:morning|afternoon|evening|night))?\s*(?:$|[,.;:—–-]|(?:as|after|when|while|before|during|in|at|on|to|from|with)\b)/iu;
const OBJECT_START = CLAUSE_START;
/** "told a crowd in Cleveland that …", "told MSNBC's “Morning Joe” that …": a longer listener. */
const LISTENER_THEN_THAT = /^\s+(?!that\b)(?:[^\s.,;:!?]+\s+){1,9}?that\s+(?=[\p{L}\p{N}"“‘$£€])/u;
/** "says at a campaign stop in Toledo, Ohio, that …": a place or time phrase with commas, then "that". */
const PLACE_THEN_THAT =
  /^\s+(?:at|in|on|during|before|after|to|from|via|while|with)\s+[^.;:!?"“]{1,80}?,?\s+that\s+(?=[\p{L}\p{N}"“‘$£€])/u;
/** Words a listener or place phrase never holds: verbs that would start a clause of their own. */
const FINITE_IN_GAP =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|said|says|did|does)\b/;
export const LISTENER =
  /^\s+(?:reporters|journalists|lawmakers|investors|supporters|the\s+\p{Lu}[\w.&-]*(?:\s+\p{Lu}[\w.&-]*)*|the\s+(?:audience|crowd|committee|court|newspaper|paper|station|network|agency|outlet|magazine)|me|us|him|her|them|[\p{Lu}][\w.&'’-]*(?:\s+[\p{Lu}][\w.&'’-]*){0,3}|an?\s+[\w-]+(?:\s+[\w-]+){0,2}\s+(?:audience|crowd|interview|briefing|conference|rally))/u;
/** What may follow a cue that ends its clause: "…, the official added, speaking on condition …". */
export const TRAILING_CUE = new RegExp(
  String.raw`^${ADVERBIAL}\s*(?:[,;—–]\s*(?:\p{Ll}+ing|according|who|in|on|without|while|as|when|because|after|before)\b.*|[.!?"”’]*\s*)$`,
  'su',
);

export function trimContentEnd(body: string, start: number, end: number): number {
  while (end > start && /[\s.,;:!?—–-]/.test(body[end - 1])) end--;
  return end;
}

export function trimContentStart(body: string, start: number, end: number): number {
  while (start < end && /[\s,;:—–-]/.test(body[start])) start++;
  return start;
}

/** "X said that A and that B": two statements with one speaker. */
export function splitAtAndThat(body: string, findings: ReportedFinding[]): ReportedFinding[] {
  return findings.flatMap((finding) => {
    const text = body.slice(finding.contentStart, finding.contentEnd);
    const match = /,?\s+(?:and|but)\s+that\s+/.exec(text);
    if (!match || finding.quoteFollows) return [finding];
    const firstEnd = finding.contentStart + match.index;
    const secondStart = firstEnd + match[0].length;
    return [
      { ...finding, contentEnd: trimContentEnd(body, finding.contentStart, firstEnd) },
      { ...finding, contentStart: secondStart },
    ];
  });
}

/** Where the content starts after the cue, by the verb's frame; null when nothing fits. */
export function contentAfter(
  body: string,
  cue: CueHit,
  rest: string,
  sentenceEnd: number,
  evidenceSubject = false,
): { contentStart: number; contentEnd: number; quoteFollows: boolean } | null {
  const verb = cue.verb;
  if (!verb) return null;
  const quoteLead = /^\s*[:,]?\s*(?:that\s+)?["“‘]/.exec(rest);
  if (quoteLead) {
    const start = cue.end + quoteLead[0].length - 1;
    return { contentStart: start, contentEnd: sentenceEnd, quoteFollows: true };
  }
  const that = THAT_AFTER.exec(rest);
  let offset: number | null = null;
  const gap =
    verb.frame === 'listener'
      ? LISTENER_THEN_THAT.exec(rest)
      : verb.frame === 'clause'
        ? PLACE_THEN_THAT.exec(rest)
        : null;
  if (that && verb.frame !== 'object') offset = that[0].length;
  else if (gap && !FINITE_IN_GAP.test(gap[0].replace(/that\s+$/, ''))) offset = gap[0].length;
  else if (verb.frame === 'listener') {
    const listener = LISTENER.exec(rest);
    if (listener) {
      const afterListener = rest.slice(listener[0].length);
      const thatAfterListener = THAT_AFTER.exec(afterListener);
      const clause = CLAUSE_START.exec(afterListener);
      if (thatAfterListener) offset = listener[0].length + thatAfterListener[0].length;
      else if (/^\s*[:,]?\s*["“]/.test(afterListener))
        return {
          contentStart: cue.end + listener[0].length,
          contentEnd: sentenceEnd,
          quoteFollows: true,
        };
      else if (clause && verb.base === 'tell' && !NOT_A_CLAUSE.test(afterListener))
        offset = listener[0].length + clause[0].length;
    }
  } else if (verb.frame === 'clause') {
    if (/^\s*:\s*\S/.test(rest)) offset = rest.indexOf(':') + 1;
    else {
      const clause = CLAUSE_START.exec(rest);
      if (
        clause &&
        !needsComplementizer(verb.base) &&
        !NOT_A_CLAUSE.test(rest) &&
        !TIME_THEN_NO_CLAUSE.test(rest)
      )
        offset = clause[0].length;
    }
  } else if (verb.frame === 'object') {
    const object = OBJECT_START.exec(rest);
    const phrasal = verb.base === 'call' ? /^\s+(?:for|on)\s+/.exec(rest) : null;
    if (phrasal) offset = phrasal[0].length;
    else if (object && !NOT_A_CLAUSE.test(rest)) offset = object[0].length;
  }
  offset ??= complementOffset(verb.base, rest, evidenceSubject);
  if (offset === null) return null;
  const contentStart = trimContentStart(body, cue.end + offset, sentenceEnd);
  if (sentenceEnd - contentStart < 8) return null;
  return { contentStart, contentEnd: sentenceEnd, quoteFollows: false };
}

/** "Trump described it as a deal, while Bessent rejected …": the first content stops where the next speaker starts. */
export function cutAtNextSpeaker(body: string, findings: ReportedFinding[]): ReportedFinding[] {
  return findings.map((finding) => {
    let end = finding.contentEnd;
    for (const other of findings) {
      // "A told B that C, the source added": the inner statement stops before "the source added".
      const boundary =
        other.speaker && (other.rule !== 'content-then-cue' || other.cue.start > finding.cue.end)
          ? other.speaker.phraseStart
          : other.rule === 'participle'
            ? other.cue.start
            : -1;
      if (boundary > finding.contentStart && boundary < end) {
        const clauseText = body.slice(finding.contentStart, boundary);
        const connective =
          /[\s,;]*(?:\b(?:while|whereas|but|and|as|although|though|even as)\b)?[\s,;]*$/.exec(
            clauseText,
          );
        end = trimContentEnd(
          body,
          finding.contentStart,
          boundary - (connective ? connective[0].length : 0),
        );
      }
    }
    return end === finding.contentEnd ? finding : { ...finding, contentEnd: end };
  });
}

/** "…, the official said." — but not "…, he declined to comment.", whose "to" starts an infinitive. */
const INFINITIVE_REST = new RegExp(String.raw`^\s+(?:not\s+)?${TO_VERB}`, 'u');
/** "…, she told reporters." — a listener may follow the cue and still end the clause. */
export function isTrailing(rest: string, verb: CueVerbInfo): boolean {
  const listener = verb.frame === 'listener' ? LISTENER.exec(rest) : null;
  if (listener && TRAILING_CUE.test(rest.slice(listener[0].length))) return true;
  return TRAILING_CUE.test(rest) && !INFINITIVE_REST.test(rest);
}
