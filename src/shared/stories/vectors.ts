/** A unit-length TF-IDF vector: term ids ascending, with their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface Corpus {
  vectors: SparseVector[];
  /** How many documents hold each term id. */
  documentFrequency: Int32Array;
}

/**
 * TF-IDF with sublinear term frequency and a smoothed, damped idf. `idfStrength` below 1 keeps
 * the words every article of a small library shares from vanishing: with five articles all on one
 * story, df cannot tell the story's own vocabulary from noise, and full idf would favour the noise.
 */
export function buildCorpus(
  bags: Map<number, number>[],
  df: readonly number[],
  idfStrength = 1,
): Corpus {
  const n = bags.length;
  const idf = df.map((d) => idfStrength * Math.log((n + 1) / (d + 1)) + 1);
  const vectors = bags.map((bag) => {
    const terms = Int32Array.from(bag.keys()).sort();
    const weights = new Float64Array(terms.length);
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const w = (1 + Math.log(bag.get(terms[k]) as number)) * idf[terms[k]];
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    return { terms, weights };
  });
  return { vectors, documentFrequency: Int32Array.from(df) };
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
