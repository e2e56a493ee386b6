/**
 * Headlines: "Graham Says Trump Could Back Clean Energy" is in title case, so capitalised
 * verbs are verbs there; "Pence: Debate Will Go Ahead" names its source before a colon.
 * Only the first paragraph of a body is taken for a headline.
 */

import type { TextRange } from './paragraphs';
import type { PersonMention } from './mentions';
import type { SpeakerMatch } from './speaker-phrase';
import { GROUP_HEADS } from './lexicon';
import { startsLowerCase } from '../text/unit-class';

const SMALL_WORDS = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|is|vs)$/i;

/** True when a one-line paragraph is set in title case. */
export function isTitleCase(body: string, paragraph: TextRange): boolean {
  const text = body.slice(paragraph.start, paragraph.end);
  if (text.length > 160 || /\n/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^[“"‘']?\p{Lu}/u.test(w)).length;
  const lower = words.filter((w) => startsLowerCase(w) && !SMALL_WORDS.test(w)).length;
  return words.length >= 4 && lower === 0 && capitalised >= words.length * 0.6;
}

export interface HeadlineSource {
  speaker: SpeakerMatch;
  contentStart: number;
  contentEnd: number;
  colon: number;
}

/** "Pence: Flowers Won’t Be at Debate": a short source, a colon, then the statement. */
export function headlineSource(
  body: string,
  paragraph: TextRange,
  mentions: PersonMention[],
): HeadlineSource | null {
  const text = body.slice(paragraph.start, paragraph.end);
  const match = /^([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}):\s+(?=["“‘'\p{Lu}])/u.exec(
    text,
  );
  if (!match || text.length > 200) return null;
  const source = match[1];
  const words = source.split(/\s+/);
  const start = paragraph.start;
  const end = start + source.length;
  const person = mentions.find((m) => m.start >= start && m.end <= end);
  const head = words[words.length - 1].toLowerCase();
  if (!(words.length === 1 || person || GROUP_HEADS.has(head)) || /^(?:the|a|an)$/i.test(words[0]))
    return null;
  const contentStart = start + match[0].length;
  let contentEnd = paragraph.end;
  while (contentEnd > contentStart && /[\s.]/.test(body[contentEnd - 1])) contentEnd--;
  const isPerson = Boolean(person) || (words.length === 1 && !GROUP_HEADS.has(head));
  return {
    speaker: {
      kind: GROUP_HEADS.has(head) && !person ? 'group' : 'name',
      start,
      end,
      text: source,
      name: person?.name ?? source,
      role: null,
      gender: person?.gender ?? 'unknown',
      isPerson,
      fullStart: start,
      fullEnd: end,
      phraseStart: start,
      phraseEnd: end,
    },
    contentStart,
    contentEnd,
    colon: end,
  };
}
