/**
 * Finds the outlet that published the page from what the page says about itself:
 * copyright and reprint lines, "appeared first on", comment notices, "About X" boxes,
 * staff-writer lines, sign-offs under the byline, a stated site name or the URL's domain.
 * Mentions inside the article body ("…, Reuters reports") never count.
 */
import type { MetadataField } from '../domain';
import { classifyChrome, NEWSROOM_SELF_DESCRIPTION } from './chrome-patterns';
import { outletOfRoleLine, parseAuthorBlurb, parseByline } from './bylines';
import { dateOfDateline } from './dates';
import { findOutletByName, findOutletByUrl, hostnameOf, type OutletEntry } from './outlets';
import type { PageContext, StatedValue } from './page-context';
import { parseSignLine } from './sign-line';
import { countWords, isProse } from './text-units';

interface Candidate {
  name: string;
  source: string;
  weight: number;
  /** The page names it as its publisher, rather than us inferring it. */
  stated: boolean;
}

const NAME = String.raw`([\p{L}\p{N}][\p{L}\p{N}&'’.\- ]{0,58}?[\p{L}\p{N}])`;
const YEARS = String.raw`(?:\d{4}(?:\s*[-–]\s*\d{4})?)`;

const TEXT_PATTERNS: ReadonlyArray<{
  regex: RegExp;
  source: string;
  weight: number;
  chromeOnly: boolean;
}> = [
  {
    regex: new RegExp(
      `^${NAME}\\s*(?:©|\\(c\\)|copyright)\\s*${YEARS}?[\\s.,]*(?:all rights reserved[\\s.]*)?$`,
      'iu',
    ),
    source: 'text:copyright-line',
    weight: 4,
    chromeOnly: true,
  },
  {
    regex: new RegExp(
      `(?:©|\\(c\\)|copyright)\\s*${YEARS}?\\s*,?\\s*${NAME}(?=\\s*(?:[.,|;]|all rights|$))`,
      'iu',
    ),
    source: 'text:copyright-line',
    weight: 4,
    chromeOnly: true,
  },
  {
    regex:
      /\b(?:hyperlink|active link|link|reference)\s+to\s+(?:the\s+)?(?:website\s+|site\s+)?([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}])\s*\.?$/iu,
    source: 'text:reprint-notice',
    weight: 3,
    chromeOnly: true,
  },
  {
    regex: new RegExp(
      `comments posted here are not (?:from|those of)\\s+${NAME}(?=\\s*(?:[.,;]|$))`,
      'iu',
    ),
    source: 'text:comment-notice',
    weight: 4,
    chromeOnly: false,
  },
  {
    regex: new RegExp(`^about\\s+${NAME}(?:'s|’s)\\s+editorial\\b`, 'iu'),
    source: 'text:about-box',
    weight: 4,
    chromeOnly: false,
  },
  {
    regex: new RegExp(`^[Aa]bout\\s+(?!the\\s+authors?$|us$)${NAME}\\s*$`, 'u'),
    source: 'text:about-box',
    weight: 2,
    chromeOnly: true,
  },
];
const APPEARED_FIRST = new RegExp(`appeared first on\\s+${NAME}\\s*\\.?\\s*$`, 'iu');

function cleanName(raw: string): string | null {
  const name = raw
    .replace(/^[\s"“”'«»]+|[\s"“”'«».,;:]+$/gu, '')
    .replace(/\s+(?:inc|ltd|llc|gmbh|plc|co)\.?$/iu, '')
    .trim();
  if (name.length < 2 || name.length > 60 || countWords(name) > 6 || /^[\d\s.,–-]+$/.test(name))
    return null;
  if (/^(?:the\s+)?(?:author|authors|website|site|source|us|our|this|all rights)/iu.test(name))
    return null;
  return /^[\p{Lu}\p{N}]/u.test(name) || /\.\p{L}{2,}$/u.test(name) ? name : null;
}

/** The line right after a sign-off byline, when it is a short brand-like label ("By Jane Doe\n\nExample.com"). */
function signOffAfter(index: number, context: PageContext): string | null {
  const next = context.units[index + 1];
  if (!next || context.bodyUnits.has(next.index)) return null;
  const text = next.text;
  if (text.length > 40 || countWords(text) > 4 || isProse(text) || dateOfDateline(text))
    return null;
  return classifyChrome(text) === null ? text : null;
}

function collectFromText(context: PageContext, outlets: readonly OutletEntry[]): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (raw: string | null, source: string, weight: number, stated = true): void => {
    const name = raw ? cleanName(raw) : null;
    if (name) candidates.push({ name, source, weight, stated });
  };
  for (const unit of context.units) {
    const inBody = context.bodyUnits.has(unit.index);
    const isChrome = classifyChrome(unit.text) !== null;
    for (const pattern of TEXT_PATTERNS) {
      if (inBody && pattern.chromeOnly) continue;
      if (pattern.chromeOnly && !isChrome) continue;
      const match = pattern.regex.exec(unit.text);
      if (match) add(match[1]!, pattern.source, pattern.weight);
    }
    // On an aggregator page every snippet carries another outlet's credit.
    if (context.kind === 'article') {
      const credit = APPEARED_FIRST.exec(unit.text);
      if (credit) add(credit[1]!, 'text:appeared-first-on', 4);
    }
    if (inBody) continue;
    const sign = parseSignLine(unit.text, outlets);
    if (sign?.outlet) add(sign.outlet, 'text:sign-line', 3, !sign.guessed);
    if (isChrome) {
      const firstSentence = unit.text.split(/(?<=[.!?])\s+/u)[0]!;
      add(NEWSROOM_SELF_DESCRIPTION.exec(firstSentence)?.[1] ?? null, 'text:self-description', 3);
    }
    add(outletOfRoleLine(unit.text), 'text:staff-line', 3);
    add(parseAuthorBlurb(unit.text)?.outlet ?? null, 'text:staff-line', 3);
    const byline = parseByline(unit.text);
    if (byline) {
      if (byline.rest && countWords(byline.rest) <= 5 && !/\d/.test(byline.rest))
        add(byline.rest, 'text:byline', 2);
      add(signOffAfter(unit.index, context), 'text:sign-off', 2);
    }
  }
  return candidates;
}

function collectMentions(context: PageContext, outlets: readonly OutletEntry[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const unit of context.units) {
    if (context.bodyUnits.has(unit.index) || unit.text.length > 60) continue;
    const entry = findOutletByName(unit.text, outlets);
    if (entry)
      candidates.push({
        name: entry.name,
        source: 'text:outlet-name-line',
        weight: 1,
        stated: false,
      });
  }
  return candidates;
}

function pickBest(
  candidates: Candidate[],
  outlets: readonly OutletEntry[],
): MetadataField<string | null> | null {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const canonical = findOutletByName(candidate.name, outlets)?.name ?? candidate.name;
    const key = canonical
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ');
    groups.set(key, [...(groups.get(key) ?? []), { ...candidate, name: canonical }]);
  }
  let best: Candidate[] | null = null;
  const score = (group: Candidate[]): number =>
    group.reduce((sum, candidate) => sum + candidate.weight, 0);
  for (const group of groups.values()) if (!best || score(group) > score(best)) best = group;
  if (!best) return null;

  // The spelling the page uses most often ("Example.com" twice beats "Example.Com" once).
  const spellings = new Map<string, number>();
  for (const candidate of best)
    spellings.set(candidate.name, (spellings.get(candidate.name) ?? 0) + candidate.weight);
  const name = [...spellings.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const strongest = [...best].sort((a, b) => b.weight - a.weight)[0]!;
  return {
    value: name,
    source: strongest.source,
    guessed: !best.some((candidate) => candidate.stated),
  };
}

export function detectOutlet(
  context: PageContext,
  outlets: readonly OutletEntry[],
  stated: { outlet?: StatedValue; url?: StatedValue },
): MetadataField<string | null> {
  if (stated.outlet) {
    const entry = findOutletByName(stated.outlet.value, outlets);
    return {
      value: entry?.name ?? stated.outlet.value,
      source: stated.outlet.source,
      guessed: false,
    };
  }
  const candidates = collectFromText(context, outlets);
  if (stated.url) {
    const entry = findOutletByUrl(stated.url.value, outlets);
    if (entry) candidates.push({ name: entry.name, source: 'url:domain', weight: 5, stated: true });
  }
  const fromText = pickBest(
    candidates.length > 0 ? candidates : collectMentions(context, outlets),
    outlets,
  );
  if (fromText) return fromText;
  const host = stated.url ? hostnameOf(stated.url.value) : null;
  if (host) return { value: host, source: 'url:hostname', guessed: true };
  return { value: null, source: 'none', guessed: false };
}
