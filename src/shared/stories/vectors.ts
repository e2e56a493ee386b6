import type { ArticleTerms } from './features';

/** A unit-length weighted vector: term ids ascending, with their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface Corpus {
  /** TF-IDF of all terms: what the article is about. */
  vectors: SparseVector[];
  /** Full-idf vector of names and figures: which event, as opposed to which kind of event. */
  specific: SparseVector[];
  /** How many documents hold each term id. */
  documentFrequency: Int32Array;
}

function normalise(weights: Float64Array): Float64Array {
  let norm = 0;
  for (let k = 0; k < weights.length; k++) norm += weights[k] * weights[k];
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] /= norm;
  return weights;
}

/**
 * TF-IDF with sublinear term frequency and a smoothed, damped idf. `idfStrength` below 1 keeps
 * the words every article of a small library shares from vanishing: with five articles all on one
 * story, df cannot tell the story's own vocabulary from noise, and full idf would favour the noise.
 */
export function buildCorpus(
  docs: ArticleTerms[],
  df: Int32Array,
  idfStrength = 1,
  specificIdfStrength = 1,
): Corpus {
  const n = docs.length;
  const logN = Math.log(n + 1);
  const vectors = docs.map(({ terms, counts }) => {
    const weights = new Float64Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      const idf = idfStrength * (logN - Math.log(df[terms[k]] + 1)) + 1;
      weights[k] = (1 + Math.log(counts[k])) * idf;
    }
    return { terms, weights: normalise(weights) };
  });
  // Names weighted by how much each article is about them: the cast of a long-running story
  // recurs in every instalment, while a passing mention of an earlier event weighs little.
  const specific = docs.map(({ terms: all, counts, specific: terms }) => {
    const weights = new Float64Array(terms.length);
    for (let k = 0, a = 0; k < terms.length; k++) {
      while (all[a] !== terms[k]) a++;
      const idf = specificIdfStrength * (logN - Math.log(df[terms[k]] + 1)) + 1;
      weights[k] = (1 + Math.log(counts[a])) * idf;
    }
    return { terms, weights: normalise(weights) };
  });
  return { vectors, specific, documentFrequency: df };
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
