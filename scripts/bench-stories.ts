/**
 * Benchmarks story grouping on synthetic news.
 *
 *   node --import tsx scripts/bench-stories.ts [articles=10000]
 *
 * Generates ~1,500 stories covered by 3–12 outlets each (about 400 words per article) in families
 * of look-alikes: stories in one family share topic words (strike, port, union, …) but differ in
 * people, places, figures and dates. Prints the grouping time (wall clock, and CPU time, which a
 * loaded machine distorts less), memory, and pairwise F1 against
 * the generated truth as a sanity check. Deterministic (seeded).
 */

import { performance } from 'node:perf_hooks';
import { type StoryInput, groupStories } from '../src/shared/stories/index';
import { compareCoverage } from '../src/shared/compare/compare';
import { comparisonArticles } from './comparison-articles';

let seed = 20250301;
function random(): number {
  // Mulberry32: small, fast, seeded.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

const FILLER =
  `government officials residents company market economy country region city local national public
plan policy decision situation result impact concern issue problem support pressure change growth risk
area community service system process support effort response question information level number rate
announced confirmed expected warned described suggested remained continued increased reduced raised
meeting talks agreement measures conditions reports critics supporters experts analysts observers
important significant major serious difficult possible likely recent current future previous further
spokesperson minister authorities agency council committee department office leaders members staff`.split(
    /\s+/,
  );

const TOPICS = [
  'strike union workers port dockers wages pay picket terminal shipping',
  'earthquake magnitude tremor epicentre aftershock rescue rubble collapsed seismology',
  'flood river rain evacuated water levels embankment sandbags shelters',
  'election vote ballot candidate mayor turnout campaign runoff council',
  'budget deficit spending tax finance minister parliament revenue borrowing',
  'fire blaze firefighters smoke flames evacuation refinery plant',
  'court trial verdict judge sentence fraud prosecutors appeal jury',
  'outbreak virus cases vaccination hospital infections clinics health',
  'merger acquisition shares takeover deal investors board premium',
  'layoffs jobs cuts restructuring employees workforce redundancies',
  'derailment train rail wagons tracks leak investigators line',
  'wildfire hectares forest drought winds villages aircraft',
  'rate inflation central bank interest prices mortgage governor',
  'protest demonstrators police march rally crowd square slogans',
  'satellite launch rocket orbit space agency mission payload',
].map((t) => t.split(' '));

const SYLLABLES =
  'ka ro mi ten sa vol dar en li bra gor nes ul fa ther qui mon ast el dov ry pen sor al vik tam'.split(
    ' ',
  );
const name = (): string => {
  const word = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
  return word[0].toUpperCase() + word.slice(1);
};
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);

interface Story {
  id: number;
  topic: string[];
  people: string[];
  places: string[];
  orgs: string[];
  figures: string[];
  day: number;
}

function makeStory(id: number, topic: string[], baseDay: number): Story {
  return {
    id,
    topic,
    people: Array.from({ length: 3 }, () => `${name()} ${name()}`),
    places: Array.from({ length: 2 }, () => name()),
    orgs: [`${name()} Group`, `${name()} Authority`],
    figures: [
      `${int(2, 950)},${String(int(0, 999)).padStart(3, '0')} tonnes`,
      `${int(2, 90)}%`,
      `$${int(1, 99)}.${int(1, 9)} million`,
      `${int(2, 4000)} workers`,
    ],
    day: baseDay + int(-5, 5),
  };
}

function sentence(story: Story): string {
  const parts: string[] = [];
  const length = int(12, 22);
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.55) parts.push(pick(FILLER));
    else if (r < 0.78) parts.push(pick(story.topic));
    else if (r < 0.86) parts.push(pick(story.people));
    else if (r < 0.92) parts.push(pick(story.places));
    else if (r < 0.96) parts.push(pick(story.orgs));
    else parts.push(pick(story.figures));
  }
  const text = parts.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function article(story: Story, index: number): StoryInput {
  const words = int(360, 440);
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const s = sentence(story);
    sentences.push(s);
    count += s.split(' ').length;
  }
  const title = `${pick(story.places)} ${pick(story.topic)} ${pick(story.topic)} as ${pick(story.people)} ${pick(FILLER)}`;
  const date = new Date((story.day + int(0, 3)) * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `a${String(index).padStart(5, '0')}`,
    title,
    body: sentences.join(' '),
    outlet: pick(OUTLETS),
    published: date,
  };
}

function generate(total: number): { articles: StoryInput[]; truth: Map<string, number> } {
  const articles: StoryInput[] = [];
  const truth = new Map<string, number>();
  const start = 20_000; // mid-2024, in days since 1970
  let storyId = 0;
  while (articles.length < total) {
    // A family of look-alikes: same topic words, close dates, different everything else.
    const topic = pick(TOPICS);
    const familyDay = start + int(0, 365);
    const familySize = int(1, 4);
    for (let f = 0; f < familySize && articles.length < total; f++) {
      const story = makeStory(storyId++, topic, familyDay);
      const outlets = Math.min(int(3, 12), total - articles.length);
      for (let o = 0; o < outlets; o++) {
        const a = article(story, articles.length);
        articles.push(a);
        truth.set(a.id, story.id);
      }
    }
  }
  return { articles, truth: truth as Map<string, number> & { size: number } };
}

function pairwiseF1(
  groups: { memberIds: string[] }[],
  truth: Map<string, number>,
): { p: number; r: number; f1: number } {
  // Counted through group/story intersections, so 10,000 articles need no 50-million-pair loop.
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const predicted = groups.reduce((sum, g) => sum + pairs(g.memberIds.length), 0);
  const storySizes = new Map<number, number>();
  for (const story of truth.values()) storySizes.set(story, (storySizes.get(story) ?? 0) + 1);
  const gold = [...storySizes.values()].reduce((sum, n) => sum + pairs(n), 0);
  let both = 0;
  for (const g of groups) {
    const counts = new Map<number, number>();
    for (const id of g.memberIds)
      counts.set(truth.get(id) as number, (counts.get(truth.get(id) as number) ?? 0) + 1);
    for (const n of counts.values()) both += pairs(n);
  }
  const p = predicted ? both / predicted : 1;
  const r = gold ? both / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const total = Number(process.argv[2] ?? 10_000);
const { articles, truth } = generate(total);
const stories = new Set(truth.values()).size;
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const groups = groupStories(articles);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const memory = process.memoryUsage();
const score = pairwiseF1(groups, truth);
// CPU time is reported too: on a loaded machine wall time mostly measures the other processes.
console.log(
  `grouping ${articles.length} articles: ${ms.toFixed(0)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`,
);
console.log(
  `memory: heap ${(memory.heapUsed / 1e6).toFixed(0)} MB (+${((memory.heapUsed - heapBefore) / 1e6).toFixed(0)} MB), rss ${(memory.rss / 1e6).toFixed(0)} MB`,
);
console.log(`stories: found ${groups.length} generated ${stories}`);
console.log(`pairwise: P ${score.p.toFixed(3)} R ${score.r.toFixed(3)} F1 ${score.f1.toFixed(3)}`);

// Comparing one story's versions side by side, at the scale analysts work at.
const versions = comparisonArticles();
compareCoverage(versions);
let bestCompare = Infinity;
for (let run = 0; run < 5; run++) {
  const compareStarted = performance.now();
  compareCoverage(versions);
  bestCompare = Math.min(bestCompare, performance.now() - compareStarted);
}
console.log(
  `comparing ${versions.length} versions of ${versions[0]!.body.split(' ').length} words: ${bestCompare.toFixed(0)} ms (best of 5)`,
);
