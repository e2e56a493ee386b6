import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from './paragraphs';

const sentences = (body: string): string[] =>
  splitSentences(body, splitParagraphs(body), () => false).map((s) => body.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break after titles, initials or dotted abbreviations', () => {
    expect(
      sentences(
        'Sen. Ada Holm met Mr. J. R. Pike in the U.S. Capitol. Dr. Wu left at 5 p.m. on Friday.',
      ),
    ).toEqual([
      'Sen. Ada Holm met Mr. J. R. Pike in the U.S. Capitol.',
      'Dr. Wu left at 5 p.m. on Friday.',
    ]);
  });

  it('treats single line breaks and blank lines as paragraph breaks', () => {
    expect(splitParagraphs('One.\n\nTwo.\nThree.')).toHaveLength(3);
  });

  it('ends a sentence inside a quotation only at the closing mark', () => {
    const body = '“It works. It is cheap,” she said. Then he spoke.';
    const quote = { start: 1, end: 22 };
    const result = splitSentences(
      body,
      splitParagraphs(body),
      (i) => i > quote.start && i < quote.end,
    );
    expect(result.map((s) => body.slice(s.start, s.end))).toEqual([
      '“It works. It is cheap,” she said.',
      'Then he spoke.',
    ]);
  });
});
