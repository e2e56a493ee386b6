import { clusterPairs } from './cluster';
import { type DatePenaltyParams, datePenalty } from './date-penalty';
import { type ArticleDay, articleDay, dayGap } from './dates';
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
  /**
   * The least share of the content score a pair keeps however little of the cast it shares.
   * Outlets covering one event quote different people (the minister, a local tenants' leader,
   * an analyst): a pair sharing no one needs twice the content to link, not the impossible.
   */
  castFloor: number;
  /** Taken off when both articles give a magnitude and none agrees: two earthquakes, not one. */
  fingerprintConflict: number;
  /** Average score to a story at which an article left alone joins it (0: never). */
  attachThreshold: number;
  /**
   * Days apart (both dates known) within which a pair keeps at least `nearCastFloor` of its
   * content score instead of `castFloor`. Outlets cover one event within a day or two, each
   * through its own voices (a local paper's residents, a business paper's analysts), so there a
   * cast shared with no one is the expected case and costs less; look-alikes (the same club's
   * next match, the same bank's next decision) come days or weeks later.
   */
  nearDays: number;
  nearCastFloor: number;
}

/** Tuned on resources/story-eval and checked on resources/story-eval/holdout (scripts/eval-stories.ts). */
export const DEFAULT_GROUPING_PARAMS: GroupingParams = {
  linkThreshold: 0.12,
  mergeThreshold: 0.096,
  // Outlets cover one event within days; the same club's next match or the same bank's next
  // move can come six days later, so the free window ends at five days and the bar rises faster.
  windowDays: 5,
  perDoubling: 0.1,
  maxPenalty: 0.32,
  unknownPenalty: 0,
  idfPriorDocs: 100,
  sharedCast: 0.4,
  castFloor: 0.5,
  fingerprintConflict: 0.1,
  attachThreshold: 0.085,
  nearDays: 2,
  nearCastFloor: 0.75,
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
 * Dates count against a pair by how little of the cast it shares (a story that runs for months
 * keeps its people), and two different magnitudes mark two earthquakes however alike the words.
 * Never above the content cosine, so candidate pairs can be found by content alone.
 */
export function pairScorer(
  corpus: Corpus,
  days: (ArticleDay | null)[],
  params: GroupingParams,
): (a: number, b: number, content?: number) => number {
  const { names, fingerprints } = corpus;
  return (a, b, content = cosine(corpus.content[a], corpus.content[b])) => {
    const anonymous = names[a].terms.length === 0 || names[b].terms.length === 0;
    const cast = anonymous ? 1 : cosine(names[a], names[b]);
    const gap = dayGap(days[a], days[b]);
    const floor = gap !== null && gap <= params.nearDays ? params.nearCastFloor : params.castFloor;
    let score = content * Math.max(floor, Math.min(1, cast / params.sharedCast));
    const penalty = datePenalty(gap, params);
    if (penalty !== 0) score -= penalty * (anonymous ? 1 : 1 - Math.min(1, cast));
    const pa = fingerprints[a];
    const pb = fingerprints[b];
    if (pa.length > 0 && pb.length > 0 && !intersects(pa, pb)) score -= params.fingerprintConflict;
    return score;
  };
}

/**
 * An article left alone after clustering (a long analysis piece: the story's people and places,
 * little of its wording) joins the story it scores best with on average over all members, when
 * that average reaches `threshold`. Judged against the whole story, not one member, so a single
 * look-alike pair cannot pull it in.
 */
export function attachLoners(
  clusters: number[][],
  candidates: { a: number; b: number; score: number }[],
  score: (a: number, b: number) => number,
  threshold: number,
): number[][] {
  if (threshold <= 0) return clusters;
  const clusterOf = new Map<number, number>();
  clusters.forEach((members, c) => members.forEach((m) => clusterOf.set(m, c)));
  const near = new Map<number, Set<number>>();
  const note = (loner: number, other: number, s: number): void => {
    if (s <= 0 || clusters[clusterOf.get(loner) as number].length !== 1) return;
    const c = clusterOf.get(other) as number;
    if (clusters[c].length < 2) return;
    const set = near.get(loner) ?? new Set<number>();
    set.add(c);
    near.set(loner, set);
  };
  for (const e of candidates) {
    note(e.a, e.b, e.score);
    note(e.b, e.a, e.score);
  }
  const joins: [number, number][] = [];
  for (const [loner, options] of near) {
    let best = -1;
    let bestScore = threshold;
    for (const c of [...options].sort((x, y) => x - y)) {
      const members = clusters[c];
      const average = members.reduce((sum, m) => sum + score(loner, m), 0) / members.length;
      if (average >= bestScore) {
        bestScore = average;
        best = c;
      }
    }
    if (best >= 0) joins.push([loner, best]);
  }
  if (joins.length === 0) return clusters;
  const result = clusters.map((members) => [...members]);
  const moved = new Set<number>();
  for (const [loner, c] of joins) {
    result[c].push(loner);
    moved.add(clusterOf.get(loner) as number);
  }
  return result.filter((_, c) => !moved.has(c));
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
  const days = docs.map((d) => articleDay(d.published, d.body));
  const score = pairScorer(corpus, days, params);

  // A pair can only pass when its content cosine alone reaches the bar with no date penalty.
  const minPenalty = Math.min(0, params.unknownPenalty);
  const floor = Math.min(params.linkThreshold, params.attachThreshold || Infinity) + minPenalty;
  const candidates = similarPairs(corpus.content, corpus.documentFrequency, floor).map((p) => ({
    a: p.a,
    b: p.b,
    score: score(p.a, p.b, p.similarity),
  }));
  const edges = candidates.filter((e) => e.score >= params.linkThreshold);
  const clusters = attachLoners(
    clusterPairs(docs.length, edges, score, params),
    candidates,
    score,
    params.attachThreshold,
  );

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
