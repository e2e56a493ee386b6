/**
 * Snippets with highlight offsets. The engine marks matched words with two control characters
 * (which indexed text never contains: `cleanForIndex` removes them); `readMarkedSnippet` turns
 * that into plain text and [start, end) ranges, so the view renders highlights as React elements
 * and never as HTML.
 */

export const MARK_OPEN = '\u0001';
export const MARK_CLOSE = '\u0002';

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text`, in order, not overlapping. */
  highlights: [number, number][];
}

/** Text as it goes into the index: without the marker characters. */
export function cleanForIndex(text: string | null | undefined): string {
  return (text ?? '').replaceAll(MARK_OPEN, ' ').replaceAll(MARK_CLOSE, ' ');
}

export function readMarkedSnippet(marked: string): Snippet {
  let text = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) {
      if (open === -1) open = text.length;
    } else if (ch === MARK_CLOSE) {
      if (open !== -1 && text.length > open) {
        const last = highlights[highlights.length - 1];
        // Adjacent matches ("grain" "exports" of a phrase) read as one highlight.
        if (last && (last[1] === open || /^\s+$/.test(text.slice(last[1], open))))
          last[1] = text.length;
        else highlights.push([open, text.length]);
      }
      open = -1;
    } else {
      text += ch;
    }
  }
  if (open !== -1 && text.length > open) highlights.push([open, text.length]);
  return { text, highlights };
}

/** Splits snippet text into plain and highlighted pieces, for rendering. */
export function snippetPieces(snippet: Snippet): { text: string; hit: boolean }[] {
  const pieces: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > at) pieces.push({ text: snippet.text.slice(at, start), hit: false });
    pieces.push({ text: snippet.text.slice(start, end), hit: true });
    at = end;
  }
  if (at < snippet.text.length) pieces.push({ text: snippet.text.slice(at), hit: false });
  return pieces;
}
