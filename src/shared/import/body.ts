/**
 * Chooses which units form the article body and assembles it with an offset map.
 * The body runs from the first paragraph of running text to the last one before a footer;
 * inside that range every unit is kept unless it is chrome, so subheadings survive and no
 * sentence of the article is cut.
 */
import type { OffsetSegment } from '../domain';
import { APPEARED_FIRST_TRAILER, classifyChrome } from './chrome-patterns';
import { parseByline } from './bylines';
import { dateOfDateline } from './dates';
import { isStandfirst, repeatsHeadline } from './headline';
import { parseSignLine } from './sign-line';
import { countWords, isProse, type TextUnit } from './text-units';

export interface BodyOptions {
  headline: string | null;
  /** Offsets in the original of the region an extractor (e.g. Readability) judged to be the article. */
  focus?: { start: number; end: number } | null;
  /** Aggregator pages keep "appeared first on" credits: they tell which outlet wrote each snippet. */
  keepSourceCredits?: boolean;
  /** The unit the title was taken from, when it is in the text: a standfirst under it is kept. */
  headlineUnit?: number | null;
}

export interface BodySelection {
  body: string;
  bodyMap: OffsetSegment[];
  /** Indexes of the units kept in the body, in order. */
  unitIndexes: number[];
}

type UnitRole = 'footer' | 'soft-footer' | 'drop' | 'prose' | 'short';

function roleOf(unit: TextUnit, headline: string | null): UnitRole {
  const chrome = classifyChrome(unit.text);
  if (chrome === 'footer' || chrome === 'soft-footer') return chrome;
  if (chrome === 'chrome') return 'drop';
  if (headline && repeatsHeadline(unit.text, headline)) return 'drop';
  if (dateOfDateline(unit.text) || parseByline(unit.text) || parseSignLine(unit.text))
    return 'drop';
  return isProse(unit.text) ? 'prose' : 'short';
}

/** "2. Government and teachers strike deal to avert March walkout": an entry in a list of stories. */
const isListedHeadline = (text: string): boolean =>
  /^\d{1,2}[.)]\s/u.test(text) && !/[.!?]["”’]?$/u.test(text);

/** After a "Related news" style heading, only substantial running text means the article resumed. */
function resumesArticle(index: number, units: TextUnit[], roles: UnitRole[]): boolean {
  if (roles[index] !== 'prose' || isListedHeadline(units[index]!.text)) return false;
  return countWords(units[index]!.text) >= 40 || roles[index + 1] === 'prose';
}

/**
 * Units between the headline and the first paragraph that are the article's standfirst; the
 * byline and date lines among them are passed over, anything else ends the search.
 */
function standfirstUnits(
  start: number,
  headlineUnit: number,
  units: TextUnit[],
  roles: UnitRole[],
  eligible: (unit: TextUnit) => boolean,
): number[] {
  const found: number[] = [];
  for (let i = start - 1; i > headlineUnit; i--) {
    if (!eligible(units[i]!)) break;
    if (roles[i] === 'drop') continue;
    if (roles[i] !== 'short' || isListedHeadline(units[i]!.text) || !isStandfirst(units[i]!.text))
      break;
    found.unshift(i);
  }
  return found;
}

function pickUnits(
  units: TextUnit[],
  roles: UnitRole[],
  eligible: (unit: TextUnit) => boolean,
  headlineUnit: number | null,
): number[] {
  const start = units.findIndex((unit, i) => eligible(unit) && roles[i] === 'prose');
  if (start === -1) {
    // No running text at all (a list, a note): keep everything that is not chrome.
    return units
      .filter((unit, i) => eligible(unit) && (roles[i] === 'short' || roles[i] === 'prose'))
      .map((u) => u.index);
  }
  const kept: number[] =
    headlineUnit !== null && headlineUnit < start
      ? standfirstUnits(start, headlineUnit, units, roles, eligible)
      : [];
  let paused = false;
  for (let i = start; i < units.length; i++) {
    const unit = units[i]!;
    if (!eligible(unit)) continue;
    const role = roles[i]!;
    if (role === 'footer') break;
    if (role === 'soft-footer') {
      paused = true;
      continue;
    }
    if (paused && !resumesArticle(i, units, roles)) continue;
    paused = false;
    if (role === 'prose' || role === 'short') kept.push(i);
  }
  // Labels after the last paragraph (sign-offs, section names) are not article text.
  while (kept.length > 0 && roles[kept[kept.length - 1]!] !== 'prose') kept.pop();
  return kept;
}

interface UnitText {
  text: string;
  segments: OffsetSegment[];
}

/** The unit's text with segments relative to the unit, cut to `length` characters. */
function unitText(unit: TextUnit, length = unit.text.length): UnitText {
  const segments: OffsetSegment[] = [];
  let offset = 0;
  for (const piece of unit.pieces) {
    const usable = Math.min(piece.text.length, length - offset);
    if (usable > 0)
      segments.push({ bodyStart: offset, originalStart: piece.start, length: usable });
    offset += piece.text.length + 1;
  }
  return { text: unit.text.slice(0, length), segments };
}

function withoutSourceCredit(unit: TextUnit): UnitText {
  // The trailer's own words first: almost no paragraph has them, and the pattern is slow.
  const credit = unit.text.includes(' appeared first on ')
    ? APPEARED_FIRST_TRAILER.exec(unit.text)
    : null;
  return credit ? unitText(unit, credit.index) : unitText(unit);
}

export function selectBody(units: TextUnit[], options: BodyOptions): BodySelection {
  const roles = units.map((unit) => roleOf(unit, options.headline));
  const focus = options.focus;
  const inFocus = (unit: TextUnit): boolean =>
    !focus || (unit.end > focus.start && unit.start < focus.end);
  const headlineUnit = options.headlineUnit ?? null;
  let unitIndexes = pickUnits(units, roles, inFocus, headlineUnit);
  if (unitIndexes.length === 0 && focus)
    unitIndexes = pickUnits(units, roles, () => true, headlineUnit);

  let body = '';
  const bodyMap: OffsetSegment[] = [];
  const keptIndexes: number[] = [];
  for (const index of unitIndexes) {
    const unit = units[index]!;
    const { text, segments } = options.keepSourceCredits
      ? unitText(unit)
      : withoutSourceCredit(unit);
    if (text.trim() === '') continue;
    if (body !== '') body += '\n\n';
    for (const segment of segments)
      bodyMap.push({ ...segment, bodyStart: body.length + segment.bodyStart });
    body += text;
    keptIndexes.push(index);
  }
  return { body, bodyMap, unitIndexes: keptIndexes };
}
