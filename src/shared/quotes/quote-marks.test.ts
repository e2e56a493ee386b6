import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs';
import { pairQuoteMarks } from './quote-marks';

const contents = (body: string): string[] =>
  pairQuoteMarks(body, splitParagraphs(body)).map((s) => body.slice(s.start, s.end));

describe('pairQuoteMarks', () => {
  it('pairs curly marks and gives content offsets without the marks', () => {
    const body = 'She said: “The river is rising.” Then she left.';
    const [span] = pairQuoteMarks(body, splitParagraphs(body));
    expect(body.slice(span.start, span.end)).toBe('The river is rising.');
    expect(body[span.open]).toBe('“');
    expect(span.closed).toBe(true);
  });

  it('pairs straight marks, doubled apostrophes and ignores inch marks', () => {
    expect(contents('"We will build it," he said of the 6" pipe.')).toEqual(['We will build it,']);
    expect(contents("''It is a tax rise,'' Mr. Vance said.")).toEqual(['It is a tax rise,']);
  });

  it('finds top-level single quotes of three or more words but not apostrophes', () => {
    expect(contents('‘We are exhausted and tired,’ said the union’s secretary.')).toEqual([
      'We are exhausted and tired,',
    ]);
    expect(contents('The union’s members don’t agree.')).toEqual([]);
  });

  it('links a quote left open at the end of a paragraph to the next paragraph that opens with a mark', () => {
    const body =
      '“I grew up here,” Hale said. “I know what it means.\n\n“We looked at every option.”';
    const spans = pairQuoteMarks(body, splitParagraphs(body));
    expect(spans).toHaveLength(3);
    expect(spans[1].closed).toBe(false);
    expect(spans[2].continues).toBe(1);
    expect(body.slice(spans[2].start, spans[2].end)).toBe('We looked at every option.');
  });
});
