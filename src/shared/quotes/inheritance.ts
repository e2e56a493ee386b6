/**
 * Shared state for quotations while speakers are carried from one quotation, sentence or
 * paragraph to the next, and the look-ahead rule: "“We will win.” Ada Morrow said the …".
 */

import type { DirectFinding } from './direct';
import type { Sentence } from './paragraphs';
import type { QuoteSpan } from './quote-marks';
import type { ResolvedSpeaker } from './speaker-resolution';
import type { AttributionRule } from './types';

export interface QuoteState {
  span: QuoteSpan;
  rule: AttributionRule;
  resolved: ResolvedSpeaker | null;
  finding: DirectFinding | null;
  /** The speaker phrase as written, also for quotes that inherit their speaker. */
  speakerSpan: { start: number; end: number } | null;
}

/** The last speaker seen in a paragraph (or the one that opens a sentence). */
export interface ParagraphSpeaker {
  paragraph: number;
  resolved: ResolvedSpeaker;
  span: { start: number; end: number } | null;
}

/** A speaker found, even one written as an unresolved "she". */
export const hasSpeaker = (state: QuoteState): boolean =>
  Boolean(state.resolved?.speaker ?? state.speakerSpan);

/** A quotation with no cue takes the speaker that opens the next sentence of its paragraph. */
export function inheritFromNextSentence(
  body: string,
  states: QuoteState[],
  sentences: Sentence[],
  sentenceLeads: Map<number, ParagraphSpeaker>,
): void {
  for (const state of states) {
    if (hasSpeaker(state) || state.finding) continue;
    const at = sentences.findIndex((s) => s.start <= state.span.open && state.span.open < s.end);
    const next = sentences[at + 1];
    const lead = next && next.paragraph === state.span.paragraph && sentenceLeads.get(next.start);
    if (!lead || !/^[\s"”’'.!?]*$/.test(body.slice(state.span.close, next.start))) continue;
    state.rule = 'next-sentence';
    state.resolved = { ...lead.resolved, resolution: 'inherited' };
    state.speakerSpan = lead.span;
  }
}
