/**
 * Passive attributions with an agent: "The plan was criticized by the auditor",
 * "Ada Morrow has been endorsed by the union". The content is the subject; the agent speaks.
 */

import type { CueHit, ReportedFinding } from './reported';
import { readSpeakerAfter } from './speaker-after';

const AUXILIARY = /\b(?:is|are|was|were|been|being|be)(?:\s+\p{Ll}+ly)?\s+$/u;

export function readPassive(
  body: string,
  cue: CueHit,
  sentenceStart: number,
  sentenceEnd: number,
): ReportedFinding | null {
  if (!cue.verb || cue.verb.participle || !/(?:ed|en|wn|ld|id|ht)$/i.test(cue.text)) return null;
  const auxiliary = AUXILIARY.exec(body.slice(Math.max(sentenceStart, cue.start - 30), cue.start));
  const by = /^\s+by\s+/.exec(body.slice(cue.end, sentenceEnd));
  if (!auxiliary || !by) return null;
  const speaker = readSpeakerAfter(body, cue.end + by[0].length, sentenceEnd);
  if (!speaker || speaker.kind === 'pronoun') return null;
  const auxStart = cue.start - auxiliary[0].length;
  // The subject runs back to the clause start: the sentence start, a comma or "that".
  const before = body.slice(sentenceStart, auxStart);
  const clause = /(?:^|[,;:]\s+|\bthat\s+)(?=[^,;:]*$)/.exec(before);
  let contentStart = sentenceStart + (clause ? clause.index + clause[0].length : 0);
  while (contentStart < auxStart && /[\s"“]/.test(body[contentStart])) contentStart++;
  let contentEnd = auxStart;
  while (contentEnd > contentStart && /\s/.test(body[contentEnd - 1])) contentEnd--;
  // Drop the perfect auxiliary: "Ada Morrow has been endorsed".
  const perfect = /\s+(?:has|have|had)$/.exec(body.slice(contentStart, contentEnd));
  if (perfect) contentEnd -= perfect[0].length;
  if (contentEnd - contentStart < 2) return null;
  return {
    rule: 'speaker-cue-content',
    cue,
    speaker,
    contentStart,
    contentEnd,
    quoteFollows: false,
  };
}
