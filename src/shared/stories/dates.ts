import { monthNumber } from '../import/dates';

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date, or null when missing or malformed. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null;
}

/**
 * When an article was published, as far as its text tells: a day number when the year is known,
 * else only the day of the year (0–365), as wire datelines give it ("LIMA, Feb 17 (Wire) -").
 */
export interface ArticleDay {
  day: number;
  yearKnown: boolean;
}

/**
 * A wire dateline opening the body: a place in capitals, optionally a region or country, then
 * month and day, then the agency in brackets or a dash. Wire copy leaves the year out.
 */
const WIRE_DATELINE =
  /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},(?:\s*[^,()\n]{1,40},)?\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\s*(?:\(|[-–—])/u;

/** Day of a year (0-based, as in a leap year so 29 February has a place) of a month and day. */
const dayOfYear = (month: number, day: number): number =>
  Math.round((Date.UTC(2024, month - 1, day) - Date.UTC(2024, 0, 1)) / 86_400_000);

/** The publication day: the stated date, else the month and day of a wire dateline. */
export function articleDay(published: string | null, body: string): ArticleDay | null {
  const day = dayNumber(published);
  if (day !== null) return { day, yearKnown: true };
  const match = WIRE_DATELINE.exec(body.slice(0, 200));
  if (!match) return null;
  const month = monthNumber(match[1])!;
  const date = Number(match[2]);
  if (date < 1 || date > 31) return null;
  return { day: dayOfYear(month, date), yearKnown: false };
}

/**
 * Days between two publications, or null when either is unknown. A dateline without a year is
 * taken to be in whichever year brings it nearest: wire copy is dated in the current year.
 */
export function dayGap(a: ArticleDay | null, b: ArticleDay | null): number | null {
  if (a === null || b === null) return null;
  if (a.yearKnown && b.yearKnown) return Math.abs(a.day - b.day);
  const gap = Math.abs(yearDay(a) - yearDay(b));
  return Math.min(gap, 366 - gap);
}

function yearDay(d: ArticleDay): number {
  if (!d.yearKnown) return d.day;
  const date = new Date(d.day * 86_400_000);
  return dayOfYear(date.getUTCMonth() + 1, date.getUTCDate());
}
