/**
 * Picks the headline among the text units. Pages repeat their headline (heading, image
 * alt text, breadcrumb, share card), so a repeated headline-like line wins; otherwise the
 * headline is the last headline-like line before the first paragraph of running text.
 */
import { classifyChrome } from './chrome-patterns';
import { parseByline } from './bylines';
import { dateOfDateline } from './dates';
import { parseSignLine } from './sign-line';
import { rememberRecent } from '../text/remember-recent';
import { countWords, isProse, normalizeForComparison, type TextUnit } from './text-units';

export interface HeadlineChoice {
  text: string;
  unitIndex: number;
  source: string;
}

const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
  ['‘', '’'],
  ["'", "'"],
  ['「', '」'],
];

/** Removes quotation marks that wrap the whole headline. */
export function stripWrappingQuotes(text: string): string {
  const trimmed = text.trim();
  for (const [open, close] of QUOTE_PAIRS) {
    if (trimmed.length > 2 && trimmed.startsWith(open) && trimmed.endsWith(close)) {
      const inner = trimmed.slice(open.length, -close.length);
      // Keep quotes when they are two quotations, not one wrapped headline: “X” says “Y”.
      if (!inner.includes(close) && !inner.includes(open)) return inner.trim();
    }
  }
  return trimmed;
}

/** "Jane Doe, Transport Correspondent", "Harbour Times staff", "Markets desk": who wrote it. */
const CREDIT_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*,\s*(.{3,50})$/u;
const CREDIT_ROLE =
  /^(?:[\p{L}-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|contributor)$/iu;
const CREDIT_DESK = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:staff|desk|newsroom|reporters)$/u;

function isCreditLine(text: string): boolean {
  const role = CREDIT_NAME.exec(text)?.[1];
  return (role !== undefined && CREDIT_ROLE.test(role)) || CREDIT_DESK.test(text);
}

export function isHeadlineLike(text: string): boolean {
  const words = countWords(text);
  if (words < 3 || words > 30 || text.length > 250) return false;
  if (/https?:\/\/|www\./i.test(text) || /^[-*•–]\s/.test(text)) return false;
  if (classifyChrome(text) !== null || dateOfDateline(text) || parseByline(text)) return false;
  if (parseSignLine(text)) return false;
  // A credit line in cells, one of them the date: "Markets desk | 17.04.2025".
  const cells = text.split(/\s+[|·•]\s+/u);
  if (cells.length >= 2 && cells.some((cell) => dateOfDateline(cell))) return false;
  if (isCreditLine(text)) return false;
  // A byline parseByline cannot read for a name: "By Jane Doe at the stadium", "By our correspondent".
  if (/^By\s+(?:our\s+)?\p{Lu}/u.test(text) || /^By\s+our\s/u.test(text)) return false;
  // Headlines rarely end in a full stop; sentences of running text do.
  return !/\.$/.test(stripWrappingQuotes(text)) || /\.\.\.$|…$/.test(text);
}

/**
 * A standfirst: the summary sentence under a headline, often without a full stop, so too short to
 * count as running text. Written in sentence case, unlike a Title Case kicker or section label.
 */
export function isStandfirst(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  if (words.length < 8 || /:$/u.test(text)) return false;
  const lowerInitial = words.filter((word) => /^[("'“‘]?\p{Ll}/u.test(word)).length;
  return lowerInitial / words.length >= 0.4;
}

/** A banner of cells split by bars, dots or wide gaps: "Economics  ·  Issue of 22 February". */
const isCellRow = (text: string): boolean =>
  text.split(/\s{2,}|\t|\s[|·•]\s/u).filter((cell) => cell.trim() !== '').length >= 2;

/**
 * Each page compares every short line with each headline candidate and again with the chosen
 * headline: remember the normalized lines rather than normalize them again.
 */
const comparable = rememberRecent((text: string): string =>
  normalizeForComparison(stripWrappingQuotes(text)),
);

/** How often the headline text appears: as its own line, or as the last crumb of a breadcrumb. */
function countMentions(candidate: string, units: TextUnit[]): number {
  const key = comparable(candidate);
  return units.filter((unit) => {
    if (unit.text.length > 2 * candidate.length + 200) return false;
    const other = comparable(unit.text);
    return other === key || (other.endsWith(` ${key}`) && other.length <= key.length + 60);
  }).length;
}

export function firstProseIndex(units: TextUnit[]): number {
  const index = units.findIndex((unit) => isProse(unit.text) && classifyChrome(unit.text) === null);
  return index === -1 ? units.length : index;
}

export function chooseHeadline(
  units: TextUnit[],
  proseStart = firstProseIndex(units),
): HeadlineChoice | null {
  const beforeBody = units.slice(0, proseStart).filter((unit) => isHeadlineLike(unit.text));
  const repeated = beforeBody
    .filter((unit) => countMentions(unit.text, units) >= 2)
    .sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  if (repeated[0]) {
    return {
      text: stripWrappingQuotes(repeated[0].text),
      unitIndex: repeated[0].index,
      source: 'text:repeated-headline',
    };
  }
  // The page's header lines around the headline (masthead and section, kicker, timestamp, byline,
  // subheading over a list) are labels of a few words; the headline says what happened, so the
  // longest line wins. Banners made of cells (date and weather, tickers, "Section · Issue") are
  // never the headline, however long, and neither is a line run together with the site's menu
  // (a travel alert or breaking-news ticker under the navigation bar).
  const menuBlocks = new Set(
    units
      .slice(0, proseStart)
      .filter((unit) => isCellRow(unit.text))
      .map((unit) => unit.block),
  );
  let lines = beforeBody.filter((unit) => !isCellRow(unit.text) && !menuBlocks.has(unit.block));
  if (lines.length === 0) lines = beforeBody.filter((unit) => !isCellRow(unit.text));
  const candidates = lines.length > 0 ? lines : beforeBody;
  let nearest: TextUnit | undefined;
  for (const unit of candidates)
    if (!nearest || countWords(unit.text) >= countWords(nearest.text)) nearest = unit;
  // The longest line can be the standfirst under the headline ("Work on the harbour will run
  // into next year, officials say"): then the shorter line right above it is the headline.
  const longest = nearest;
  const above = longest && candidates.find((unit) => unit.index === longest.index - 1);
  if (nearest && above && countWords(nearest.text) >= 12 && isStandfirst(nearest.text)) {
    const words = countWords(above.text);
    if (words >= 5 && words < countWords(nearest.text) && !/\s[-–—|]\s/u.test(above.text))
      nearest = above;
  }
  if (nearest)
    return {
      text: stripWrappingQuotes(nearest.text),
      unitIndex: nearest.index,
      source: 'text:headline-line',
    };
  const anywhere = units.find((unit) => isHeadlineLike(unit.text));
  return anywhere
    ? {
        text: stripWrappingQuotes(anywhere.text),
        unitIndex: anywhere.index,
        source: 'text:first-headline-like-line',
      }
    : null;
}

/** Where a headline stated elsewhere (HTML meta, Markdown heading) appears in the text, if at all. */
export function locateHeadline(title: string, units: TextUnit[]): number | null {
  const key = comparable(title);
  const unit = units.find((candidate) => comparable(candidate.text) === key);
  return unit ? unit.index : null;
}

/** A line that repeats the headline or a leading part of it (image captions, alt text, breadcrumbs). */
export function repeatsHeadline(text: string, headline: string): boolean {
  // A repeat is the headline itself or a caption/breadcrumb at most 60 characters longer.
  if (text.length > 2 * headline.length + 200) return false;
  const line = comparable(text);
  const key = comparable(headline);
  if (line === '' || key === '') return false;
  if (line === key) return true;
  if (isProse(text)) return false;
  const lineWords = line.split(' ').length;
  if (lineWords >= 4 && key.startsWith(`${line} `)) return true;
  return line.endsWith(` ${key}`) && line.length <= key.length + 60;
}
