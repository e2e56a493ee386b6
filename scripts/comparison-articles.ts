/**
 * Articles for measuring story comparison at the scale analysts work at: 20 outlets' versions of
 * one story, 1,500 words each. Words are drawn with a skewed (Zipf-like) frequency from a
 * 3,000-word vocabulary, with a tonnage figure in every fourth sentence and one quote of the
 * same speaker in each article: about as repetitive as 20 outlets on one story.
 */
import type { CompareArticle } from '../src/shared/compare/types';

export const QUOTED_SPEAKER = 'Dana Okafor';

export function comparisonArticles(count = 20, sentencesPerArticle = 100): CompareArticle[] {
  let seed = 7;
  const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const syllables = 'ka ro mi ten sa vol dar en li bra gor nes ul fa ther qui mon ast el dov'.split(
    ' ',
  );
  const vocabulary = Array.from({ length: 3000 }, () =>
    Array.from({ length: 3 }, () => syllables[Math.floor(next() * 20)]).join(''),
  ).concat('the of and to in said would that with'.split(' '));
  const word = (): string => vocabulary[Math.floor(Math.pow(next(), 2.5) * vocabulary.length)]!;
  return Array.from({ length: count }, (_, a) => {
    const sentences = Array.from({ length: sentencesPerArticle }, (_, n) => {
      const s = Array.from({ length: 15 }, word).join(' ');
      const figure = n % 4 === 0 ? ` with ${1000 + Math.floor(next() * 20) * 500} tonnes` : '';
      return `${s[0]!.toUpperCase()}${s.slice(1)}${figure}.`;
    });
    const body = sentences.join(' ');
    const quoted = sentences[3]!.slice(0, 60);
    const start = body.indexOf(quoted);
    return {
      id: `a${a}`,
      outlet: null,
      title: '',
      published: null,
      author: null,
      body,
      quotes: [
        {
          id: `q${a}`,
          kind: 'direct' as const,
          text: quoted,
          speaker: QUOTED_SPEAKER,
          start,
          end: start + quoted.length,
        },
      ],
    };
  });
}
