import type { Sentence, SentenceLink } from './types';
import { type WordIds, contentWords } from './text';

/** Sentence pairs at or above this Dice coefficient of content words are aligned. */
export const SENTENCE_MATCH = 0.5;
/** Sentences with fewer content words are too short to align ("He declined."). */
const MIN_WORDS = 4;

export interface SentenceSets {
  articleId: string;
  sentences: Sentence[];
  sets: Int32Array[];
}

export function sentenceSets(articleId: string, sentences: Sentence[], ids: WordIds): SentenceSets {
  return { articleId, sentences, sets: sentences.map((s) => ids.set(contentWords(s.text))) };
}

interface Candidate {
  i: number;
  j: number;
  score: number;
}

/**
 * Similar sentences across articles: for each pair of articles, all sentence pairs at or above
 * SENTENCE_MATCH, taken greedily from the most similar so each sentence is used once per pair of
 * articles (a sentence may still align with one sentence in each other article). Shared words
 * are counted through an inverted index (flat typed arrays), so sentences sharing no word are
 * never compared.
 */
export function alignSentences(articles: SentenceSets[]): SentenceLink[] {
  const owner: number[] = [];
  const local: number[] = [];
  const sets: Int32Array[] = [];
  let maxWord = -1;
  articles.forEach((article, x) =>
    article.sets.forEach((set, i) => {
      owner.push(x);
      local.push(i);
      const usable = set.length >= MIN_WORDS ? set : new Int32Array(0);
      sets.push(usable);
      for (const w of usable) if (w > maxWord) maxWord = w;
    }),
  );
  // Postings of each word, in global sentence order (CSR layout).
  const offsets = new Int32Array(maxWord + 2);
  for (const set of sets) for (const w of set) offsets[w + 1]++;
  for (let w = 0; w <= maxWord; w++) offsets[w + 1] += offsets[w];
  const postings = new Int32Array(offsets[maxWord + 1]);
  const fill = offsets.slice(0, maxWord + 1);
  sets.forEach((set, g) => {
    for (const w of set) postings[fill[w]++] = g;
  });

  const byPair = new Map<number, Candidate[]>();
  const shared = new Int32Array(sets.length);
  const touched = new Int32Array(sets.length);
  // g only looks at later articles' sentences; a cursor per word skips the earlier ones once.
  const cursor = offsets.slice(0, maxWord + 1);
  for (let g = 0; g < sets.length; g++) {
    const x = owner[g];
    let touchedCount = 0;
    for (const w of sets[g]) {
      const end = offsets[w + 1];
      let p = cursor[w];
      while (p < end && owner[postings[p]] <= x) p++;
      cursor[w] = p;
      for (; p < end; p++) {
        const h = postings[p];
        if (shared[h] === 0) touched[touchedCount++] = h;
        shared[h]++;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const h = touched[t];
      const score = (2 * shared[h]) / (sets[g].length + sets[h].length);
      shared[h] = 0;
      if (score < SENTENCE_MATCH) continue;
      const key = x * articles.length + owner[h];
      const candidate = { i: local[g], j: local[h], score };
      const list = byPair.get(key);
      if (list) list.push(candidate);
      else byPair.set(key, [candidate]);
    }
  }

  const links: SentenceLink[] = [];
  for (const key of [...byPair.keys()].sort((p, q) => p - q)) {
    const a = articles[Math.floor(key / articles.length)];
    const b = articles[key % articles.length];
    const candidates = (byPair.get(key) as Candidate[]).sort(
      (p, q) => q.score - p.score || p.i - q.i || p.j - q.j,
    );
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    for (const { i, j, score } of candidates) {
      if (usedA.has(i) || usedB.has(j)) continue;
      usedA.add(i);
      usedB.add(j);
      const sa = a.sentences[i];
      const sb = b.sentences[j];
      links.push({
        a: { articleId: a.articleId, index: i, start: sa.start, end: sa.end },
        b: { articleId: b.articleId, index: j, start: sb.start, end: sb.end },
        similarity: Math.round(score * 1000) / 1000,
      });
    }
  }
  return links;
}
