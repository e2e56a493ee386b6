import { describe, expect, it } from 'vitest';
import { anchorTextTarget, createTextTarget } from './text-quote';

const body = 'The mayor said the bridge would reopen in May. Critics said the bridge would not.';

describe('text targets', () => {
  it('records the exact passage with context on both sides', () => {
    const start = body.indexOf('the bridge would reopen');
    const target = createTextTarget(body, start, start + 'the bridge would reopen'.length);
    expect(target.quote.exact).toBe('the bridge would reopen');
    expect(target.quote.prefix.endsWith('The mayor said ')).toBe(true);
    expect(target.quote.suffix.startsWith(' in May.')).toBe(true);
  });

  it('finds the passage at its position when the text is unchanged', () => {
    const target = createTextTarget(body, 4, 9);
    expect(anchorTextTarget(body, target)).toEqual({ start: 4, end: 9 });
  });

  it('re-anchors by quote and context when text moved, choosing the occurrence with matching context', () => {
    const start = body.lastIndexOf('the bridge would');
    const target = createTextTarget(body, start, start + 'the bridge would'.length);
    const changed = 'Updated: ' + body;
    const anchored = anchorTextTarget(changed, target);
    expect(anchored).toEqual({
      start: changed.lastIndexOf('the bridge would'),
      end: changed.lastIndexOf('the bridge would') + 16,
    });
  });

  it('reports a passage that is gone instead of guessing', () => {
    const target = createTextTarget(body, 0, 9);
    expect(anchorTextTarget('An entirely different text.', target)).toBeNull();
  });

  it('refuses an empty or out-of-range passage', () => {
    expect(() => createTextTarget(body, 5, 5)).toThrow(RangeError);
    expect(() => createTextTarget(body, 0, body.length + 1)).toThrow(RangeError);
  });
});
