/**
 * Finds who a quotation belongs to from the words right around it:
 * "“…,” said X", "“…,” X said", "X said: “…”", or a reported statement that contains it.
 * Inheritance across quotes and paragraphs is done by the caller, which knows the history.
 */

import { framesDirectQuote, lookupCueVerb } from './cue-verbs';
import type { QuoteSpan } from './quote-marks';
import type { CueHit, ReportedFinding } from './reported';
import { readSentenceSubject, readSpeakerAfter } from './speaker-after';
import { type SpeakerMatch, readSpeakerBefore } from './speaker-phrase';
import { tokenize } from './tokens';
import type { AttributionRule } from './types';
import { startsLowerCase, startsUpperCase } from '../text/unit-class';

export interface DirectFinding {
  rule: Extract<AttributionRule, 'quote-then-cue' | 'cue-then-quote' | 'partial-in-reported'>;
  speaker: SpeakerMatch | null;
  cue: CueHit;
  /** For partial quotes: the reported finding that contains the quotation. */
  reported: ReportedFinding | null;
}

const cueHit = (start: number, end: number, text: string): CueHit => ({
  start,
  end,
  text,
  verb: lookupCueVerb(text),
});

export interface QuoteContext {
  sentenceStart: number;
  paragraphStart: number;
  paragraphEnd: number;
  /** End of the previous quotation in the same sentence (or the sentence start). */
  previousClose: number;
  /** End and start of the sentence that contains `offset`. */
  sentenceEndAt: (offset: number) => number;
  sentenceStartAt: (offset: number) => number;
}

/** "“…” ― Pamela Smith" at the end of a paragraph: a reader comment or an epigraph. */
function dashSignature(body: string, span: QuoteSpan, paragraphEnd: number): DirectFinding | null {
  const match = /^\s*([―—–-])\s*(?=\p{Lu})/u.exec(body.slice(span.close, paragraphEnd));
  if (!match) return null;
  const speaker = readSpeakerAfter(body, span.close + match[0].length, paragraphEnd);
  // Only a name that ends the paragraph (with its role) signs the quote.
  if (
    !speaker ||
    speaker.kind !== 'name' ||
    /[\p{L}\p{N}]/u.test(body.slice(speaker.phraseEnd, paragraphEnd))
  )
    return null;
  const at = span.close + match[0].indexOf(match[1]);
  return {
    rule: 'quote-then-cue',
    speaker,
    cue: { start: at, end: at + 1, text: match[1], verb: null },
    reported: null,
  };
}

/** "“…,” said X" or "“…,” X said" right after the closing mark, within the paragraph. */
function trailer(body: string, span: QuoteSpan, context: QuoteContext): DirectFinding | null {
  const paragraphEnd = context.paragraphEnd;
  const lead = /^\s*[,—–-]?\s*/.exec(body.slice(span.close, paragraphEnd));
  const from = span.close + (lead ? lead[0].length : 0);
  // The trailer belongs to the quote only up to the next quotation or sentence end.
  const nextQuote = /["“”]/.exec(body.slice(from, paragraphEnd));
  const limit = Math.min(
    context.sentenceEndAt(from),
    nextQuote ? from + nextQuote.index : paragraphEnd,
  );
  const tokens = tokenize(body, from, limit);
  if (tokens.length === 0) return null;
  // A quote may end in an inner closing mark: “… the labels of ‘criminal,’” she said.
  const endsOpen =
    /[,!?—–…-]['’"”]*$/.test(body.slice(span.start, span.end)) ||
    body[span.close] === ',' ||
    !span.closed;
  const first = tokens[0];
  if (first.word && framesDirectQuote(first.text) && startsLowerCase(first.text)) {
    const speaker = readSpeakerAfter(body, first.end, limit);
    if (speaker)
      return {
        rule: 'quote-then-cue',
        speaker,
        cue: cueHit(first.start, first.end, first.text),
        reported: null,
      };
  }
  // Subject then cue: look for the first cue verb within a short distance.
  for (let i = 1; i < Math.min(tokens.length, 60); i++) {
    const token = tokens[i];
    if (!token.word || !framesDirectQuote(token.text) || startsUpperCase(token.text)) continue;
    // "one of the states suing …": after a determiner the word is a noun.
    if (/^(?:the|a|an|his|her|their|its|this|these|those)$/i.test(tokens[i - 1].text)) continue;
    const speaker = readSpeakerBefore(body, from, token.start);
    // "panel Chairman Rep. Jason Chaffetz said": a lower-case modifier or two may come first.
    if (
      speaker &&
      /^(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(body.slice(first.start, speaker.phraseStart)) &&
      (endsOpen ||
        /^[.!?]?$/.test(
          body
            .slice(token.end, limit + 1)
            .trim()
            .slice(0, 1),
        ))
    ) {
      return {
        rule: 'quote-then-cue',
        speaker,
        cue: cueHit(token.start, token.end, token.text),
        reported: null,
      };
    }
    break;
  }
  return null;
}

/** "X said: “…”", "X told reporters, “…”" right before the opening mark. */
function leadIn(
  body: string,
  span: QuoteSpan,
  floor: number,
  sentenceStart: number,
): DirectFinding | null {
  const before = body.slice(floor, span.open);
  const match =
    /(\p{L}+)(\s+(?:of|about|on|to)\s+[^,:;.“"]{1,40}?|\s+[\p{Lu}][\w.’'-]*(?:\s+[\p{Lu}][\w.’'-]*){0,3}|\s+(?:reporters|journalists|lawmakers|supporters|me|us|him|her|them))?\s*[:,]?\s*(?:that\s+)?$/u.exec(
      before,
    );
  if (!match || !framesDirectQuote(match[1])) return null;
  const cueStart = floor + match.index;
  // "Ada Morrow defended the plan, saying: “…”": the speaker is the subject of the sentence.
  const participle =
    lookupCueVerb(match[1])?.participle === true &&
    /,\s*$/.test(body.slice(Math.max(sentenceStart, cueStart - 3), cueStart));
  const speaker = participle
    ? readSentenceSubject(body, sentenceStart, cueStart)
    : readSpeakerBefore(body, floor, cueStart);
  if (!speaker) return null;
  return {
    rule: 'cue-then-quote',
    speaker,
    cue: cueHit(cueStart, cueStart + match[1].length, match[1]),
    reported: null,
  };
}

export function attributeQuote(
  body: string,
  span: QuoteSpan,
  context: QuoteContext,
  reported: ReportedFinding[],
): DirectFinding | null {
  const after = trailer(body, span, context) ?? dashSignature(body, span, context.paragraphEnd);
  if (after) return after;
  const before = leadIn(
    body,
    span,
    Math.max(context.sentenceStart, context.previousClose),
    context.sentenceStart,
  );
  if (before) return before;
  // "Caddell continued:" closing the previous paragraph introduces a quote that opens this one.
  if (span.open === context.paragraphStart && context.paragraphStart > 0) {
    const previousText = body.slice(0, context.paragraphStart).trimEnd();
    if (previousText.endsWith(':')) {
      const start = context.sentenceStartAt(previousText.length - 1);
      const lead = leadIn(body, { ...span, open: previousText.length }, start, start);
      if (lead) return lead;
    }
  }
  // A quotation inside (or right after the cue of) a reported statement takes that speaker.
  const container = reported.find(
    (f) =>
      f.contentStart <= span.open + 1 &&
      span.start < f.contentEnd + 2 &&
      (f.cue.end <= span.open || f.cue.start >= span.close),
  );
  if (container)
    return {
      rule: 'partial-in-reported',
      speaker: container.speaker,
      cue: container.cue,
      reported: container,
    };
  return null;
}
