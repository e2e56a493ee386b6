/**
 * Automatic quote extraction: direct quotations and reported speech, with speakers.
 *
 * Rule order (known-good from measurements): pair quote marks first (a quote left open at a
 * paragraph's end continues in the next); then, sentence by sentence, cue patterns around
 * quotations and reported-speech cues; a quotation with no cue inherits from an earlier quote
 * in its paragraph or, when the paragraph is all quote, from the previous paragraph; speakers
 * are resolved in reading order (titles stripped, surnames linked, pronouns to the last person
 * of matching gender in the previous one or two sentences).
 */

import type { Quote } from '../domain';
import { attributeQuote } from './direct';
import { headlineSource, isTitleCase } from './headline';
import {
  type ParagraphSpeaker,
  type QuoteState,
  hasSpeaker,
  inheritFromNextSentence,
} from './inheritance';
import { findPersonMentions } from './mentions';
import { type Sentence, splitParagraphs, splitSentences } from './paragraphs';
import { pairQuoteMarks } from './quote-marks';
import { type ReportedFinding, findReported } from './reported';
import { type ResolvedSpeaker, SpeakerResolver } from './speaker-resolution';
import { isAllQuote, isTitleLike, makeInsideQuote, mostlyQuoted, wordCount } from './span-helpers';
import type { Attribution } from './types';

export type { Attribution, AttributionRule, SpeakerResolution } from './types';

/** Quotations shorter than this with no speaker are taken for scare quotes or titles and dropped. */
const MIN_UNATTRIBUTED_WORDS = 4;

const NO_SPEAKER: ResolvedSpeaker = { speaker: null, resolution: 'none', role: null };

/** Every quotation and reported statement, with the rule that fired and the speaker's span and role. */
export function extractAttributions(body: string): Attribution[] {
  const paragraphs = splitParagraphs(body);
  const spans = pairQuoteMarks(body, paragraphs);
  const insideQuote = makeInsideQuote(spans);
  const insideContent = (offset: number): boolean =>
    spans.some((s) => offset > s.start && offset < s.end);
  const sentences = splitSentences(body, paragraphs, insideContent);
  const mentions = findPersonMentions(body, insideQuote);
  const resolver = new SpeakerResolver(mentions, sentences);
  const headline = paragraphs.length > 1 ? headlineSource(body, paragraphs[0], mentions) : null;
  const titleCase = paragraphs.length > 1 && isTitleCase(body, paragraphs[0]);
  const states: QuoteState[] = spans.map((span) => ({
    span,
    rule: 'unattributed',
    resolved: null,
    finding: null,
    speakerSpan: null,
  }));
  const results: Attribution[] = [];
  const sentenceAt = (offset: number): Sentence =>
    sentences.find((s) => s.end >= offset && s.start <= offset) ?? sentences[sentences.length - 1];
  const sentenceEndAt = (offset: number): number => sentenceAt(offset).end;
  const sentenceStartAt = (offset: number): number => sentenceAt(offset).start;
  const reportedResolution = new Map<ReportedFinding, ResolvedSpeaker>();
  let spanCursor = 0;
  let lastParagraphSpeaker: ParagraphSpeaker | null = null;
  /** The speaker that opens a sentence ("Ada Morrow said …"), by sentence start. */
  const sentenceLeads = new Map<number, ParagraphSpeaker>();

  const remember = (
    paragraph: number,
    resolved: ResolvedSpeaker,
    span: { start: number; end: number } | null,
  ): void => {
    if (resolved.speaker || span) lastParagraphSpeaker = { paragraph, resolved, span };
  };

  sentences.forEach((sentence: Sentence) => {
    const paragraphEnd = paragraphs[sentence.paragraph].end;
    const reported = findReported(
      body,
      sentence,
      insideQuote,
      titleCase && sentence.paragraph === 0,
    );
    if (headline && sentence.start === paragraphs[0].start && reported.length === 0)
      reported.push({
        rule: 'headline',
        cue: { start: headline.colon, end: headline.colon + 1, text: ':', verb: null },
        speaker: headline.speaker,
        contentStart: headline.contentStart,
        contentEnd: Math.min(headline.contentEnd, sentence.end),
        quoteFollows: false,
      });
    const quoteIndexes: number[] = [];
    while (spanCursor < spans.length && spans[spanCursor].open < sentence.end) {
      if (spans[spanCursor].open >= sentence.start) quoteIndexes.push(spanCursor);
      spanCursor++;
    }
    // Attribute quotations from the words around them; resolve speakers in reading order.
    type Event = { offset: number; run: () => ResolvedSpeaker };
    const events: Event[] = [];
    let previousClose = sentence.start;
    for (const index of quoteIndexes) {
      const state = states[index];
      const context = {
        sentenceStart: sentence.start,
        paragraphStart: paragraphs[sentence.paragraph].start,
        paragraphEnd,
        previousClose,
        sentenceEndAt,
        sentenceStartAt,
      };
      const finding = attributeQuote(body, state.span, context, reported);
      previousClose = state.span.close;
      if (!finding) continue;
      state.finding = finding;
      state.rule = finding.rule;
      if (finding.speaker)
        state.speakerSpan = { start: finding.speaker.start, end: finding.speaker.end };
      if (finding.rule === 'partial-in-reported') continue;
      events.push({
        offset: finding.speaker?.start ?? state.span.open,
        run: () => {
          state.resolved = finding.speaker
            ? resolver.resolve(finding.speaker, sentence.paragraph)
            : NO_SPEAKER;
          return state.resolved;
        },
      });
    }
    let lastInSentence: ResolvedSpeaker | null = null;
    for (const finding of reported) {
      events.push({
        offset: finding.speaker?.start ?? finding.cue.start,
        run: () => {
          const resolved = finding.speaker
            ? resolver.resolve(finding.speaker, sentence.paragraph)
            : (lastInSentence ?? NO_SPEAKER);
          reportedResolution.set(finding, resolved);
          return resolved;
        },
      });
    }
    events.sort((a, b) => a.offset - b.offset);
    for (const event of events) {
      const resolved = event.run();
      if (resolved.speaker) lastInSentence = resolved;
    }
    // Partial quotes take the speaker of the reported statement around them.
    for (const index of quoteIndexes) {
      const state = states[index];
      if (state.finding?.reported)
        state.resolved = reportedResolution.get(state.finding.reported) ?? NO_SPEAKER;
    }
    // Quotations with no cue: the previous quote in the paragraph, or the previous paragraph when all quote.
    for (const index of quoteIndexes) {
      const state = states[index];
      if (state.finding) continue;
      const previous = index > 0 ? states[index - 1] : null;
      const samePara =
        previous && previous.span.paragraph === state.span.paragraph && hasSpeaker(previous);
      const sentenceHasCue = reported.some((f) => f.speaker);
      if (state.span.continues >= 0 && states[state.span.continues].resolved?.speaker) {
        state.rule = 'multi-paragraph';
        state.resolved = {
          ...(states[state.span.continues].resolved as ResolvedSpeaker),
          resolution: 'inherited',
        };
        state.speakerSpan = states[state.span.continues].speakerSpan;
      } else if (samePara && !sentenceHasCue) {
        state.rule = 'same-paragraph';
        state.resolved = { ...(previous.resolved as ResolvedSpeaker), resolution: 'inherited' };
        state.speakerSpan = previous.speakerSpan;
      } else if (!sentenceHasCue && lastParagraphSpeaker?.paragraph === state.span.paragraph) {
        // "Ada Morrow said the plan had failed. “It was a disaster.”"
        state.rule = 'same-paragraph';
        state.resolved = { ...lastParagraphSpeaker.resolved, resolution: 'inherited' };
        state.speakerSpan = lastParagraphSpeaker.span;
      } else if (
        state.span.open === paragraphs[state.span.paragraph].start &&
        !sentenceHasCue &&
        lastParagraphSpeaker &&
        lastParagraphSpeaker.paragraph === state.span.paragraph - 1 &&
        isAllQuote(paragraphs[state.span.paragraph], spans, state.span.paragraph)
      ) {
        state.rule = 'paragraph-inherits';
        state.resolved = { ...lastParagraphSpeaker.resolved, resolution: 'inherited', role: null };
        state.speakerSpan = lastParagraphSpeaker.span;
      }
      if (state.resolved?.speaker)
        resolver.rememberInherited(state.resolved.speaker, state.span.open, state.span.paragraph);
    }
    for (const index of quoteIndexes)
      if (states[index].resolved)
        remember(
          sentence.paragraph,
          states[index].resolved as ResolvedSpeaker,
          states[index].speakerSpan,
        );
    for (const finding of reported) {
      const resolved = reportedResolution.get(finding) ?? NO_SPEAKER;
      if (
        finding.speaker &&
        finding.rule === 'speaker-cue-content' &&
        !sentenceLeads.has(sentence.start) &&
        !/[\p{L}\p{N}]/u.test(
          body
            .slice(sentence.start, finding.speaker.phraseStart)
            .replace(/\b(?:but|and|yet|so)\b/gi, ''),
        )
      )
        sentenceLeads.set(sentence.start, {
          paragraph: sentence.paragraph,
          resolved,
          span: { start: finding.speaker.start, end: finding.speaker.end },
        });
      remember(
        sentence.paragraph,
        resolved,
        finding.speaker ? { start: finding.speaker.start, end: finding.speaker.end } : null,
      );
      if (finding.quoteFollows || mostlyQuoted(body, finding, insideQuote)) continue;
      results.push({
        kind: 'indirect',
        text: body.slice(finding.contentStart, finding.contentEnd),
        speaker: resolved.speaker,
        cue: finding.cue.text,
        start: finding.contentStart,
        end: finding.contentEnd,
        rule: finding.rule,
        resolution: resolved.resolution,
        speakerStart: finding.speaker?.start ?? null,
        speakerEnd: finding.speaker?.end ?? null,
        cueStart: finding.cue.start,
        cueEnd: finding.cue.end,
        role: resolved.role,
        outerStart: finding.contentStart,
        outerEnd: finding.contentEnd,
      });
    }
  });

  // A quote left open in one paragraph and attributed only in its continuation takes that speaker too.
  for (let i = states.length - 1; i >= 0; i--) {
    const state = states[i];
    if (state.span.continues >= 0 && state.resolved?.speaker) {
      const earlier = states[state.span.continues];
      if (!earlier.resolved?.speaker) {
        earlier.resolved = { ...state.resolved, resolution: 'inherited' };
        earlier.rule = 'multi-paragraph';
        earlier.speakerSpan = state.speakerSpan;
      }
    }
  }

  inheritFromNextSentence(body, states, sentences, sentenceLeads);

  for (const state of states) {
    const { span } = state;
    const text = body.slice(span.start, span.end);
    const speaker = state.resolved?.speaker ?? null;
    if (!state.finding && !speaker && wordCount(text) < MIN_UNATTRIBUTED_WORDS) continue;
    if (isTitleLike(text) && state.rule !== 'partial-in-reported') continue;
    if (text.trim().length === 0) continue;
    results.push({
      kind: 'direct',
      text,
      speaker,
      cue: state.finding?.cue.text ?? null,
      start: span.start,
      end: span.end,
      rule: state.rule,
      resolution: state.resolved?.resolution ?? 'none',
      speakerStart: state.speakerSpan?.start ?? null,
      speakerEnd: state.speakerSpan?.end ?? null,
      cueStart: state.finding?.cue.start ?? null,
      cueEnd: state.finding?.cue.end ?? null,
      role: state.resolved?.role ?? null,
      outerStart: span.open,
      outerEnd: span.close,
    });
  }
  return results.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Direct quotations and reported statements with their speakers, sorted by position. */
export function extractQuotes(body: string): Quote[] {
  return extractAttributions(body).map(({ kind, text, speaker, cue, start, end }) => ({
    kind,
    text,
    speaker,
    cue,
    start,
    end,
  }));
}
