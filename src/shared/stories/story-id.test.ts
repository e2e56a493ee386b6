import { describe, expect, it } from 'vitest';
import { storyIdFor } from './story-id';

describe('storyIdFor', () => {
  it('depends on the members, not their order', () => {
    expect(storyIdFor(['b', 'a', 'c'])).toBe(storyIdFor(['c', 'b', 'a']));
  });

  it('differs for different members, including split boundaries', () => {
    expect(storyIdFor(['a', 'b'])).not.toBe(storyIdFor(['a', 'c']));
    expect(storyIdFor(['ab', 'c'])).not.toBe(storyIdFor(['a', 'bc']));
  });

  it('looks like a story id', () => {
    expect(storyIdFor(['x'])).toMatch(/^story-[0-9a-f]{16}$/);
  });
});
