/**
 * Splits an article body into paragraphs, and each paragraph into runs covered by the same set of
 * highlights, so overlapping highlights render as nested-free spans that keep their offsets.
 */

export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Ids of the highlights covering this run, in the order given. */
  highlightIds: string[];
}

export interface Paragraph {
  start: number;
  end: number;
  runs: TextRun[];
}

export function splitParagraphs(body: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (let match = separator.exec(body); match; match = separator.exec(body)) {
    if (match.index > start) paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < body.length) paragraphs.push({ start, end: body.length });
  return paragraphs;
}

export function segmentBody(body: string, highlights: readonly HighlightSpan[]): Paragraph[] {
  return splitParagraphs(body).map(({ start, end }) => {
    const cuts = new Set<number>([start, end]);
    for (const h of highlights) {
      if (h.start > start && h.start < end) cuts.add(h.start);
      if (h.end > start && h.end < end) cuts.add(h.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: TextRun[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const runStart = points[i]!;
      const runEnd = points[i + 1]!;
      runs.push({
        start: runStart,
        end: runEnd,
        text: body.slice(runStart, runEnd),
        highlightIds: highlights
          .filter((h) => h.start < runEnd && h.end > runStart)
          .map((h) => h.id),
      });
    }
    return { start, end, runs };
  });
}
