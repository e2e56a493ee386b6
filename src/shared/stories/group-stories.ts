import { clusterPairs } from './cluster';
import { type DatePenaltyParams, datePenalty } from './date-penalty';
import { dayNumber } from './dates';
import { articleFeatures } from './features';
import { storyLabel } from './label';
import { applyPins } from './pins';
import { similarPairs } from './candidates';
import { storyIdFor } from './story-id';
import { buildCorpus, cosine } from './vectors';
import { Vocabulary } from './vocabulary';
import type { GroupStoriesOptions, StoryGroup, StoryInput } from './types';

export interface GroupingParams extends DatePenaltyParams {
  /** Cosine (less the date penalty) at which two articles are linked. */
  linkThreshold: number;
  /** Average score at which two clusters inside a component still merge. */
  mergeThreshold: number;
  /** 0 = plain term frequency, 1 = full idf. */
  idfStrength: number;
}

/** Tuned on one half of resources/story-eval and checked on the other (see scripts/eval-stories.ts). */
export const DEFAULT_GROUPING_PARAMS: GroupingParams = {
  linkThreshold: 0.2,
  mergeThreshold: 0.16,
  windowDays: 7,
  perDoubling: 0.03,
  maxPenalty: 0.12,
  unknownPenalty: 0,
  idfStrength: 0.3,
};

/**
 * Groups articles into stories across outlets. Deterministic: the input order does not matter.
 * Pinned decisions are applied last and never changed.
 */
export function groupStories(
  articles: StoryInput[],
  options: GroupStoriesOptions & { tuning?: Partial<GroupingParams> } = {},
): StoryGroup[] {
  const params = { ...DEFAULT_GROUPING_PARAMS, ...options.tuning };
  // Sort by id and drop repeated ids so that output depends on the set, not on the order.
  const seen = new Set<string>();
  const docs = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((a) => !seen.has(a.id) && seen.add(a.id));

  const vocabulary = new Vocabulary();
  const bags = docs.map((doc) => articleFeatures(doc, vocabulary));
  const corpus = buildCorpus(bags, vocabulary.df, params.idfStrength);
  const days = docs.map((d) => dayNumber(d.published));
  const score = (a: number, b: number): number =>
    cosine(corpus.vectors[a], corpus.vectors[b]) - datePenalty(days[a], days[b], params);

  // A pair can only pass when its cosine alone reaches the bar with no date penalty.
  const minPenalty = Math.min(0, params.unknownPenalty);
  const edges = similarPairs(corpus, params.linkThreshold + minPenalty)
    .map((p) => ({
      a: p.a,
      b: p.b,
      score: p.similarity - datePenalty(days[p.a], days[p.b], params),
    }))
    .filter((e) => e.score >= params.linkThreshold);
  const clusters = clusterPairs(docs.length, edges, score, params);

  const byDate = (a: number, b: number): number => {
    const da = docs[a].published ?? '9999';
    const db = docs[b].published ?? '9999';
    return da < db ? -1 : da > db ? 1 : a - b;
  };
  const indexOf = new Map(docs.map((d, i) => [d.id, i]));
  const automatic = clusters.map((members) => ({ memberIds: members.map((i) => docs[i].id) }));
  const pinned = applyPins(automatic, options.pinned ?? [], new Set(seen), storyIdFor);

  const titles = docs.map((d) => d.title);
  return pinned
    .map((group) => {
      const members = group.memberIds.map((id) => indexOf.get(id) as number).sort(byDate);
      return {
        id: group.pinned ? group.id : storyIdFor(group.memberIds),
        label: storyLabel(members, titles, corpus.vectors),
        memberIds: members.map((i) => docs[i].id),
      };
    })
    .sort(
      (a, b) => b.memberIds.length - a.memberIds.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
