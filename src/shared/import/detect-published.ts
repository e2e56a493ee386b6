/**
 * Finds the publication date. A dateline between the headline and the body is trusted;
 * a date in a weather/clock banner above the headline is only today's date when the page
 * was saved, so it is kept as a guessed fallback.
 */
import type { MetadataField } from '../domain';
import { parseByline } from './bylines';
import { dateOfDateline, findDates, isoDayFromMachineDate, type FoundDate } from './dates';
import type { PageContext, StatedValue } from './page-context';
import { parseSignLine } from './sign-line';
import type { TextUnit } from './text-units';

const PUBLISHED_LABEL =
  /^(?:published|posted|date|опубликовано|дата публикации|publié|veröffentlicht|publicado|pubblicato)\b/iu;
const UPDATED_LABEL =
  /^(?:updated|last updated|modified|обновлено|mis à jour|aktualisiert|actualizado)\b/iu;
const BANNER_NEIGHBOUR =
  /^(?:[-+−]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]|\d{1,2}:\d{2}.*|.*\b(?:weather|sunny|cloudy|rain|snow|clear|fog|humidity)\b.*)$/iu;

interface DateCandidate {
  date: FoundDate;
  rank: number;
  source: string;
  guessed: boolean;
}

function dateOnText(text: string): { date: FoundDate; updated: boolean } | null {
  const dateline = dateOfDateline(text);
  if (dateline) return { date: dateline, updated: UPDATED_LABEL.test(text) };
  if ((PUBLISHED_LABEL.test(text) || UPDATED_LABEL.test(text)) && text.length <= 120) {
    const [first] = findDates(text);
    if (first) return { date: first, updated: UPDATED_LABEL.test(text) };
  }
  const byline = parseByline(text);
  if (byline?.rest) {
    const [first] = findDates(byline.rest);
    if (first) return { date: first, updated: false };
  }
  const sign = parseSignLine(text);
  if (sign?.date) return { date: sign.date, updated: false };
  return null;
}

/**
 * Cells of a banner or meta line: "Wednesday 7 May 2025 | Brennhaven 13°C | High tide 09:47", or
 * a date set apart by a run of spaces.
 */
const CELL_SEPARATOR = /\s+[|•·]\s+|\s{3,}/u;
/** A banner cell with a temperature, a clock or the weather in it ("Brennhaven 13°C"). */
const BANNER_CELL =
  /\d\s*°\s*[CF]?|\b\d{1,2}:\d{2}\b|\b(?:weather|sunny|cloudy|rain|snow|clear|fog|humidity|tide)\b/iu;

/**
 * The date a line states, with `inBanner` when it shares the line with weather or clock cells
 * (a site banner, today's date when the page was saved).
 */
function dateOnLine(
  unit: TextUnit,
): { date: FoundDate; updated: boolean; inBanner: boolean } | null {
  const whole = dateOnText(unit.text);
  if (whole) return { ...whole, inBanner: false };
  // A unit can join lines of a page banner; each line, and each cell of a line, may be the date.
  const lines = unit.pieces.length > 1 ? unit.pieces.map((piece) => piece.text) : [];
  for (const line of lines) {
    const found = dateOnText(line);
    if (found) return { ...found, inBanner: false };
  }
  for (const line of unit.pieces.map((piece) => piece.text)) {
    const cells = line.split(CELL_SEPARATOR);
    if (cells.length < 2) continue;
    for (const cell of cells) {
      const found = dateOnText(cell);
      if (!found) continue;
      const inBanner = cells.some((other) => other !== cell && BANNER_CELL.test(other));
      return { ...found, inBanner };
    }
  }
  return null;
}

/** Dates above the headline sit among weather, clock and location labels in a site banner. */
function isInBanner(index: number, context: PageContext): boolean {
  const neighbours = context.units
    .slice(Math.max(0, index - 2), index + 3)
    .filter((unit) => unit.index !== index);
  return neighbours.some(
    (unit) =>
      unit.text.length <= 30 && BANNER_NEIGHBOUR.test(unit.text) && !/\d{4}/.test(unit.text),
  );
}

/**
 * Body units a date line may follow and still head the article: a standfirst, or a cookie notice
 * or section label the body selection took in, sit above the byline and its date.
 */
const HEAD_BODY_UNITS = 3;

function candidates(context: PageContext): DateCandidate[] {
  const found: DateCandidate[] = [];
  const headline = context.headlineUnit;
  const bodyEnd = context.lastBodyUnit ?? Number.POSITIVE_INFINITY;
  // Where the article proper starts: after the first few body units.
  const headBody = [...context.bodyUnits].sort((a, b) => a - b);
  const bodyStart = headBody[HEAD_BODY_UNITS] ?? Number.POSITIVE_INFINITY;
  for (const unit of context.units) {
    if (context.bodyUnits.has(unit.index)) continue;
    const onLine = dateOnLine(unit);
    if (!onLine) continue;
    const penalty = onLine.updated ? 1 : 0;
    const labelled = PUBLISHED_LABEL.test(unit.text);
    const { date } = onLine;
    if (unit.index > bodyEnd) {
      found.push({
        date,
        rank: labelled ? 9 : 4 - penalty,
        source: 'text:date-after-article',
        guessed: !labelled || date.ambiguous,
      });
    } else if (unit.index >= bodyStart) {
      continue;
    } else if (onLine.inBanner || isInBanner(unit.index, context)) {
      found.push({ date, rank: 1, source: 'text:page-banner', guessed: true });
    } else if (headline === null || unit.index > headline) {
      found.push({ date, rank: 10 - penalty, source: 'text:dateline', guessed: date.ambiguous });
    } else {
      found.push({
        date,
        rank: labelled ? 9 : 6 - penalty,
        source: 'text:date-above-headline',
        guessed: date.ambiguous,
      });
    }
  }
  return found;
}

export function detectPublished(
  context: PageContext,
  stated?: StatedValue,
): MetadataField<string | null> {
  const statedDay = stated ? isoDayFromMachineDate(stated.value) : null;
  if (stated && statedDay) return { value: statedDay, source: stated.source, guessed: false };
  const best = candidates(context).sort(
    (a, b) => b.rank - a.rank || a.date.index - b.date.index,
  )[0];
  if (!best) return { value: null, source: 'none', guessed: false };
  return { value: best.date.iso, source: best.source, guessed: best.guessed };
}
