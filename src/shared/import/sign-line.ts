/**
 * Reads the one-line "sign" many outlets print under the headline, naming outlet, date and
 * author in one line separated by "·", "|", "•", dashes or commas:
 *   "Capital Wire · 16 March 2026 · by Sofia Brandt"
 *   "Riverside Herald | 5 April 2026 | Amir Haddad"
 *   "By Sofia Brandt, Capital Wire, March 16, 2026"
 * Markdown leftovers around it ("*…*", "_…_") are ignored.
 */
import { looksLikePersonName } from './bylines';
import { dateOfDateline, findDates, isDatelineFiller, type FoundDate } from './dates';
import { DEFAULT_OUTLETS, findOutletByName, type OutletEntry } from './outlets';
import { countWords, withoutMarkup } from './text-units';

export interface SignLine {
  outlet: string | null;
  author: string | null;
  date: FoundDate | null;
  /** True when outlet and author were told apart only by their order on the line. */
  guessed: boolean;
}

/** Words that mark a name as a publication rather than a person. */
const OUTLET_WORDS =
  /\b(?:herald|wire|times|post|news|daily|journal|gazette|ledger|tribune|press|chronicle|observer|review|report|reporter|today|weekly|monthly|monitor|telegraph|courier|standard|mail|express|star|sun|guardian|independent|record|bulletin|dispatch|globe|insider|magazine|media|network|radio|tv|agency|online|digest|register|sentinel|examiner|inquirer|mirror|voice|world|wire|channel|broadcasting|newsroom|live)\b/iu;
/** Labels that may sit on a sign line without naming anyone (sections, reading time, time). */
const FILLER_PART =
  /^(?:opinion|analysis|news|exclusive|explainer|commentary|editorial|feature|interview|breaking|live|updated?|\d+\s*min(?:ute)?s?\s*(?:read)?|\d{1,2}:\d{2}(?:\s*(?:am|pm|[a-z]{2,4}t|gmt|utc))?)$/iu;
const BY_PREFIX = /^(?:by|written by|words by|reported by|story by|text by)\s+/iu;
const SEPARATOR = /\s*(?:[·|•]|\s[-–—]\s|,)\s*/u;
const DATE_TOKEN = '\u0000';

function isOutletLike(name: string, outlets: readonly OutletEntry[]): boolean {
  return (
    OUTLET_WORDS.test(name) ||
    /\.\p{L}{2,}$/u.test(name) ||
    /^\p{Lu}{2,6}$/u.test(name) ||
    findOutletByName(name, outlets) !== null
  );
}

/** A domain, or capitalized words as outlet names are written (allows "the", "of", "&"). */
function looksLikeName(text: string): boolean {
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(text)) return true;
  if (text.length < 2 || text.length > 60 || countWords(text) > 6 || /[\d@#/;!?:]/.test(text))
    return false;
  return (
    /^[\p{Lu}\p{N}]/u.test(text) &&
    text.split(/\s+/).every((word) => /^(?:[\p{Lu}\p{N}&]|of$|the$|and$|de$|la$|le$)/u.test(word))
  );
}

export function parseSignLine(line: string, outlets = DEFAULT_OUTLETS): SignLine | null {
  if (line.length > 160 || !/[·|•,]|\s[-–—]\s/u.test(line)) return null;
  const text = withoutMarkup(line);
  if (text.length > 140 || text.length < 8 || /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text)) return null;
  const dates = findDates(text);
  // Protect dates ("March 16, 2026") from being cut at their comma.
  let masked = text;
  for (const date of [...dates].reverse())
    masked = `${masked.slice(0, date.index)}${DATE_TOKEN}${masked.slice(date.index + date.length)}`;
  const parts = masked
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;

  let date: FoundDate | null = null;
  let author: string | null = null;
  const names: string[] = [];
  let dateIndex = 0;
  for (const part of parts) {
    if (part.includes(DATE_TOKEN)) {
      const found = dates[dateIndex++]!;
      const restored = part.replace(
        DATE_TOKEN,
        text.slice(found.index, found.index + found.length),
      );
      if (!dateOfDateline(restored)) return null;
      date ??= found;
      continue;
    }
    if (FILLER_PART.test(part) || isDatelineFiller(part)) continue;
    const by = BY_PREFIX.exec(part);
    if (by) {
      const name = part.slice(by[0].length).replace(/\.$/, '').trim();
      if (author !== null || !looksLikePersonName(name)) return null;
      author = name;
      continue;
    }
    if (!looksLikeName(part)) return null;
    names.push(part);
  }
  if (names.length > 2 || (date === null && author === null)) return null;

  let outlet: string | null = null;
  let guessed = false;
  if (author !== null) {
    if (names.length > 1) return null;
    outlet = names[0] ?? null;
  } else if (names.length === 2) {
    const [first, second] = names as [string, string];
    const firstIsOutlet = isOutletLike(first, outlets) || !looksLikePersonName(first);
    const secondIsOutlet = isOutletLike(second, outlets) || !looksLikePersonName(second);
    if (firstIsOutlet && secondIsOutlet && !looksLikePersonName(second)) return null;
    [outlet, author] = secondIsOutlet && !firstIsOutlet ? [second, first] : [first, second];
    guessed = firstIsOutlet === secondIsOutlet;
  } else if (names.length === 1) {
    // One name and a date: only an outlet when it says so ("Capital Wire", "example.com");
    // otherwise a place or a person without a "by" ("Port Aster · 14 March 2026"): just a dateline.
    if (isOutletLike(names[0]!, outlets)) outlet = names[0]!;
  } else {
    return null;
  }
  return { outlet, author, date, guessed };
}
