/**
 * Pairs quotation marks into quoted spans, paragraph by paragraph.
 * Handles curly and straight double marks, the doubled apostrophe some archives
 * use (''like this''), top-level single quotes, and quotes that run over several
 * paragraphs (a paragraph left open continues in the next one that opens with a mark).
 */

import type { TextRange } from './paragraphs';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Content without the marks. */
  start: number;
  end: number;
  /** Offset just after the closing mark (or the content end when left open). */
  close: number;
  closed: boolean;
  paragraph: number;
  /** Index (in the returned list) of the span this one continues from the previous paragraph, or -1. */
  continues: number;
}

const OPEN_ONLY = new Set(['“', '„', '«']);
const CLOSE_ONLY = new Set(['”', '»']);
const STRAIGHT = '"';

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

/** Every character doubleMarkLength can read as (part of) a double mark. */
const DOUBLE_MARK_CHARACTER = /["“„«”»'’‘]/g;

/** Reads a double quotation mark at i; returns its length (0 when none). */
function doubleMarkLength(text: string, i: number): number {
  const ch = text[i];
  if (ch === STRAIGHT || OPEN_ONLY.has(ch) || CLOSE_ONLY.has(ch)) return 1;
  if (
    (ch === "'" || ch === '’' || ch === '‘') &&
    (text[i + 1] === "'" || text[i + 1] === '’' || text[i + 1] === '‘')
  )
    return 2;
  return 0;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Finds single-quoted spans ('like this' or ‘like this’) outside double quotes. */
function singleQuoteSpans(
  body: string,
  from: number,
  to: number,
  paragraph: number,
  blocked: (i: number) => boolean,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = from; i < to; i++) {
    const ch = body[i];
    if ((ch !== '‘' && ch !== "'") || blocked(i)) continue;
    const before = body[i - 1];
    if (i > from && !isSpace(before) && !'([—–-'.includes(before)) continue;
    if (!/\p{L}/u.test(body[i + 1] ?? '')) continue;
    for (let j = i + 2; j < to; j++) {
      const c = body[j];
      if (c === '\n' || blocked(j)) break;
      if (
        (c === '’' || c === "'") &&
        /[\p{L}\p{N}.,!?…]/u.test(body[j - 1]) &&
        (j + 1 >= to || /[\s,.;:!?)\]—–-]/.test(body[j + 1]))
      ) {
        // "officials’ views": a possessive, not a closing mark, when a letter-s precedes and a word follows.
        if (
          body[j - 1] === 's' &&
          /\s\p{Ll}/u.test(body.slice(j + 1, j + 3)) &&
          c === '’' &&
          ch === "'"
        )
          continue;
        const content = body.slice(i + 1, j);
        if (wordCount(content) >= 3) {
          spans.push({
            open: i,
            start: i + 1,
            end: j,
            close: j + 1,
            closed: true,
            paragraph,
            continues: -1,
          });
          i = j;
        }
        break;
      }
    }
  }
  return spans;
}

function trimmedEnd(body: string, start: number, end: number): number {
  while (end > start && isSpace(body[end - 1])) end--;
  return end;
}

export function pairQuoteMarks(body: string, paragraphs: TextRange[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openFromPrevious = -1;
  paragraphs.forEach((para, paragraph) => {
    const local: QuoteSpan[] = [];
    let openAt = -1;
    let openLen = 0;
    let continues = -1;
    for (let i = para.start; i < para.end; i++) {
      // Jump to the next character that can be part of a double mark.
      DOUBLE_MARK_CHARACTER.lastIndex = i;
      const next = DOUBLE_MARK_CHARACTER.exec(body);
      if (!next || next.index >= para.end) break;
      i = next.index;
      const len = doubleMarkLength(body, i);
      if (len === 0) continue;
      const ch = body[i];
      const before = body[i - 1];
      const after = body[i + len];
      if (openAt < 0) {
        // A closing-only mark or a mark followed by a space cannot open a quote.
        if (CLOSE_ONLY.has(ch) || isSpace(after)) {
          i += len - 1;
          continue;
        }
        // Inch and second marks: 5'10" or 30" after a digit.
        if (ch === STRAIGHT && /\d/.test(before ?? '') && i > para.start) {
          i += len - 1;
          continue;
        }
        openAt = i;
        openLen = len;
        continues = i === para.start && openFromPrevious >= 0 ? openFromPrevious : -1;
        i += len - 1;
        continue;
      }
      // A new opening mark (a curly opener, or a straight mark that looks like one) while a quote
      // is open: the earlier quote was never closed.
      if (OPEN_ONLY.has(ch) || (isSpace(before) && !isSpace(after) && !CLOSE_ONLY.has(ch))) {
        local.push({
          open: openAt,
          start: openAt + openLen,
          end: trimmedEnd(body, openAt + openLen, i),
          close: i,
          closed: false,
          paragraph,
          continues,
        });
        openAt = i;
        openLen = len;
        continues = -1;
        i += len - 1;
        continue;
      }
      local.push({
        open: openAt,
        start: openAt + openLen,
        end: i,
        close: i + len,
        closed: true,
        paragraph,
        continues,
      });
      openAt = -1;
      i += len - 1;
    }
    openFromPrevious = -1;
    if (openAt >= 0) {
      const end = trimmedEnd(body, openAt + openLen, para.end);
      local.push({
        open: openAt,
        start: openAt + openLen,
        end,
        close: end,
        closed: false,
        paragraph,
        continues,
      });
      openFromPrevious = spans.length + local.length - 1;
    }
    const blocked = (i: number): boolean => local.some((s) => i >= s.open && i < s.close);
    const singles =
      local.length === 0 ? singleQuoteSpans(body, para.start, para.end, paragraph, blocked) : [];
    spans.push(...[...local, ...singles].sort((a, b) => a.start - b.start));
  });
  // A continuation link is only valid when the later paragraph starts with its opening mark.
  return spans.map((span) =>
    span.continues >= 0 && paragraphs[span.paragraph].start !== span.open
      ? { ...span, continues: -1 }
      : span,
  );
}
