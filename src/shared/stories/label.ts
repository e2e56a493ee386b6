import type { SparseVector } from './vectors';

const MAX_LABEL = 90;
/** Centrality over this many members is plenty and keeps labelling big stories cheap. */
const MAX_SAMPLE = 40;

/**
 * The title of the member most similar to the rest: the headline that best says what the story
 * is. Similarity to the rest is the dot product with the sum of the others, so this is linear in
 * the members' terms. `scratch` is a dense array over term ids, left zeroed.
 */
export function storyLabel(
  members: number[],
  titles: string[],
  vectors: SparseVector[],
  scratch: Float64Array,
): string {
  const sample = members.slice(0, MAX_SAMPLE);
  for (const i of sample) {
    const { terms, weights } = vectors[i];
    for (let k = 0; k < terms.length; k++) scratch[terms[k]] += weights[k];
  }
  let best = members[0];
  let bestScore = -Infinity;
  for (const i of sample) {
    if (!titles[i].trim()) continue;
    const { terms, weights } = vectors[i];
    // Dot with the sum less its own contribution (its norm is 1).
    let total = -1;
    for (let k = 0; k < terms.length; k++) total += weights[k] * scratch[terms[k]];
    if (total > bestScore + 1e-12) {
      bestScore = total;
      best = i;
    }
  }
  for (const i of sample) {
    const { terms } = vectors[i];
    for (let k = 0; k < terms.length; k++) scratch[terms[k]] = 0;
  }
  const title = titles[best].trim().replace(/\s+/g, ' ');
  return title.length > MAX_LABEL
    ? `${title.slice(0, MAX_LABEL - 1).trimEnd()}…`
    : title || 'Untitled story';
}
