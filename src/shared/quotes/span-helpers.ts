/** Small helpers over quotation spans, shared by the extractor's steps. */

import type { QuoteSpan } from './quote-marks';
import type { ReportedFinding } from './reported';

export const wordCount = (text: string): number =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Finds the span covering `offset` (marks included) by binary search over spans sorted by position. */
export function makeInsideQuote(spans: QuoteSpan[]): (offset: number) => boolean {
  return (offset) => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = spans[mid];
      if (offset < span.open) high = mid - 1;
      else if (offset >= Math.max(span.close, span.end)) low = mid + 1;
      else return true;
    }
    return false;
  };
}

/** True when quotations make up most of the paragraph. */
export function isAllQuote(
  paragraph: { start: number; end: number },
  spans: QuoteSpan[],
  index: number,
): boolean {
  const quoted = spans
    .filter((s) => s.paragraph === index)
    .reduce((sum, s) => sum + (s.end - s.start), 0);
  return quoted >= 0.6 * (paragraph.end - paragraph.start);
}

/** A reported statement whose content is really a quotation ("X said: “…”") is left to the direct rules. */
export function mostlyQuoted(
  body: string,
  finding: ReportedFinding,
  insideQuote: (offset: number) => boolean,
): boolean {
  let outside = '';
  let quoted = false;
  for (let i = finding.contentStart; i < finding.contentEnd; i++) {
    if (insideQuote(i)) quoted = true;
    else outside += body[i];
  }
  return quoted && wordCount(outside) < 3;
}

/** “Face the Nation,” “Morning Joe”: a short quotation in title case names a show, book or song. */
export const isTitleLike = (text: string): boolean => {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    words.length >= 2 &&
    !/[.!?]/.test(text) &&
    words.length <= 5 &&
    words.every(
      (w) => /^["“‘']?\p{Lu}/u.test(w) || /^(?:of|the|and|a|an|in|on|to|for|at|with|or)$/.test(w),
    ) &&
    !/^(?:I|We|You|He|She|They|It)\b/.test(text)
  );
};
