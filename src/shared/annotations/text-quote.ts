/**
 * W3C Web Annotation selectors for passages of an article body: a TextPositionSelector for speed
 * and a TextQuoteSelector (exact text plus context) so a highlight finds its passage again after
 * the body changes, e.g. when a re-import cleans the page differently.
 */

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextTarget {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

const CONTEXT_LENGTH = 32;

export function createTextTarget(body: string, start: number, end: number): TextTarget {
  if (start < 0 || end > body.length || start >= end) {
    throw new RangeError(`Invalid passage ${start}-${end} in a body of ${body.length} characters`);
  }
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: body.slice(start, end),
      prefix: body.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: body.slice(end, end + CONTEXT_LENGTH),
    },
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the target's passage in a body: at its recorded position when the text there is
 * unchanged, otherwise the occurrence of the exact text whose surrounding context matches best.
 * Returns null when the passage is gone, so the caller can flag it instead of losing it.
 */
export function anchorTextTarget(
  body: string,
  target: TextTarget,
): { start: number; end: number } | null {
  const { start, end } = target.position;
  const { exact, prefix, suffix } = target.quote;
  if (body.slice(start, end) === exact) return { start, end };

  let best: { start: number; score: number } | null = null;
  for (let index = body.indexOf(exact); index !== -1; index = body.indexOf(exact, index + 1)) {
    const score =
      commonSuffixLength(body.slice(Math.max(0, index - prefix.length), index), prefix) +
      commonPrefixLength(
        body.slice(index + exact.length, index + exact.length + suffix.length),
        suffix,
      ) -
      Math.abs(index - start) / 1e6;
    if (!best || score > best.score) best = { start: index, score };
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}
