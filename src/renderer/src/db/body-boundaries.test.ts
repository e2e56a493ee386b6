import { describe, expect, it } from 'vitest';
import { bodyFromOriginal } from './body-boundaries';

describe('bodyFromOriginal', () => {
  it('takes the chosen span, trimmed, and maps it back to the original', () => {
    const original = 'MENU\nSearch\n\n  The council met.\n\nIt voted.  \nShare this';
    const start = original.indexOf('  The');
    const end = original.indexOf('Share');
    const { body, bodyMap } = bodyFromOriginal(original, start, end);
    expect(body).toBe('The council met.\n\nIt voted.');
    expect(bodyMap).toEqual([
      { bodyStart: 0, originalStart: original.indexOf('The council'), length: body.length },
    ]);
  });
});
