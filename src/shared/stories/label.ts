import { type SparseVector, cosine } from './vectors';

const MAX_LABEL = 90;
/** Centrality over this many members is plenty and keeps labelling big stories cheap. */
const MAX_SAMPLE = 40;

/** The title of the member most similar to the rest: the headline that best says what the story is. */
export function storyLabel(members: number[], titles: string[], vectors: SparseVector[]): string {
  const sample = members.slice(0, MAX_SAMPLE);
  let best = members[0];
  let bestScore = -Infinity;
  for (const i of sample) {
    if (!titles[i].trim()) continue;
    let total = 0;
    for (const j of sample) if (i !== j) total += cosine(vectors[i], vectors[j]);
    if (total > bestScore) {
      bestScore = total;
      best = i;
    }
  }
  const title = titles[best].trim().replace(/\s+/g, ' ');
  return title.length > MAX_LABEL
    ? `${title.slice(0, MAX_LABEL - 1).trimEnd()}…`
    : title || 'Untitled story';
}
