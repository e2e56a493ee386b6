import { clusterPairs } from './cluster';
import { type DatePenaltyParams, datePenalty } from './date-penalty';
import { dayNumber } from './dates';
import { TermCounter } from './features';
import { storyLabel } from './label';
import { applyPins } from './pins';
import { similarPairs } from './candidates';
import { storyIdFor } from './story-id';
import { type Corpus, buildCorpus, cosine, intersects } from './vectors';
import { Vocabulary } from './vocabulary';
import type { GroupStoriesOptions, StoryGroup, StoryInput } from './types';

export interface GroupingParams extends DatePenaltyParams {
  /** Score at which two articles are linked. */
  linkThreshold: number;
  /** Average score at which two clusters inside a component still merge. */
  mergeThreshold: number;
  /** Imaginary articles added to the idf's document count, so small libraries keep shared words. */
  idfPriorDocs: number;
  /**
   * Names cosine from which two articles count as sharing a cast. Below it their content score
   * is scaled down in proportion: the same kind of event with other people, places and firms
   * (two port strikes in one week) is another story.
   */
  sharedCast: number;
  /** Taken off when both articles give a magnitude and none agrees: two earthquakes, not one. */
  fingerprintConflict: number;
  /** Longest date span of one burst of coverage (see cluster.ts). */
  burstGapDays: number;
  /** Average score at which two bursts of two or more articles, further apart, still merge. */
  burstMergeThreshold: number;
  /**
   * Content cosine from which two articles published within `burstGapDays` that name anything in
   * common need no more shared cast: outlets covering one release or decision on the same days
   * quote their own economists and residents. The gate lifts gradually from three quarters of this
   * value. Articles naming nothing in common (two countries' figures on one day) stay gated.
   */
  sameDaysContent: number;
  /** Names cosine from which two articles of the same few days count as having one cast… */
  sameCast: number;
  /** …and link at this score: an analysis naming the same people needs fewer of the same words. */
  sameCastLink: number;
}

/**
 * Tuned on resources/story-eval and checked on resources/story-eval/holdout (scripts/eval-stories.ts);
 * holdout-2 and holdout-3 were used for development from round 3 on.
 */
export const DEFAULT_GROUPING_PARAMS: GroupingParams = {
  linkThreshold: 0.12,
  mergeThreshold: 0.085,
  windowDays: 7,
  perDoubling: 0.03,
  maxPenalty: 0.08,
  unknownPenalty: 0,
  idfPriorDocs: 100,
  sharedCast: 0.4,
  fingerprintConflict: 0.1,
  burstGapDays: 4,
  burstMergeThreshold: 0.2,
  sameDaysContent: 0.2,
  sameCast: 0.75,
  sameCastLink: 0.085,
};

/** Articles sorted by id with repeated ids dropped, so that output depends on the set, not the order. */
function uniqueById(articles: StoryInput[]): StoryInput[] {
  const seen = new Set<string>();
  return [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((a) => !seen.has(a.id) && seen.add(a.id));
}

/** Content and name vectors of the articles, in their order. */
export function articleCorpus(docs: StoryInput[], params: GroupingParams): Corpus {
  const vocabulary = new Vocabulary();
  const counter = new TermCounter(vocabulary);
  const counted = docs.map((doc) => counter.count(doc));
  return buildCorpus(counted, vocabulary, params.idfPriorDocs);
}

/**
 * The pair score. Stories are told apart by events, not casts: what happened (content: words,
 * bigrams, figures) carries the score, and shared names only gate it. A company's recall and its
 * new factory share a cast but not content; two strikes at two ports share content but not a
 * cast; a story needs both. Articles that name no one at all are judged on content alone.
 *
 * Within a few days, words alike enough need little shared cast: the outlets covering one release
 * quote their own voices. Dates count against a pair by how little of the cast it shares (a story
 * that runs for months keeps its people), and two different magnitudes mark two earthquakes
 * however alike the words.
 * Never above the content cosine, so candidate pairs can be found by content alone.
 */
export function pairScorer(
  corpus: Corpus,
  days: (number | null)[],
  params: GroupingParams,
): (a: number, b: number, content?: number) => number {
  const { names, fingerprints } = corpus;
  return (a, b, content = cosine(corpus.content[a], corpus.content[b])) => {
    const anonymous = names[a].terms.length === 0 || names[b].terms.length === 0;
    const cast = anonymous ? 1 : cosine(names[a], names[b]);
    let gate = Math.min(1, cast / params.sharedCast);
    const da = days[a];
    const db = days[b];
    if (
      gate < 1 &&
      cast > 0 &&
      da !== null &&
      db !== null &&
      Math.abs(da - db) <= params.burstGapDays
    ) {
      const ramp = (content - params.sameDaysContent * 0.75) / (params.sameDaysContent * 0.25);
      gate = Math.max(gate, Math.min(1, ramp));
    }
    let score = content * gate;
    const penalty = datePenalty(days[a], days[b], params);
    if (penalty !== 0) score -= penalty * (anonymous ? 1 : 1 - Math.min(1, cast));
    const pa = fingerprints[a];
    const pb = fingerprints[b];
    if (pa.length > 0 && pb.length > 0 && !intersects(pa, pb)) score -= params.fingerprintConflict;
    return score;
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

  // A pair can only pass when its content cosine alone reaches the bar with no date penalty.
  const minPenalty = Math.min(0, params.unknownPenalty);
  const minLink = Math.min(params.linkThreshold, params.sameCastLink);
  const links = (e: { a: number; b: number; score: number }): boolean => {
    if (e.score >= params.linkThreshold) return true;
    if (e.score < params.sameCastLink) return false;
    const da = days[e.a];
    const db = days[e.b];
    if (da === null || db === null || Math.abs(da - db) > params.burstGapDays) return false;
    return cosine(corpus.names[e.a], corpus.names[e.b]) >= params.sameCast;
  };
  const edges = similarPairs(corpus.content, corpus.documentFrequency, minLink + minPenalty)
    .map((p) => ({ a: p.a, b: p.b, score: score(p.a, p.b, p.similarity) }))
    .filter(links);
  const clusters = clusterPairs(docs.length, edges, score, params, days);

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
        label: storyLabel(members, titles, corpus.content, scratch),
        memberIds: members.map((i) => docs[i].id),
      };
    })
    .sort(
      (a, b) => b.memberIds.length - a.memberIds.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
