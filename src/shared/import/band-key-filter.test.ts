import { describe, expect, it } from 'vitest';
import { BandKeyFilter } from './band-key-filter';

describe('BandKeyFilter', () => {
  const keys = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, n) => `${n % 32}:${prefix}${(n * 2654435761) >>> 0}`);

  it('never rules out a key it was given', () => {
    const filter = new BandKeyFilter(20_000);
    const added = keys('a', 20_000);
    for (const key of added) filter.add(key);
    expect(added.every((key) => filter.mightHave(key))).toBe(true);
  });

  it('rules out almost every key it was not given, at the size it was made for', () => {
    const filter = new BandKeyFilter(20_000);
    for (const key of keys('a', 20_000)) filter.add(key);
    const maybe = keys('b', 20_000).filter((key) => filter.mightHave(key)).length;
    expect(maybe / 20_000).toBeLessThan(0.03);
  });
});
