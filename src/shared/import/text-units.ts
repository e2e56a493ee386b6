/**
 * Splits decoded text into "units": one paragraph each, with offsets back into the text.
 * Saved web pages put one menu item or paragraph per line, so a line is a unit unless
 * its block looks hard-wrapped (e.g. e-mail or plain-text articles), in which case the
 * wrapped lines are joined with a space.
 */
import { rememberRecent } from '../text/remember-recent';
import { countWordsUpTo } from '../text/word-count';
import { startsLowerCase } from '../text/unit-class';

/** Words in any script: letters followed by letters, digits, apostrophes or hyphens. */
export { countWords, countWordsUpTo } from '../text/word-count';

/** One trimmed line of the original text. */
export interface TextPiece {
  text: string;
  /** Offset of `text` in the original. */
  start: number;
}

export interface TextUnit {
  index: number;
  /** Pieces joined by a single space. */
  text: string;
  pieces: TextPiece[];
  start: number;
  end: number;
  /** Which run of non-blank lines the unit came from, counted from 0. */
  block: number;
}

const BULLET_START = /^([-*•–]\s|\d{1,3}[.)]\s)/;

export function splitLines(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  const pushLine = (end: number): void => {
    const raw = text.slice(lineStart, end);
    const trimmedStart = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    pieces.push({ text: trimmed, start: lineStart + trimmedStart });
  };
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    pushLine(match.index);
    lineStart = match.index + match[0].length;
  }
  pushLine(text.length);
  return pieces;
}

/**
 * Hard-wrapped blocks have uniform mid-length lines; page dumps have ragged ones. Uniformity needs
 * two lines before the last to show, and no line runs past the width the others were wrapped at:
 * a headline over its dateline paragraph, or over a byline, is two units, not one wrapped
 * paragraph (two-line paragraphs still join when the second line continues a sentence).
 */
function isHardWrappedBlock(block: TextPiece[]): boolean {
  if (block.length < 3) return false;
  const innerLengths = block.slice(0, -1).map((piece) => piece.text.length);
  const shortest = Math.min(...innerLengths);
  const longest = Math.max(...innerLengths);
  if (shortest < 40 || longest > 110 || longest - shortest > 40) return false;
  if (block[block.length - 1]!.text.length > longest + 10) return false;
  return block.slice(1).every((piece) => !BULLET_START.test(piece.text));
}

function continuesPrevious(previous: TextPiece, next: TextPiece): boolean {
  return (
    previous.text.length >= 30 &&
    startsLowerCase(next.text) &&
    !/[.!?:;"”»]$/.test(previous.text) &&
    !BULLET_START.test(next.text)
  );
}

function makeUnit(index: number, pieces: TextPiece[], block: number): TextUnit {
  const last = pieces[pieces.length - 1]!;
  return {
    index,
    text: pieces.map((piece) => piece.text).join(' '),
    pieces,
    start: pieces[0]!.start,
    end: last.start + last.text.length,
    block,
  };
}

export function splitIntoUnits(text: string): TextUnit[] {
  const blocks: TextPiece[][] = [];
  let current: TextPiece[] = [];
  for (const line of splitLines(text)) {
    if (line.text === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);

  const units: TextUnit[] = [];
  blocks.forEach((block, blockIndex) => {
    const wrapped = isHardWrappedBlock(block);
    let group: TextPiece[] = [block[0]!];
    for (const piece of block.slice(1)) {
      const previous = group[group.length - 1]!;
      if (wrapped || continuesPrevious(previous, piece)) {
        group.push(piece);
      } else {
        units.push(makeUnit(units.length, group, blockIndex));
        group = [piece];
      }
    }
    units.push(makeUnit(units.length, group, blockIndex));
  });
  return units;
}

/**
 * A unit reads like a sentence of running text rather than a label or menu item. Several
 * detectors ask this of each line of a page, so recent answers are remembered.
 */
export const isProse: (text: string) => boolean = rememberRecent((text) => {
  const words = countWordsUpTo(text, 20);
  if (words >= 20) return true;
  return words >= 8 && /[.!?…](["'”’»)\]]*)(\s|$)/u.test(text);
});

/** Drops Markdown leftovers: link syntax ("[Email](mailto:)" → "Email") and emphasis around a whole line. */
export function withoutMarkup(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^([*_]{1,3})(?=\S)(.*\S)\1$/u, '$2')
    .trim();
}

/** Lower-case, unify quotes and dashes, drop punctuation: for comparing lines loosely. */
export function normalizeForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»„"]/g, '')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[^\p{L}\p{N}' -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
