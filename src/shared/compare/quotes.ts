import type {
  CompareArticle,
  AlignedQuote,
  QuoteDifference,
  QuoteVariant,
  SpeakerCoverage,
} from './types';
import { WordIds, contentWords, isWordRun, overlap, plainWords } from './text';

/** Quotes whose content words overlap this much (Jaccard or containment) are the same quote. */
export const QUOTE_MATCH = 0.5;
/** Quotes shorter than this (content words) are too short to match on containment alone. */
const MIN_CONTAINED = 3;

const TITLE_WORDS =
  /^(?:(?:mr|mrs|ms|dr|prof|professor|president|minister|secretary|senator|governor|mayor|chief|executive|director|spokesman|spokeswoman|spokesperson|analyst|general|judge|sir|lady|lord)\.?\s+)+/i;

/** A speaker name in comparable form: lower case, titles and possessives gone. */
export function speakerKey(name: string): string {
  return name
    .trim()
    .replace(TITLE_WORDS, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[.'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Entry {
  article: number;
  articleId: string;
  quote: CompareArticle['quotes'][number];
  speaker: string | null;
  words: string[];
  set: Int32Array;
}

export function quoteEntries(
  articles: CompareArticle[],
  speakerOf: (name: string) => string,
): Entry[] {
  const ids = new WordIds();
  return articles.flatMap((article, index) =>
    article.quotes.map((quote) => ({
      article: index,
      articleId: article.id,
      quote,
      speaker: quote.speaker && speakerKey(quote.speaker) ? speakerOf(quote.speaker) : null,
      words: plainWords(quote.text),
      set: ids.set(contentWords(quote.text)),
    })),
  );
}

/** Who is quoted, by which articles and how often; most widely quoted first. */
export function speakerCoverage(entries: Entry[], articleIds: string[]): SpeakerCoverage[] {
  const bySpeaker = new Map<string, { label: string; quotes: Map<string, string[]> }>();
  for (const e of entries) {
    if (!e.speaker || !e.quote.speaker) continue;
    const entry = bySpeaker.get(e.speaker) ?? { label: e.quote.speaker.trim(), quotes: new Map() };
    bySpeaker.set(e.speaker, entry);
    if (e.quote.speaker.trim().length > entry.label.length) entry.label = e.quote.speaker.trim();
    const list = entry.quotes.get(e.articleId) ?? [];
    list.push(e.quote.id);
    entry.quotes.set(e.articleId, list);
  }
  return [...bySpeaker]
    .map(([key, { label, quotes }]) => {
      const carrying = articleIds.filter((id) => quotes.has(id));
      return {
        key,
        label,
        articleIds: carrying,
        missingFrom: articleIds.filter((id) => !quotes.has(id)),
        quotes: carrying.map((id) => ({ articleId: id, quoteIds: quotes.get(id) as string[] })),
        total: [...quotes.values()].reduce((sum, list) => sum + list.length, 0),
      };
    })
    .sort(
      (a, b) =>
        b.articleIds.length - a.articleIds.length ||
        b.total - a.total ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}

function similarity(a: Entry, b: Entry): number {
  const shared = overlap(a.set, b.set);
  if (shared === 0) return 0;
  const jaccard = shared / (a.set.length + b.set.length - shared);
  const smaller = Math.min(a.set.length, b.set.length);
  const containment = smaller >= MIN_CONTAINED ? shared / smaller : 0;
  return Math.max(jaccard, containment);
}

/**
 * The same quote across articles: pairs from different articles at or above QUOTE_MATCH join,
 * strongest first, while a group holds at most one quote per article.
 */
export function alignQuotes(entries: Entry[], articleIds: string[]): AlignedQuote[] {
  const pairs: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      if (entries[i].article === entries[j].article) continue;
      const score = similarity(entries[i], entries[j]);
      if (score >= QUOTE_MATCH) pairs.push({ i, j, score });
    }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const group = entries.map((_, i) => i);
  const members = entries.map((e, i) => ({ articles: new Set([e.article]), items: [i] }));
  for (const { i, j } of pairs) {
    const gi = group[i];
    const gj = group[j];
    if (gi === gj) continue;
    const a = members[gi];
    const b = members[gj];
    if ([...b.articles].some((x) => a.articles.has(x))) continue;
    for (const item of b.items) group[item] = gi;
    a.items.push(...b.items);
    for (const x of b.articles) a.articles.add(x);
    b.items = [];
  }
  return members
    .filter((m) => m.items.length >= 2)
    .map((m) =>
      describe(
        m.items.sort((x, y) => x - y).map((i) => entries[i]),
        articleIds,
      ),
    );
}

function describe(items: Entry[], articleIds: string[]): AlignedQuote {
  // Reference wording: the one most articles carry word for word; ties go to the fullest (most
  // content words, then most words), then to the earlier article.
  const wording = items.map((e) => e.words.join(' '));
  const agreeing = wording.map((w) => wording.filter((x) => x === w).length);
  let ref = 0;
  for (let k = 1; k < items.length; k++) {
    const a = items[k];
    const b = items[ref];
    const better =
      agreeing[k] - agreeing[ref] || a.set.length - b.set.length || a.words.length - b.words.length;
    if (better > 0) ref = k;
  }
  // Reference speaker: the one most variants name; ties to the reference variant's speaker.
  const votes = new Map<string, number>();
  for (const e of items) if (e.speaker) votes.set(e.speaker, (votes.get(e.speaker) ?? 0) + 1);
  let speaker = items[ref].speaker;
  for (const [s, n] of votes)
    if (n > (speaker ? (votes.get(speaker) ?? 0) : 0) || (speaker === null && n > 0)) speaker = s;
  const reference = items[ref];
  const variants: QuoteVariant[] = items.map((e, k) => {
    const differences: QuoteDifference[] = [];
    let score = 1;
    if (k !== ref) {
      score = similarity(e, reference);
      const contained = overlap(e.set, reference.set) === e.set.length;
      const shorter = e.words.length < reference.words.length;
      if (shorter && (contained || isWordRun(e.words, reference.words)))
        differences.push('cut-short');
      else if (e.words.join(' ') !== reference.words.join(' '))
        differences.push('worded-differently');
    }
    if (speaker && e.speaker && e.speaker !== speaker) differences.push('different-speaker');
    if (speaker && !e.speaker) differences.push('unattributed');
    return {
      articleId: e.articleId,
      quoteId: e.quote.id,
      kind: e.quote.kind,
      text: e.quote.text,
      speaker: e.quote.speaker,
      start: e.quote.start,
      end: e.quote.end,
      similarity: Math.round(score * 1000) / 1000,
      differences,
    };
  });
  const carrying = new Set(items.map((e) => e.articleId));
  // The fullest form of the reference speaker's name: "Ilse Karrow" over "Karrow".
  let label: string | null = null;
  for (const e of items)
    if (speaker && e.speaker === speaker && e.quote.speaker)
      if (label === null || e.quote.speaker.trim().length > label.length)
        label = e.quote.speaker.trim();
  return {
    id: `quote-${reference.articleId}-${reference.quote.id}`,
    reference: ref,
    speaker: label,
    variants,
    missingFrom: articleIds.filter((id) => !carrying.has(id)),
  };
}
