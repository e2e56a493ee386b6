/**
 * A generated news corpus for the search benchmarks, deterministic by seed: a Zipf-distributed
 * vocabulary (common English words at the head, invented words in the long tail), 300–500 word
 * bodies, outlets, authors, codes (tags) and speakers; and a mix of queries over it: words,
 * phrases, prefixes, boolean and field queries. Runs in the page and in workers (no Node APIs).
 */

export interface BenchArticle {
  articleId: string;
  title: string;
  body: string;
  outlet: string;
  author: string;
  published: string;
  tags: string[];
  speakers: string[];
}

const COMMON = (
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or ' +
  'have an they which one you were her all she there would their we him been has when who will more ' +
  'no if out so said what up its about into than them can only other new some could time these two ' +
  'may then do first any my now such like our over man me even most made after also did many before ' +
  'must through back years where much your way well down should because each just those people how ' +
  'too little state good very make world still own see men work long get here between both life being ' +
  'under never day same another know while last might us great old year off come since against go came ' +
  'right used take three government minister police city port strike river flood budget election court ' +
  'council workers union report official officials week month spokesman president party vote deal talks ' +
  'border trade prices market company bank water health school hospital village region army ministry'
).split(' ');
const SYLLABLES =
  'ka ro mi ten sa vol dar en li bra gor nes ul fa ther mon ast el dov pen sor vik tam bel cor'.split(
    ' ',
  );

function rng(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function inventedWord(next: () => number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
  return word;
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

export interface Corpus {
  vocabulary: string[];
  article: (i: number) => BenchArticle;
  queries: (count: number) => string[];
}

/** What each query of `queries()` is, in the order the kinds repeat. */
export const QUERY_KINDS = [
  'rare word',
  'common',
  'two words',
  'phrase',
  'prefix',
  'or',
  'not',
  'group',
  'outlet',
  'author',
  'tag',
  'speaker',
] as const;

export function createCorpus(seed = 7, vocabularySize = 60_000): Corpus {
  const next = rng(seed);
  const seen = new Set(COMMON);
  const vocabulary = [...COMMON];
  while (vocabulary.length < vocabularySize) {
    const word = inventedWord(next, 2 + Math.floor(next() * 3));
    if (!seen.has(word)) {
      seen.add(word);
      vocabulary.push(word);
    }
  }
  // Zipf (s = 1.05): cumulative weights for sampling by binary search.
  const cumulative = new Float64Array(vocabulary.length);
  let sum = 0;
  for (let r = 0; r < vocabulary.length; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, 1.05);
  const zipf = (draw: () => number): string => {
    const x = draw() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
  const name = (draw: () => number) =>
    capital(inventedWord(draw, 2)) + ' ' + capital(inventedWord(draw, 3));
  const names = (count: number, salt: number) => {
    const draw = rng(seed * 31 + salt);
    return Array.from({ length: count }, () => name(draw));
  };
  const outlets = Array.from({ length: 60 }, (_, i) => {
    const draw = rng(seed + 1000 + i);
    return `${capital(inventedWord(draw, 2))} ${['Herald', 'Ledger', 'Wire', 'Post', 'Daily', 'Courier', 'Gazette', 'Observer'][i % 8]}`;
  });
  const authors = names(3000, 1);
  const speakers = names(4000, 2);
  const tags = Array.from({ length: 150 }, (_, i) => inventedWord(rng(seed + 5000 + i), 3));

  const article = (i: number): BenchArticle => {
    const draw = rng(seed * 1_000_003 + i);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(draw() * items.length)]!;
    const words = (count: number) => Array.from({ length: count }, () => zipf(draw));
    const sentences: string[] = [];
    let length = 300 + Math.floor(draw() * 201);
    while (length > 0) {
      const n = Math.min(length, 8 + Math.floor(draw() * 18));
      const sentence = words(n);
      sentence[0] = capital(sentence[0]!);
      sentences.push(sentence.join(' ') + '.');
      length -= n;
    }
    const day = Math.floor(draw() * 2000);
    return {
      articleId: `bench-${String(i).padStart(6, '0')}`,
      title: capital(words(6 + Math.floor(draw() * 7)).join(' ')),
      body: sentences.join(' '),
      outlet: pick(outlets),
      author: pick(authors),
      published: new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
      tags: Array.from({ length: Math.floor(draw() * 3) }, () => pick(tags)),
      speakers: Array.from({ length: Math.floor(draw() * 4) }, () => pick(speakers)),
    };
  };

  const queries = (count: number): string[] => {
    const draw = rng(seed + 99);
    const band = (lo: number, hi: number) => vocabulary[lo + Math.floor(draw() * (hi - lo))]!;
    const kinds: (() => string)[] = [
      () => band(200, 5000),
      () => band(30, 200),
      () => `${band(100, 3000)} ${band(100, 3000)}`,
      () => {
        const words = article(Math.floor(draw() * 1000))
          .body.toLowerCase()
          .replace(/\./g, '')
          .split(' ');
        const at = Math.floor(draw() * (words.length - 3));
        return `"${words.slice(at, at + 2 + Math.floor(draw() * 2)).join(' ')}"`;
      },
      () => band(50, 3000).slice(0, 3 + Math.floor(draw() * 2)) + '*',
      () => `${band(100, 3000)} OR ${band(100, 3000)}`,
      () => `${band(50, 1000)} -${band(50, 1000)}`,
      () => `(${band(200, 3000)} OR ${band(200, 3000)}) ${band(50, 500)}`,
      () => `outlet:"${outlets[Math.floor(draw() * outlets.length)]!}" ${band(100, 2000)}`,
      () => `author:"${authors[Math.floor(draw() * authors.length)]!}"`,
      () => `tag:${tags[Math.floor(draw() * tags.length)]!} ${band(50, 1000)}`,
      () => `speaker:"${speakers[Math.floor(draw() * speakers.length)]!}"`,
    ];
    return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
  };

  return { vocabulary, article, queries };
}
