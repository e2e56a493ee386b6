import { describe, expect, it } from 'vitest';
import { segmentBody, splitParagraphs } from './segments';

describe('segmentBody', () => {
  const body = 'First paragraph here.\n\nSecond one, longer.';

  it('splits paragraphs on blank lines and keeps body offsets', () => {
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual([
      'First paragraph here.',
      'Second one, longer.',
    ]);
  });

  it('cuts overlapping highlights into runs that know every highlight covering them', () => {
    const [, second] = segmentBody(body, [
      { id: 'a', start: 23, end: 33 },
      { id: 'b', start: 30, end: 42 },
    ]);
    expect(second!.runs.map((r) => [r.text, r.highlightIds])).toEqual([
      ['Second ', ['a']],
      ['one', ['a', 'b']],
      [', longer.', ['b']],
    ]);
    expect(second!.runs.map((r) => r.text).join('')).toBe('Second one, longer.');
  });

  it('leaves paragraphs without highlights as one run', () => {
    const [first] = segmentBody(body, [{ id: 'a', start: 23, end: 30 }]);
    expect(first!.runs).toHaveLength(1);
    expect(first!.runs[0]!.highlightIds).toEqual([]);
  });
});
