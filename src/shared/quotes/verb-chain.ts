/**
 * Words that may sit between a subject and its cue verb: a raising or aspect verb with "to"
 * ("appeared to suggest", "went on to say"), a progressive auxiliary with adverbs ("is once
 * again questioning"), and the auxiliaries of a coordinated verb ("…, and has called for …").
 */

const ADVERBS = String.raw`(?:\s+(?:\p{Ll}+ly|also|still|now|again|once|already|not|even|just|never))*`;

/** "appeared to suggest", "went on to say", "took to Twitter to accuse": the subject is before the chain. */
const RAISING = new RegExp(
  String.raw`\b(?:appear(?:s|ed)?|seem(?:s|ed)?|went\s+on|go(?:es)?\s+on|continu(?:e|es|ed)|tri(?:ed|es)|try|began|begins?|took\s+to\s+\p{L}+|want(?:s|ed)?|decided|declined|refused|vowed|promised|pledged|sought|seeks?)${ADVERBS}\s+to\s+$`,
  'u',
);

const PROGRESSIVE = new RegExp(String.raw`\b(?:is|are|was|were|been|am)${ADVERBS}\s+$`, 'u');

const COORDINATED = new RegExp(
  String.raw`\b(?:and|but)(?:\s+(?:has|have|had|also|later|then|\p{Ll}+ly))*\s*$`,
  'u',
);

/** Start of a raising chain ending right before the cue, or null. */
export function raisingChainStart(body: string, floor: number, cueStart: number): number | null {
  const from = Math.max(floor, cueStart - 60);
  const match = RAISING.exec(body.slice(from, cueStart));
  return match ? from + match.index : null;
}

/** The progressive auxiliary ("is", "is once again") ending right before the cue, or null. */
export function progressiveBefore(
  body: string,
  floor: number,
  cueStart: number,
): RegExpExecArray | null {
  return PROGRESSIVE.exec(body.slice(Math.max(floor, cueStart - 40), cueStart));
}

/** True when the cue follows "and" or "but", possibly with auxiliaries: "and has called for". */
export function isCoordinated(body: string, floor: number, cueStart: number): boolean {
  return COORDINATED.test(body.slice(Math.max(floor, cueStart - 40), cueStart));
}
