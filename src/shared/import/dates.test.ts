import { describe, expect, it } from 'vitest';
import { dateOfDateline, findDates, isoDayFromMachineDate } from './dates';

describe('findDates', () => {
  it.each([
    ['14 May 2025 11:05', '2025-05-14'],
    ['Tuesday, March 3, 2026', '2026-03-03'],
    ['2026-02-20', '2026-02-20'],
    ['Feb. 20, 2026', '2026-02-20'],
    ['20.02.2026', '2026-02-20'],
    ['20/02/2026', '2026-02-20'],
    ['02/20/2026', '2026-02-20'],
    ['1st March 2025', '2025-03-01'],
    ['20 февраля 2026 г.', '2026-02-20'],
    ['le 3 mars 2025', '2025-03-03'],
    ['20 févr. 2026', '2026-02-20'],
    ['20. Februar 2026', '2026-02-20'],
    ['3. März 2025', '2025-03-03'],
    ['20 de febrero de 2026', '2026-02-20'],
    ['Fri, 20 Feb 2026 20:42:00 +0000', '2026-02-20'],
  ])('reads "%s"', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('rejects impossible dates and marks day/month ambiguity', () => {
    expect(findDates('31 February 2026')).toEqual([]);
    expect(findDates('03/04/2026')[0]).toMatchObject({ ambiguous: true });
  });
});

describe('dateOfDateline', () => {
  it('accepts lines that are only a date with labels and times', () => {
    expect(dateOfDateline('Published: 4 May 2025, 10:30 GMT')?.iso).toBe('2025-05-04');
    expect(dateOfDateline('Tuesday, March 3, 2026')?.iso).toBe('2026-03-03');
    expect(dateOfDateline('Published: 11 April 2025 | Updated: 12 April 2025')?.iso).toBe(
      '2025-04-11',
    );
  });

  it('rejects sentences that contain a date', () => {
    expect(dateOfDateline('The works began on 3 March 2024 after a long delay')).toBeNull();
  });
});

describe('isoDayFromMachineDate', () => {
  it('normalizes ISO, PDF and RFC dates', () => {
    expect(isoDayFromMachineDate('2025-03-14T07:30:00Z')).toBe('2025-03-14');
    expect(isoDayFromMachineDate("D:20250314073000+01'00'")).toBe('2025-03-14');
    expect(isoDayFromMachineDate('Fri, 14 Mar 2025 07:30:00 GMT')).toBe('2025-03-14');
    expect(isoDayFromMachineDate('yesterday')).toBeNull();
  });
});
