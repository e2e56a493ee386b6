import { describe, expect, it } from 'vitest';
import { compareCoverage } from './compare';
import type { CompareArticle, CompareQuote } from './types';

/** Builds an article whose quotes point at their text in the body. */
function article(
  id: string,
  outlet: string,
  title: string,
  body: string,
  quotes: { text: string; speaker: string | null; kind?: CompareQuote['kind'] }[],
): CompareArticle {
  return {
    id,
    outlet,
    title,
    published: '2025-04-02',
    author: null,
    body,
    quotes: quotes.map((q, i) => {
      const start = body.indexOf(q.text);
      if (start < 0) throw new Error(`quote not in body: ${q.text}`);
      return {
        id: `${id}-q${i + 1}`,
        kind: q.kind ?? 'direct',
        text: q.text,
        speaker: q.speaker,
        start,
        end: start + q.text.length,
      };
    }),
  };
}

const FULL_QUOTE =
  'We will not sell our future by the shipload, and this quota protects our own refiners';
const SHORT_QUOTE = 'We will not sell our future by the shipload';
const ANALYST = 'The quota is a bargaining chip aimed at the battery makers abroad';

const courier = article(
  'courier',
  'Harbour Courier',
  'Veldra caps cobalt exports',
  `Veldra will cap exports of cobalt at 12,000 tonnes a year from June, the mining ministry said on Tuesday. ` +
    `Mining Minister Ilse Karrow said: "${FULL_QUOTE}." ` +
    `Trading houses in Port Sable said prices rose 4% after the announcement. ` +
    `Analyst Tomas Reyne of Northgate Research said: "${ANALYST}."`,
  [
    { text: FULL_QUOTE, speaker: 'Ilse Karrow' },
    { text: ANALYST, speaker: 'Tomas Reyne' },
  ],
);
const post = article(
  'post',
  'Meridian Post',
  'Cobalt quota set at 15,000 tonnes',
  `The government of Veldra has set an annual cobalt export quota of 15,000 tonnes, starting in June. ` +
    `"${SHORT_QUOTE}," Karrow told reporters. ` +
    `Prices in Port Sable rose 4% on the news.`,
  [{ text: SHORT_QUOTE, speaker: 'Karrow' }],
);
const eastline = article(
  'eastline',
  'Eastline News',
  'Veldra limits cobalt shipments',
  `Veldra will cap exports of cobalt at 12,000 tonnes a year from June, the mining ministry said. ` +
    `Deputy Minister Paul Ostrow said: "${FULL_QUOTE}." ` +
    `Refiners welcomed the quota.`,
  [{ text: FULL_QUOTE, speaker: 'Paul Ostrow' }],
);

describe('compareCoverage', () => {
  const result = compareCoverage([courier, post, eastline]);

  it('summarises each article: lead, length, names and figures with offsets', () => {
    const [a] = result.articles;
    expect(a.articleId).toBe('courier');
    expect(a.lead.text).toBe(
      'Veldra will cap exports of cobalt at 12,000 tonnes a year from June, the mining ministry said on Tuesday. ' +
        `Mining Minister Ilse Karrow said: "${FULL_QUOTE}."`,
    );
    expect(courier.body.slice(a.lead.start, a.lead.end)).toBe(a.lead.text);
    expect(a.wordCount).toBe(71);
    expect(a.people.map((p) => p.name)).toEqual(['Ilse Karrow', 'Tomas Reyne']);
    expect(a.places.map((p) => p.name)).toContain('Port Sable');
    const tonnes = a.figures.find((f) => f.unit === 'tonnes');
    expect(tonnes).toMatchObject({ text: '12,000 tonnes', value: 12000, kind: 'quantity' });
    expect(tonnes && courier.body.slice(tonnes.start, tonnes.end)).toBe('12,000 tonnes');
    expect(tonnes?.subject).toEqual(expect.arrayContaining(['cobalt', 'export']));
  });

  it('shows which articles carry each name, and which leave it out', () => {
    const byKey = new Map(result.entities.map((e) => [e.key, e]));
    expect(byKey.get('veldra')?.articleIds).toEqual(['courier', 'post', 'eastline']);
    expect(byKey.get('veldra')?.missingFrom).toEqual([]);
    // "Karrow" alone in the Post is the minister named in full by the Courier.
    expect(byKey.get('ilse karrow')).toMatchObject({ type: 'person', label: 'Ilse Karrow' });
    expect(byKey.get('ilse karrow')?.articleIds).toEqual(['courier', 'post']);
    expect(byKey.get('tomas reyne')?.articleIds).toEqual(['courier']);
    expect(byKey.get('tomas reyne')?.missingFrom).toEqual(['post', 'eastline']);
    const four = result.figures.find((f) => f.key === 'percent:4 %');
    expect(four?.articleIds).toEqual(['courier', 'post']);
  });

  it('groups quotes by speaker: the analyst is quoted by one outlet only', () => {
    expect(
      result.speakers.map((s) => [s.label, s.articleIds, s.total, s.quotes.map((q) => q.quoteIds)]),
    ).toEqual([
      ['Ilse Karrow', ['courier', 'post'], 2, [['courier-q1'], ['post-q1']]],
      ['Paul Ostrow', ['eastline'], 1, [['eastline-q1']]],
      ['Tomas Reyne', ['courier'], 1, [['courier-q2']]],
    ]);
  });

  it('aligns the same quote across outlets and marks how each version differs', () => {
    expect(result.quotes).toHaveLength(1);
    const [quote] = result.quotes;
    expect(quote.speaker).toBe('Ilse Karrow');
    expect(quote.missingFrom).toEqual([]);
    expect(quote.variants[quote.reference].articleId).toBe('courier');
    expect(quote.variants.map((v) => [v.articleId, v.quoteId, v.differences])).toEqual([
      ['courier', 'courier-q1', []],
      ['post', 'post-q1', ['cut-short']],
      ['eastline', 'eastline-q1', ['different-speaker']],
    ]);
  });

  it('flags the quota reported as 12,000 tonnes in two outlets and 15,000 in a third', () => {
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict.unit).toBe('tonnes');
    expect(conflict.values).toEqual([12000, 15000]);
    expect(conflict.subject).toEqual(expect.arrayContaining(['cobalt', 'export']));
    expect(conflict.reports.map((r) => [r.articleId, r.text])).toEqual([
      ['courier', '12,000 tonnes'],
      ['post', '15,000 tonnes'],
      ['eastline', '12,000 tonnes'],
    ]);
    for (const r of conflict.reports) {
      const body = [courier, post, eastline].find((a) => a.id === r.articleId)?.body ?? '';
      expect(body.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('aligns near-identical sentences one to one', () => {
    const pairs = result.sentences.map((s) => [s.a.articleId, s.a.index, s.b.articleId, s.b.index]);
    expect(pairs).toContainEqual(['courier', 0, 'eastline', 0]);
    const first = result.sentences.find(
      (s) => s.a.articleId === 'courier' && s.b.articleId === 'eastline',
    );
    expect(first?.similarity).toBeGreaterThan(0.8);
    // One to one: no courier sentence is aligned twice with the same other article.
    const seen = new Set(
      result.sentences.map((s) => `${s.a.articleId}:${s.a.index}>${s.b.articleId}`),
    );
    expect(seen.size).toBe(result.sentences.length);
  });

  it('is deterministic and handles empty input', () => {
    expect(compareCoverage([courier, post, eastline])).toEqual(result);
    expect(compareCoverage([])).toEqual({
      articles: [],
      entities: [],
      figures: [],
      speakers: [],
      quotes: [],
      sentences: [],
      conflicts: [],
    });
  });
});
