import { describe, expect, it } from 'vitest';
import { articleDay, dayGap, dayNumber } from './dates';

describe('articleDay', () => {
  it('prefers the stated date', () => {
    expect(articleDay('2025-05-09', 'LIMA, Feb 17 (Wire) - text')).toEqual({
      day: dayNumber('2025-05-09'),
      yearKnown: true,
    });
  });

  it('reads month and day from a wire dateline when no date is stated', () => {
    const brief = articleDay(null, 'BRENNHAVEN, Corvenia, May 9 (CPA) - Prosecutors charged…');
    expect(brief).toEqual({ day: 129, yearKnown: false });
    expect(articleDay(null, 'NEW DELHI, Sept 18 — India will…')?.day).toBe(261);
    expect(articleDay(null, 'THE HAGUE, June 12 (PCP) — The Dutch…')?.day).toBe(163);
  });

  it('finds no date in ordinary prose', () => {
    expect(articleDay(null, 'On May 9 prosecutors charged a port official.')).toBeNull();
    expect(articleDay(null, 'The mayor, Lisbeth Aune, was charged in May.')).toBeNull();
  });
});

describe('dayGap', () => {
  const known = (iso: string) => articleDay(iso, '');
  const wire = (body: string) => articleDay(null, body);

  it('counts days between stated dates', () => {
    expect(dayGap(known('2025-04-10'), known('2025-07-24'))).toBe(105);
    expect(dayGap(known('2025-04-10'), null)).toBeNull();
  });

  it('places a dateline without a year in the nearest year', () => {
    expect(dayGap(wire('CASTREL, April 10 (CPA) - x'), known('2025-07-24'))).toBe(105);
    expect(dayGap(wire('CASTREL, Dec 30 (CPA) - x'), known('2026-01-02'))).toBe(3);
    expect(dayGap(wire('CASTREL, Dec 30 (CPA) - x'), wire('OSLO, Jan 2 (CPA) - y'))).toBe(3);
  });
});
