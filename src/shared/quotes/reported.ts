/**
 * Finds reported speech in one sentence: "X said (that) …", "…, X said", "…, said X",
 * "according to X", "X told Reuters …", "X described it as …", "…, adding that …".
 * Cue words inside quotation marks are ignored.
 */

import { EVIDENCE_HEAD, readSubject } from './clause-subject';
import { type CueVerbInfo, lookupLowerCaseCueVerb } from './cue-verbs';
import {
  ADVERBIAL,
  TRAILING_CUE,
  contentAfter,
  isTrailing,
  cutAtNextSpeaker,
  splitAtAndThat,
  trimContentEnd,
  trimContentStart,
} from './reported-content';
import type { Sentence } from './paragraphs';
import { isCoordinated, progressiveBefore, raisingChainStart } from './verb-chain';
import { readPassive } from './passive';
import { readSentenceSubject, readSpeakerAfter } from './speaker-after';
import type { SpeakerMatch } from './speaker-phrase';
import { type Token, tokenize } from './tokens';
import type { AttributionRule } from './types';
import { startsLowerCase } from '../text/unit-class';

export interface CueHit {
  start: number;
  end: number;
  text: string;
  /** Null for "according to". */
  verb: CueVerbInfo | null;
}

export interface ReportedFinding {
  rule: Extract<
    AttributionRule,
    'speaker-cue-content' | 'content-then-cue' | 'according-to' | 'participle' | 'headline'
  >;
  cue: CueHit;
  /** Null for participles, whose speaker is carried over from the clause before. */
  speaker: SpeakerMatch | null;
  contentStart: number;
  contentEnd: number;
  /** True when a quotation follows the cue directly ("X said: “…”"); direct-quote rules take it. */
  quoteFollows: boolean;
}

function punctuationBefore(
  body: string,
  offset: number,
  floor: number,
): { char: string; at: number } | null {
  let i = offset - 1;
  while (i >= floor && /\s/.test(body[i])) i--;
  return i >= floor ? { char: body[i], at: i } : null;
}

/** "according to a quarterly survey by the Chamber, …": the source is everything up to the comma. */
function readWholeSource(body: string, from: number, limit: number): SpeakerMatch | null {
  const match = /^\s+([^,.;:“"]{3,120}?)(?=\s*(?:[,.;:]|$))/.exec(body.slice(from, limit));
  if (!match || match[1].split(/\s+/).length > 14) return null;
  const start = from + match[0].indexOf(match[1]);
  const end = start + match[1].length;
  const text = match[1];
  return {
    kind: 'description',
    start,
    end,
    text,
    name: null,
    role: null,
    gender: 'unknown',
    isPerson: false,
    fullStart: start,
    fullEnd: end,
    phraseStart: start,
    phraseEnd: end,
  };
}

/** The start of a raising chain that refuses to speak: "declined to", "refused to". */
const REFUSAL = /^(?:declined|refused)\b/;

/** Polls, studies and documents "show" and "find" without a "that". */
const isEvidence = (subject: SpeakerMatch): boolean =>
  !subject.isPerson && subject.kind !== 'pronoun' && EVIDENCE_HEAD.test(subject.text);

/** Finds cue words outside quotations in the sentence. */
function findCues(
  tokens: Token[],
  insideQuote: (offset: number) => boolean,
  titleCase: boolean,
): CueHit[] {
  const cues: CueHit[] = [];
  // Every word of the article passes here: look each up once, and ask the rarer questions
  // (inside a quotation? a label?) only of the few that are cues.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.word) continue;
    const lower = token.text.toLowerCase();
    const according = lower === 'according' && tokens[index + 1]?.text.toLowerCase() === 'to';
    const verb = according ? null : lookupLowerCaseCueVerb(lower);
    if ((!according && !verb) || insideQuote(token.start)) continue;
    if (according) {
      cues.push({
        start: token.start,
        end: tokens[index + 1]!.end,
        text: 'according to',
        verb: null,
      });
      continue;
    }
    // "Editor’s note: …" is a label, not a cue.
    if (index > 0 && /['’]s$/.test(tokens[index - 1]!.text) && tokens[index + 1]?.text === ':')
      continue;
    // "Said" capitalised only starts a sentence in inverted quotes; proper nouns like "Post" are not verbs.
    if (startsLowerCase(token.text) || index === 0 || (titleCase && index > 1))
      cues.push({ start: token.start, end: token.end, text: token.text, verb });
  }
  return cues;
}

/**
 * `titleCase` is set for a headline in title case ("Graham Says Trump Could Back Clean Energy"),
 * where capitalised verbs are still verbs.
 */
export function findReported(
  body: string,
  sentence: Sentence,
  insideQuote: (offset: number) => boolean,
  titleCase = false,
): ReportedFinding[] {
  const tokens = tokenize(body, sentence.start, sentence.end);
  const findings: ReportedFinding[] = [];
  const sentenceEnd = trimContentEnd(body, sentence.start, sentence.end);
  for (const cue of findCues(tokens, insideQuote, titleCase)) {
    const rest = body.slice(cue.end, sentence.end);
    const previous = punctuationBefore(body, cue.start, sentence.start);
    if (cue.verb === null) {
      let speaker = readSpeakerAfter(body, cue.end, sentence.end);
      // "according to official results": a phrase cut off before more words is not the whole source.
      if (!speaker || /^\s*[\p{L}\p{N}]/u.test(body.slice(speaker.phraseEnd, sentence.end)))
        speaker = readWholeSource(body, cue.end, sentence.end) ?? speaker;
      if (!speaker) continue;
      const after = body.slice(speaker.phraseEnd, sentence.end);
      const commaAfter = /^\s*,/.exec(after);
      const atClauseStart = !previous || previous.char === ',' || previous.char === '—';
      if (previous?.char === ',' || (previous && !commaAfter)) {
        const end = previous.char === ',' ? previous.at : cue.start;
        findings.push({
          rule: 'according-to',
          cue,
          speaker,
          contentStart: trimContentStart(body, sentence.start, end),
          contentEnd: trimContentEnd(body, sentence.start, end),
          quoteFollows: false,
        });
      } else if (atClauseStart && commaAfter) {
        const start = trimContentStart(body, speaker.phraseEnd + commaAfter[0].length, sentenceEnd);
        findings.push({
          rule: 'according-to',
          cue,
          speaker,
          contentStart: start,
          contentEnd: sentenceEnd,
          quoteFollows: false,
        });
      }
      continue;
    }
    const passive = readPassive(body, cue, sentence.start, sentence.end);
    if (passive) {
      findings.push(passive);
      continue;
    }
    const floor = Math.max(sentence.start, ...findings.map((f) => f.cue.end));
    // "urged voters to reject the plan": an infinitive belongs to the clause before,
    // unless a raising verb carries the subject over ("Ada Morrow appeared to suggest …").
    const raising = raisingChainStart(body, floor, cue.start);
    const toBefore = /\bto\s*$/i.test(
      body.slice(Math.max(sentence.start, cue.start - 4), cue.start),
    );
    if (toBefore && (raising === null || cue.verb.participle)) continue;
    // "declined to comment on the figures": a refusal reports no statement, so the cue after
    // it has no content (the figures are a topic, not a claim).
    if (toBefore && raising !== null && REFUSAL.test(body.slice(raising, cue.start))) continue;
    // "Ada Morrow is calling for …": a progressive is a finite verb.
    const progressive = cue.verb.participle ? progressiveBefore(body, floor, cue.start) : null;
    if (progressive) cue.verb = { ...cue.verb, participle: false };
    const subjectEnd = progressive
      ? cue.start - progressive[0].length
      : toBefore && raising !== null
        ? raising
        : cue.start;
    const subject =
      cue.verb.participle && previous?.char === ','
        ? null
        : readSubject(body, floor, subjectEnd, cue.verb, floor === sentence.start);
    if (!subject) {
      const coordinated =
        isCoordinated(body, sentence.start, cue.start) &&
        (findings.length > 0 || !cue.verb.participle);
      // "Ada Morrow is wary of the plan and expects it to fail": the sentence's subject speaks.
      const carried =
        coordinated && findings.length === 0
          ? readSentenceSubject(body, sentence.start, cue.start)
          : null;
      if (coordinated && findings.length === 0) {
        const content = carried && contentAfter(body, cue, rest, sentenceEnd);
        if (content)
          findings.push({ rule: 'speaker-cue-content', cue, speaker: carried, ...content });
        continue;
      }
      if ((cue.verb.participle && previous?.char === ',') || coordinated) {
        const content = contentAfter(body, cue, rest, sentenceEnd);
        if (content) findings.push({ rule: 'participle', cue, speaker: null, ...content });
        continue;
      }
      // Inverted: "…, said the official."  (after a quotation, the direct rules take over)
      if (previous && (previous.char === ',' || previous.char === '—') && !cue.verb.participle) {
        const speaker = readSpeakerAfter(body, cue.end, sentence.end);
        if (speaker && TRAILING_CUE.test(body.slice(speaker.phraseEnd, sentence.end))) {
          findings.push({
            rule: 'content-then-cue',
            cue,
            speaker,
            contentStart: trimContentStart(body, sentence.start, previous.at),
            contentEnd: trimContentEnd(body, sentence.start, previous.at),
            quoteFollows: false,
          });
        }
      }
      continue;
    }
    // "with experts noting …" has a speaker; "exports to China citing …" does not.
    if (
      cue.verb.participle &&
      (subject.kind === 'pronoun' ||
        !/(?:^|\bwith\s*)$/.test(body.slice(floor, subject.phraseStart).trimEnd()))
    )
      continue;
    const beforeSubject = punctuationBefore(body, subject.phraseStart, sentence.start);
    // "“…,” Esterhazy told reporters": the quotation is the content; the direct rules own it.
    if (beforeSubject && /["”’]/.test(beforeSubject.char) && !cue.verb.participle) continue;
    const parenthetical =
      beforeSubject !== null &&
      !isTrailing(rest, cue.verb) &&
      /[,—–]/.test(beforeSubject.char) &&
      !/^\s+to\s/.test(rest) &&
      new RegExp(String.raw`^${ADVERBIAL}\s*[,—–]\s*(?!\p{Ll}+ing\b|according|who\b)\S`, 'u').test(
        rest,
      );
    if (
      (isTrailing(rest, cue.verb) || parenthetical) &&
      !(toBefore && raising !== null) &&
      (cue.verb.frame !== 'preposition' || cue.verb.base === 'point') &&
      beforeSubject &&
      /[,—–]/.test(beforeSubject.char)
    ) {
      // "…, X said." or the parenthetical "Climate change, X says, is …" (content is the whole sentence).
      // "…, X said." or the parenthetical "Climate change, X says, is …", split around the cue.
      const head = {
        rule: 'content-then-cue' as const,
        cue,
        speaker: subject,
        contentStart: trimContentStart(body, sentence.start, sentence.end),
        contentEnd: trimContentEnd(body, sentence.start, beforeSubject.at),
        quoteFollows: false,
      };
      const tail = parenthetical ? /^[^,—–]*[,—–]\s*/.exec(rest) : null;
      if (tail && !insideQuote(cue.end + tail[0].length)) {
        if (head.contentEnd > head.contentStart) findings.push(head);
        findings.push({ ...head, contentStart: cue.end + tail[0].length, contentEnd: sentenceEnd });
      } else if (parenthetical) findings.push({ ...head, contentEnd: sentenceEnd });
      else findings.push(head);
      continue;
    }
    const content = contentAfter(body, cue, rest, sentenceEnd, isEvidence(subject));
    if (content) findings.push({ rule: 'speaker-cue-content', cue, speaker: subject, ...content });
  }
  return splitAtAndThat(body, cutAtNextSpeaker(body, findings));
}
