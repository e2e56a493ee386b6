import type { ArticleTerms } from './features';
import { KIND_FINGERPRINT, type Vocabulary } from './vocabulary';

/** A unit-length weighted vector: term ids ascending, with their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface Corpus {
  /** TF-IDF of everything but names (words, bigrams, figures): what happened. */
  content: SparseVector[];
  /** TF-IDF of names (people, places, organisations): who and where. */
  names: SparseVector[];
  /** Figures that identify one event by themselves (magnitudes), ascending; mostly empty. */
  fingerprints: Int32Array[];
  /** How many documents hold each term id. */
  documentFrequency: Int32Array;
}

const EMPTY = new Int32Array(0);
/**
 * A name only one article holds counts at this share of its weight in the cast. It can match
 * nothing, yet by idf it weighs the most: the analysts and residents each outlet quotes would
 * outweigh the minister or firm that all of them name, and split one story told by different
 * voices. It still counts in part, so an article's own cast (another port, another firm) tells it
 * from a look-alike.
 */
const SINGLE_NAME_WEIGHT = 0.5;

function normalise(weights: Float64Array): Float64Array {
  let norm = 0;
  for (let k = 0; k < weights.length; k++) norm += weights[k] * weights[k];
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] /= norm;
  return weights;
}

/**
 * Splits each article's terms into content and names and weighs them by TF-IDF with sublinear
 * term frequency. The idf counts `priorDocs` imaginary articles that hold none of the terms: with
 * five articles all on one story, df cannot tell the story's own vocabulary from noise, and plain
 * idf would zero the words they share; on a large library the prior vanishes.
 */
export function buildCorpus(
  docs: ArticleTerms[],
  vocabulary: Vocabulary,
  priorDocs: number,
): Corpus {
  const df = vocabulary.df.subarray(0, vocabulary.size);
  const logN = Math.log(docs.length + priorDocs + 1);
  const name = new Uint8Array(vocabulary.size);
  const idf = new Float64Array(vocabulary.size);
  for (let id = 0; id < vocabulary.size; id++) {
    name[id] = vocabulary.isName(id) ? 1 : 0;
    idf[id] = logN - Math.log(df[id] + 1);
    if (name[id] && df[id] === 1) idf[id] *= SINGLE_NAME_WEIGHT;
  }
  const content: SparseVector[] = [];
  const names: SparseVector[] = [];
  const fingerprints: Int32Array[] = [];
  for (const { terms, counts } of docs) {
    let nameCount = 0;
    let fingerprintCount = 0;
    for (let k = 0; k < terms.length; k++) {
      nameCount += name[terms[k]];
      if (vocabulary.kind[terms[k]] === KIND_FINGERPRINT) fingerprintCount++;
    }
    const split = [
      {
        terms: new Int32Array(terms.length - nameCount),
        weights: new Float64Array(terms.length - nameCount),
      },
      { terms: new Int32Array(nameCount), weights: new Float64Array(nameCount) },
    ];
    const fill = [0, 0];
    const prints = fingerprintCount ? new Int32Array(fingerprintCount) : EMPTY;
    for (let k = 0, f = 0; k < terms.length; k++) {
      const id = terms[k];
      const part = name[id];
      const at = fill[part]++;
      split[part].terms[at] = id;
      const count = counts[k];
      split[part].weights[at] = (count === 1 ? 1 : 1 + Math.log(count)) * idf[id];
      if (vocabulary.kind[id] === KIND_FINGERPRINT) prints[f++] = id;
    }
    normalise(split[0].weights);
    normalise(split[1].weights);
    content.push(split[0]);
    names.push(split[1]);
    fingerprints.push(prints);
  }
  return { content, names, fingerprints, documentFrequency: df };
}

/** Cosine of two unit vectors by merging their sorted term lists. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i];
    const y = bt[j];
    if (x === y) {
      sum += a.weights[i++] * b.weights[j++];
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Whether two sorted id lists share an id. */
export function intersects(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}
