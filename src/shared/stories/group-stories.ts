import { clusterPairs } from './cluster';
import { type DatePenaltyParams, datePenalty } from './date-penalty';
import { dayNumber } from './dates';
import { TermCounter } from './features';
import { storyLabel } from './label';
import { applyPins } from './pins';
import { similarPairs } from './candidates';
import { storyIdFor } from './story-id';
import { type Corpus, buildCorpus, cosine } from './vectors';
import { Vocabulary } from './vocabulary';
import type { GroupStoriesOptions, StoryGroup, StoryInput } from './types';

export interface GroupingParams extends DatePenaltyParams {
  /** Score (cosine less the date penalty) at which two articles are linked. */
  linkThreshold: number;
  /** Average score at which two clusters inside a component still merge. */
  mergeThreshold: number;
  /** 0 = plain term frequency, 1 = full idf. */
  idfStrength: number;
  /** idf strength for the names-and-figures vector. */
  specificIdfStrength: number;
  /**
   * Cosine of the names-and-figures vectors at which two articles count as sharing the event's
   * specifics: from there on dates stop counting against them. Below it the date penalty scales
   * with how little they share.
   */
  strongEvidence: number;
}

/** Tuned on resources/story-eval and checked on resources/story-eval/holdout (scripts/eval-stories.ts). */
export const DEFAULT_GROUPING_PARAMS: GroupingParams = {
  linkThreshold: 0.2,
  mergeThreshold: 0.16,
  windowDays: 7,
  perDoubling: 0.03,
  maxPenalty: 0.12,
  unknownPenalty: 0,
  idfStrength: 0.3,
  specificIdfStrength: 0.5,
  strongEvidence: 0.2,
};

/** Articles sorted by id with repeated ids dropped, so that output depends on the set, not the order. */
function uniqueById(articles: StoryInput[]): StoryInput[] {
  const seen = new Set<string>();
  return [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((a) => !seen.has(a.id) && seen.add(a.id));
}

/** Term vectors of the articles, in their order. */
export function articleCorpus(docs: StoryInput[], params: GroupingParams): Corpus {
  const vocabulary = new Vocabulary();
  const counter = new TermCounter(vocabulary);
  const counted = docs.map((doc) => counter.count(doc));
  const df = vocabulary.df.subarray(0, vocabulary.size);
  return buildCorpus(counted, df, params.idfStrength, params.specificIdfStrength);
}

/**
 * The pair score: topical cosine less a date penalty. Dates only count against pairs that are
 * also weak on the event's specifics (shared names and figures): a story that runs for months
 * keeps its cast and links across the gap; a look-alike event a month later does not.
 */
export function pairScorer(
  corpus: Corpus,
  days: (number | null)[],
  params: GroupingParams,
): (a: number, b: number, similarity?: number) => number {
  return (a, b, similarity = cosine(corpus.vectors[a], corpus.vectors[b])) => {
    const penalty = datePenalty(days[a], days[b], params);
    if (penalty === 0) return similarity;
    const evidence = cosine(corpus.specific[a], corpus.specific[b]);
    const weakness = Math.max(0, 1 - evidence / params.strongEvidence);
    return similarity - penalty * weakness;
  };
}

/**
 * Groups articles into stories across outlets. Deterministic: the input order does not matter.
 * Pinned decisions are applied last and never changed.
 */
export function groupStories(
  articles: StoryInput[],
  options: GroupStoriesOptions & { tuning?: Partial<GroupingParams> } = {},
): StoryGroup[] {
  const params = { ...DEFAULT_GROUPING_PARAMS, ...options.tuning };
  const docs = uniqueById(articles);
  const corpus = articleCorpus(docs, params);
  const days = docs.map((d) => dayNumber(d.published));
  const score = pairScorer(corpus, days, params);

  // A pair can only pass when its cosine alone reaches the bar with no date penalty.
  const minPenalty = Math.min(0, params.unknownPenalty);
  const edges = similarPairs(corpus, params.linkThreshold + minPenalty)
    .map((p) => ({ a: p.a, b: p.b, score: score(p.a, p.b, p.similarity) }))
    .filter((e) => e.score >= params.linkThreshold);
  const clusters = clusterPairs(docs.length, edges, score, params);

  const byDate = (a: number, b: number): number => {
    const da = docs[a].published ?? '9999';
    const db = docs[b].published ?? '9999';
    return da < db ? -1 : da > db ? 1 : a - b;
  };
  const indexOf = new Map(docs.map((d, i) => [d.id, i]));
  const automatic = clusters.map((members) => ({ memberIds: members.map((i) => docs[i].id) }));
  const known = new Set(indexOf.keys());
  const pinned = applyPins(automatic, options.pinned ?? [], known, storyIdFor);

  const titles = docs.map((d) => d.title);
  const scratch = new Float64Array(corpus.documentFrequency.length);
  return pinned
    .map((group) => {
      const members = group.memberIds.map((id) => indexOf.get(id) as number).sort(byDate);
      return {
        id: group.pinned ? group.id : storyIdFor(group.memberIds),
        label: storyLabel(members, titles, corpus.vectors, scratch),
        memberIds: members.map((i) => docs[i].id),
      };
    })
    .sort(
      (a, b) => b.memberIds.length - a.memberIds.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
