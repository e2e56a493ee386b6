import { describe, expect, it } from 'vitest';
import { leadOf } from './lead';

describe('leadOf', () => {
  it('takes the first two sentences of the first real paragraph', () => {
    const body =
      'Short.\n\nThe council met on Tuesday. It voted 5 to 4. The mayor left early.\n\nMore text.';
    expect(leadOf(body)).toBe('The council met on Tuesday. It voted 5 to 4.');
  });

  it('does not cut inside quotes ending a sentence', () => {
    const body =
      'The minister said: “We will decide in May.” Critics disagreed with the timing. Later news.';
    expect(leadOf(body)).toBe(
      'The minister said: “We will decide in May.” Critics disagreed with the timing.',
    );
  });
});
