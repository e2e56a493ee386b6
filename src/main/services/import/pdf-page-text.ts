/**
 * Rebuilds a PDF page's text from positioned text items: items on one baseline form a
 * line, and a vertical gap clearly larger than the usual line spacing starts a new
 * paragraph (pdf.js alone loses paragraph breaks).
 */

export interface PositionedText {
  str: string;
  /** PDF text matrix; [4] is x, [5] is y (up is positive). */
  transform: number[];
  height: number;
  hasEOL: boolean;
}

interface Line {
  y: number;
  text: string;
  height: number;
}

function groupLines(items: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (current && Math.abs(current.y - y) <= Math.max(1, item.height * 0.3)) {
      current.text += item.str;
    } else {
      current = { y, text: item.str, height: item.height };
      lines.push(current);
    }
    if (item.hasEOL) current = null;
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

/** Lower median: with few lines, the ordinary line spacing rather than a paragraph gap. */
function lowerMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

export function layoutPageText(items: PositionedText[]): string {
  const lines = groupLines(items);
  if (lines.length === 0) return '';
  const gaps = lines
    .slice(1)
    .map((line, i) => Math.abs(lines[i]!.y - line.y))
    .filter((gap) => gap > 0);
  const usualGap = lowerMedian(gaps);
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const gap = Math.abs(lines[i - 1]!.y - lines[i]!.y);
    text += usualGap > 0 && gap > usualGap * 1.5 ? '\n\n' : '\n';
    text += lines[i]!.text;
  }
  return text;
}
