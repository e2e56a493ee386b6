import { describe, expect, it } from 'vitest';
import { compareCoverage } from './compare';
import { articleFigures, figureConflicts } from './figures';
import { splitSentences } from './text';
import type { CompareArticle } from './types';
import { comparisonArticles, QUOTED_SPEAKER } from '../../../scripts/comparison-articles';

const plain = (
  id: string,
  body: string,
  quotes: CompareArticle['quotes'] = [],
): CompareArticle => ({
  id,
  outlet: null,
  title: '',
  published: null,
  author: null,
  body,
  quotes,
});

const quoteIn = (body: string, id: string, text: string, speaker: string | null) => {
  const start = body.indexOf(text);
  return { id, kind: 'direct' as const, text, speaker, start, end: start + text.length };
};

describe('splitSentences', () => {
  it('keeps abbreviations and initials inside sentences and reports offsets', () => {
    const text =
      'Mr. Okafor met U.S. officials at 9 a.m. in Geneva. "It went well," he said! Then J. Smith left.\nNew line';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Okafor met U.S. officials at 9 a.m. in Geneva.',
      '"It went well," he said!',
      'Then J. Smith left.',
      'New line',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('figure conflicts', () => {
  const conflictsOf = (...bodies: string[]) =>
    figureConflicts(
      bodies.map((body, i) => ({
        articleId: `a${i}`,
        figures: articleFigures(body, splitSentences(body)),
      })),
    );

  it('does not flag an article that reports both the old and the new value', () => {
    expect(
      conflictsOf(
        'The export quota rises from 18,000 to 25,000 tonnes this year.',
        'The export quota is now 25,000 tonnes.',
      ),
    ).toEqual([]);
  });

  it('does not compare figures about different things or in different units', () => {
    expect(
      conflictsOf(
        'The export quota is 12,000 tonnes. Shares fell 4%.',
        'Domestic smelters produced 15,000 tonnes last year. The quota cost 4 million dollars.',
      ),
    ).toEqual([]);
  });

  it('flags differing money figures for the same subject', () => {
    const [conflict] = conflictsOf(
      'The settlement is worth $120 million to fishermen.',
      'Fishermen will share a $102 million settlement.',
    );
    expect(conflict).toMatchObject({ unit: 'USD', values: [102e6, 120e6] });
    expect(conflict.subject).toContain('settlement');
  });
});

describe('quote alignment', () => {
  it('marks a reworded version and an unattributed one', () => {
    const q = 'The harbour will reopen once the divers have finished their checks';
    const reworded = 'The harbour will reopen when divers finish the safety checks';
    const bodies = [
      `"${q}," said Jonas Riel.`,
      `Riel said "${reworded}".`,
      `"${q}," an official said.`,
    ];
    const result = compareCoverage([
      plain('a', bodies[0], [quoteIn(bodies[0], 'a1', q, 'Jonas Riel')]),
      plain('b', bodies[1], [quoteIn(bodies[1], 'b1', reworded, 'Riel')]),
      plain('c', bodies[2], [quoteIn(bodies[2], 'c1', q, null)]),
    ]);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0].speaker).toBe('Jonas Riel');
    expect(result.quotes[0].variants.map((v) => [v.articleId, v.differences])).toEqual([
      ['a', []],
      ['b', ['worded-differently']],
      ['c', ['unattributed']],
    ]);
    expect(result.speakers.map((s) => [s.label, s.articleIds])).toEqual([
      ['Jonas Riel', ['a', 'b']],
    ]);
  });

  it('does not align unrelated quotes', () => {
    const b1 = '"Prices will keep rising," said Ana Vell.';
    const b2 = '"The strike is over," said Ana Vell.';
    const result = compareCoverage([
      plain('a', b1, [quoteIn(b1, 'a1', 'Prices will keep rising', 'Ana Vell')]),
      plain('b', b2, [quoteIn(b2, 'b1', 'The strike is over', 'Ana Vell')]),
    ]);
    expect(result.quotes).toEqual([]);
  });
});

describe('at the scale of a story', () => {
  // How long this takes is measured by npm run bench:stories, not asserted here.
  it('compares 20 articles of 1,500 words: every article, the shared speaker, the differing figures', () => {
    const articles = comparisonArticles();
    const comparison = compareCoverage(articles);
    expect(comparison.articles).toHaveLength(20);
    const speaker = comparison.speakers.find((s) => s.label === QUOTED_SPEAKER);
    expect(speaker?.quotes).toHaveLength(20);
    expect(comparison.figures.length).toBeGreaterThan(0);
    expect(comparison.conflicts.length).toBeGreaterThan(0);
  });
});
