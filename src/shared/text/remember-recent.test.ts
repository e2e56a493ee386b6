import { describe, expect, it } from 'vitest';
import { rememberRecent } from './remember-recent';

describe('rememberRecent', () => {
  it('computes each key once while it is remembered, null answers included', () => {
    const asked: string[] = [];
    const lookup = rememberRecent((key) => {
      asked.push(key);
      return key === 'none' ? null : key.length;
    }, 10);
    expect([lookup('abc'), lookup('abc'), lookup('none'), lookup('none')]).toEqual([
      3,
      3,
      null,
      null,
    ]);
    expect(asked).toEqual(['abc', 'none']);
  });

  it('forgets everything once the limit is reached, and still answers correctly', () => {
    const asked: string[] = [];
    const lookup = rememberRecent((key) => {
      asked.push(key);
      return key.toUpperCase();
    }, 2);
    lookup('a');
    lookup('b');
    expect(lookup('c')).toBe('C');
    expect(lookup('a')).toBe('A');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
