import { describe, expect, it } from 'vitest';
import { compareCoverage } from './compare';
import { articleFigures, figureConflicts } from './figures';
import { splitSentences } from './text';
import type { CompareArticle } from './types';

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

describe('speed', () => {
  it('compares 20 articles of 1,500 words well under 200 ms', () => {
    // Words drawn with a skewed (Zipf-like) frequency from a 3,000-word vocabulary, a figure in
    // every fourth sentence: about as repetitive as 20 outlets on one story.
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const syllables =
      'ka ro mi ten sa vol dar en li bra gor nes ul fa ther qui mon ast el dov'.split(' ');
    const vocabulary = Array.from({ length: 3000 }, () =>
      Array.from({ length: 3 }, () => syllables[Math.floor(next() * 20)]).join(''),
    ).concat('the of and to in said would that with'.split(' '));
    const word = (): string => vocabulary[Math.floor(Math.pow(next(), 2.5) * vocabulary.length)];
    const articles = Array.from({ length: 20 }, (_, a) => {
      const sentences = Array.from({ length: 100 }, (_, n) => {
        const s = Array.from({ length: 15 }, word).join(' ');
        const figure = n % 4 === 0 ? ` with ${1000 + Math.floor(next() * 20) * 500} tonnes` : '';
        return `${s[0].toUpperCase()}${s.slice(1)}${figure}.`;
      });
      const body = sentences.join(' ');
      return plain(`a${a}`, body, [
        quoteIn(body, `q${a}`, sentences[3].slice(0, 60), 'Dana Okafor'),
      ]);
    });
    compareCoverage(articles);
    // Best of three: the cost of the work, not of whatever else the machine is doing.
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      compareCoverage(articles);
      best = Math.min(best, performance.now() - started);
    }
    // About 60–120 ms measured on a loaded two-core machine; the bound only catches blow-ups.
    expect(best).toBeLessThan(400);
  });
});
