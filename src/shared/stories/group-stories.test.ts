import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GROUPING_PARAMS,
  articleCorpus,
  attachLoners,
  groupStories,
  pairScorer,
} from './group-stories';
import { articleDay } from './dates';
import { cosine } from './vectors';
import { storyIdFor } from './story-id';
import type { StoryInput } from './types';

const article = (
  id: string,
  title: string,
  body: string,
  published: string | null = '2025-03-10',
): StoryInput => ({
  id,
  title,
  body,
  outlet: null,
  published,
});

const portStrike = [
  article(
    'p1',
    'Dockers strike at Port Ellery over automated cranes',
    'About 1,200 dockworkers at Port Ellery began a 48-hour strike over remote-controlled cranes. The Maritime Workers Federation says 300 jobs are at risk. Dana Okafor of the federation said members would not train the machines that replace them. Terminal operator Ellery Gateway called the strike premature.',
  ),
  article(
    'p2',
    'Port Ellery halted by two-day dock strike',
    'Container traffic at Port Ellery stopped as the Maritime Workers Federation began a 48-hour strike over automation. Around 1,200 dock staff walked out; the union fears 300 jobs will go when Ellery Gateway installs remote-controlled cranes. Organiser Dana Okafor said members voted for action.',
  ),
  article(
    'p3',
    'Ships diverted as Ellery strike continues',
    'Port Ellery stayed shut for a second day as the dock strike against crane automation continued. Eleven ships were diverted. The Maritime Workers Federation, representing the 1,200 strikers, accuses Ellery Gateway of planning to cut 300 jobs with remote-controlled cranes, said Dana Okafor.',
    '2025-03-11',
  ),
];
const quake = [
  article(
    'q1',
    'Magnitude 6.1 earthquake kills 14 in Varos',
    'A magnitude 6.1 earthquake struck Varos province before dawn, killing at least 14 people in hillside villages near Dravna. Rescue teams searched collapsed stone houses and landslides blocked roads into the valley.',
    '2025-04-03',
  ),
  article(
    'q2',
    'Earthquake flattens villages in Varos province',
    'Rescuers dug through rubble in Varos province after a magnitude 6.1 earthquake. The death toll stood at 12 and was expected to rise in Dravna, where stone houses collapsed and landslides cut the road.',
    '2025-04-03',
  ),
];

const otherPort = [
  article(
    's1',
    'Pay row brings Saltmarsh Harbour to a stop',
    'An open-ended strike by crane operators closed most berths at Saltmarsh Harbour after wage talks between the Dock and Crane Operators Union and Saltmarsh Terminals collapsed. The union wants a 9% pay rise. Union president Piet Lindqvist said the gap was about rent and food.',
    '2025-03-12',
  ),
  article(
    's2',
    'Saltmarsh crane operators stay out over pay',
    'Crane operators at Saltmarsh Harbour stayed on strike for a second day over pay. Piet Lindqvist of the Dock and Crane Operators Union said members rejected the 4.5% offer from Saltmarsh Terminals; grain ships waited offshore.',
    '2025-03-13',
  ),
];
// One brewer, its chief executive and its home town in two events of one week.
const brewery = [
  article(
    'b1',
    'Haldor Breweries to build €300 million brewery in Tessing',
    'Haldor Breweries will build a €300 million brewery in Tessing, creating 450 jobs, chief executive Mara Quist said on Tuesday. The plant will brew for export from 2028 on land beside the Tessing canal. The regional council approved the site last month.',
    '2025-06-10',
  ),
  article(
    'b2',
    'Tessing wins Haldor brewery and 450 jobs',
    'Council leaders in Tessing welcomed the choice of the town by Haldor Breweries for its new €300 million brewery. Mara Quist, the chief executive of Haldor, said the canal and the rail links decided it. Building work on the plant starts next spring.',
    '2025-06-11',
  ),
];
const recall = [
  article(
    'r1',
    'Haldor recalls lager bottles after glass found',
    'Haldor Breweries is recalling 80,000 bottles of its pale lager after customers found glass fragments, chief executive Mara Quist said on Wednesday. Shops in Tessing and the capital removed the beer from their shelves while the food safety agency tests samples.',
    '2025-06-11',
  ),
  article(
    'r2',
    'Glass in beer: Haldor pulls pale lager from shops',
    'Customers should return bottles of pale lager brewed in May, Haldor Breweries said, after glass fragments turned up in a batch of 80,000 bottles. Mara Quist apologised to customers; the food safety agency said nobody had been hurt.',
    '2025-06-12',
  ),
];
// A 50-word brief and a long analysis of the same decision.
const wage = [
  article(
    'w1',
    'Minimum wage to rise to €14.20 in January',
    'Labour minister Jonas Pell said on Monday that the legal minimum wage will rise from €13.50 to €14.20 an hour on 1 January. About 410,000 workers will get the increase. Employer groups called it too steep for small shops.',
    '2025-09-15',
  ),
  article(
    'w2',
    'Analysis: can small employers afford a €14.20 minimum wage?',
    [
      'The decision announced by labour minister Jonas Pell on Monday, lifting the minimum wage to €14.20 an hour from January, is the largest single increase since the wage floor was introduced. It follows two years in which food and rent rose faster than pay at the bottom of the market.',
      'For the 410,000 workers on the minimum, the rise is worth about €1,300 a year for a full-time job. Economists at the central bank expect a small effect on prices, concentrated in restaurants, cleaning and retail, where wages are a large share of costs.',
      'Employer groups argue that small shops in rural regions will cut hours instead of paying more. They point to surveys in which one owner in five said they would hire fewer seasonal staff. Unions reply that the same warnings were made in earlier years and that employment kept growing.',
      'The government has promised a temporary cut in social contributions for firms with fewer than ten employees. Pell said the cut would cover roughly a third of the extra cost in the first year. Opposition parties say the relief is too small and too short.',
      'The real test will come in the spring, when the first payroll figures under the new rate are published.',
    ].join('\n\n'),
    '2025-09-17',
  ),
];

describe('groupStories', () => {
  it('groups articles on one event and keeps different events apart', () => {
    const groups = groupStories([...portStrike, ...quake]);
    const sets = groups.map((g) => [...g.memberIds].sort());
    expect(sets).toContainEqual(['p1', 'p2', 'p3']);
    expect(sets).toContainEqual(['q1', 'q2']);
    expect(groups).toHaveLength(2);
  });

  it('is deterministic whatever the input order, with ids derived from members', () => {
    const a = groupStories([...portStrike, ...quake]);
    const b = groupStories([...quake].reverse().concat([...portStrike].reverse()));
    expect(b).toEqual(a);
    for (const g of a) expect(g.id).toBe(storyIdFor(g.memberIds));
  });

  it('labels a story with a member title', () => {
    const [group] = groupStories(portStrike);
    expect(portStrike.map((p) => p.title)).toContain(group.label);
  });

  it('never overrides a pinned article, and lets confirmed stories keep new arrivals', () => {
    const pinned = [
      { articleId: 'p1', storyId: 'user-story' },
      { articleId: 'p2', storyId: 'user-story' },
      { articleId: 'q1', storyId: 'odd-one' },
    ];
    const groups = groupStories([...portStrike, ...quake], { pinned });
    const byId = new Map(groups.map((g) => [g.id, [...g.memberIds].sort()]));
    expect(byId.get('user-story')).toEqual(['p1', 'p2', 'p3']);
    // One article pinned out of a two-article story: half the group, so its companion follows it.
    expect(byId.get('odd-one')).toEqual(['q1', 'q2']);
  });

  it('lets a single pinned article leave a bigger story alone', () => {
    const groups = groupStories(portStrike, {
      pinned: [{ articleId: 'p3', storyId: 'elsewhere' }],
    });
    const byId = new Map(groups.map((g) => [g.id, [...g.memberIds].sort()]));
    expect(byId.get('elsewhere')).toEqual(['p3']);
    expect(byId.get(storyIdFor(['p1', 'p2']))).toEqual(['p1', 'p2']);
  });

  it('handles empty input and single articles', () => {
    expect(groupStories([])).toEqual([]);
    expect(groupStories([quake[0]])).toEqual([
      { id: storyIdFor(['q1']), label: quake[0].title, memberIds: ['q1'] },
    ]);
  });

  it('keeps a story that runs for months together when its cast and subject recur', () => {
    const talks = [
      article(
        't1',
        'Tarsk and Ovalia open talks on lithium export licences',
        'Trade Minister Odile Farrant of Tarsk met Ovalian envoy Kasimir Dray in Port Vell to open negotiations over the export licences Tarsk imposed on lithium concentrate. Ovalia battery makers depend on Tarsk lithium. Farrant said the licences protect refiners.',
        '2025-02-04',
      ),
      article(
        't2',
        'Lithium licence talks stall as Ovalia threatens tariffs',
        'A second round of negotiations between Tarsk and Ovalia over lithium export licences ended without agreement in Port Vell. Envoy Kasimir Dray threatened tariffs; Trade Minister Odile Farrant said the lithium export quota would stay at 18,000 tonnes.',
        '2025-04-22',
      ),
      article(
        't3',
        'Tarsk eases lithium licences after months of talks with Ovalia',
        'Tarsk will relax export licences on lithium concentrate, ending the dispute with Ovalia, Trade Minister Odile Farrant announced. The export quota rises from 18,000 to 25,000 tonnes and envoy Kasimir Dray said Ovalia drops its tariffs.',
        '2025-07-15',
      ),
    ];
    const groups = groupStories(talks);
    expect(groups.map((g) => [...g.memberIds].sort())).toEqual([['t1', 't2', 't3']]);
    // Unknown dates change nothing.
    expect(groupStories(talks.map((t) => ({ ...t, published: null }))).length).toBe(1);
  });

  it('keeps two strikes at two ports in the same week apart', () => {
    const sets = groupStories([...portStrike, ...otherPort]).map((g) => [...g.memberIds].sort());
    expect(sets).toContainEqual(['p1', 'p2', 'p3']);
    expect(sets).toContainEqual(['s1', 's2']);
  });

  it('keeps two events with the same cast in the same week apart', () => {
    const sets = groupStories([...brewery, ...recall, ...quake]).map((g) =>
      [...g.memberIds].sort(),
    );
    expect(sets).toContainEqual(['b1', 'b2']);
    expect(sets).toContainEqual(['r1', 'r2']);
  });

  it('joins a short brief and a long analysis of one event', () => {
    const sets = groupStories([...wage, ...portStrike, ...quake]).map((g) =>
      [...g.memberIds].sort(),
    );
    expect(sets).toContainEqual(['w1', 'w2']);
    expect(sets).toHaveLength(3);
  });
});

describe('pairScorer', () => {
  const far = (a: StoryInput, published: string): StoryInput => ({ ...a, published });
  const score = (x: StoryInput, y: StoryInput): { score: number; content: number } => {
    const corpus = articleCorpus([x, y], DEFAULT_GROUPING_PARAMS);
    const days = [x, y].map((d) => articleDay(d.published, d.body));
    return {
      score: pairScorer(corpus, days, DEFAULT_GROUPING_PARAMS)(0, 1),
      content: cosine(corpus.content[0], corpus.content[1]),
    };
  };

  it('scores what happened, gated by shared names', () => {
    // One strike told twice: the cast is shared, so the score is the content cosine.
    const same = score(portStrike[0], portStrike[1]);
    expect(same.score).toBeCloseTo(same.content, 10);
    expect(same.score).toBeGreaterThan(DEFAULT_GROUPING_PARAMS.linkThreshold);
    // Another port's strike that week: alike in words, but no one in common.
    const other = score(portStrike[0], far(otherPort[0], '2025-03-15'));
    expect(other.content).toBeGreaterThan(0.05);
    expect(other.score).toBeLessThanOrEqual(other.content / 2 + 1e-12);
  });

  it('keeps half the content score for a pair that shares no one', () => {
    const other = score(portStrike[0], far(otherPort[0], '2025-03-15'));
    expect(other.score).toBeCloseTo(other.content * DEFAULT_GROUPING_PARAMS.castFloor, 10);
    expect(DEFAULT_GROUPING_PARAMS.castFloor).toBe(0.5);
  });

  it('keeps three quarters of it when the two were published within two days', () => {
    // A local paper's residents and a business paper's analysts on the same day: one event told
    // by other voices is the likelier reading, so sharing no one costs less.
    for (const date of ['2025-03-10', '2025-03-12']) {
      const other = score(portStrike[0], far(otherPort[0], date));
      expect(other.score).toBeCloseTo(other.content * 0.75, 10);
    }
    const unknown = score(portStrike[0], { ...otherPort[0], published: null });
    expect(unknown.score).toBeCloseTo(unknown.content * 0.5, 10);
  });

  it('does not let voices quoted once outweigh the names a story shares', () => {
    // One decision, each outlet quoting its own economist and think tank once.
    const brief = article(
      'f1',
      'Fuel duty cut by 8 cents from July',
      'Finance minister Ilse Marrow will cut fuel duty by 8 cents a litre from July. "Hauliers cannot wait," said Tomas Reyne, an economist at Kestrel Bank. Greta Vanlo of the Farmers Union and Piers Kaddow of Lindqvist Freight welcomed it. The cut costs the treasury 410 million a year.',
    );
    const analysis = article(
      'f2',
      'Will drivers see the fuel duty cut at the pump?',
      'Ilse Marrow says her 8-cent cut in fuel duty will reach drivers in July. Past cuts were only partly passed on by retailers, warned Edda Lowin of the Sandvik Institute. The treasury will forgo 410 million a year. Odran Pell, who runs a petrol station in Harrowgate, doubted prices would fall.',
    );
    const pair = score(brief, analysis);
    expect(pair.score).toBeCloseTo(pair.content, 10);
    expect(pair.score).toBeGreaterThan(DEFAULT_GROUPING_PARAMS.linkThreshold);
  });

  it('lets dates count against a pair by how little of the cast it shares', () => {
    const near = score(portStrike[0], portStrike[1]);
    const months = score(portStrike[0], far(portStrike[1], '2025-08-10'));
    const { maxPenalty } = DEFAULT_GROUPING_PARAMS;
    expect(near.score - months.score).toBeGreaterThan(0);
    expect(near.score - months.score).toBeLessThan(maxPenalty / 2);
  });

  it('counts six days apart against a pair, as the next match of the same club can be', () => {
    const sameDay = score(portStrike[0], portStrike[1]);
    const sixDays = score(portStrike[0], far(portStrike[1], '2025-03-16'));
    expect(sameDay.content).toBeCloseTo(sixDays.content, 10);
    expect(sixDays.score).toBeLessThan(sameDay.score);
  });

  it('makes the same institution months later need much more in common', () => {
    // A central bank holds in April and cuts in July: the bank, its governor and the capital
    // recur, each outlet quotes its own economist, and the wording of rate news is alike.
    const hold = article(
      'h',
      'Castan keeps rates on hold as inflation lingers',
      'Governor Mirela Castan and the Corvenian Central Bank left the policy rate unchanged at 3.75 per cent. Interest rates will stay high until inflation falls, Castan told reporters in Castrel. Jonas Weil of the Federal Economic Institute expected no cut before summer.',
      '2025-04-11',
    );
    const cut = article(
      'c',
      'Central bank cuts interest rate to 3.50 per cent',
      'The Corvenian Central Bank cut its policy rate to 3.50 per cent on Thursday, its first cut in two years. Governor Mirela Castan said in Castrel that inflation had fallen enough. Economist Arvid Holm of Skarholm Savings said interest rates could fall again in December.',
      '2025-07-24',
    );
    const months = score(hold, cut);
    const sameWeek = score(hold, far(cut, '2025-04-14'));
    // Most of the cast is shared, yet three months cost more than half the link bar.
    expect(sameWeek.score - months.score).toBeGreaterThan(
      DEFAULT_GROUPING_PARAMS.linkThreshold / 2,
    );
  });

  it('takes two different magnitudes for two earthquakes', () => {
    const sameQuake = score(quake[0], quake[1]);
    const otherMagnitude = { ...quake[1], body: quake[1].body.replace('6.1', '5.4') };
    const conflict = score(quake[0], otherMagnitude);
    expect(sameQuake.score - conflict.score).toBeGreaterThan(
      DEFAULT_GROUPING_PARAMS.fingerprintConflict * 0.9,
    );
  });
});

describe('attachLoners', () => {
  // Articles 0-2 are one story; 3 is an analysis piece near all of it; 4 matches one member well
  // and the others not at all; 5 is near nothing.
  const scores: Record<string, number> = {
    '0-1': 0.3,
    '0-2': 0.3,
    '1-2': 0.3,
    '0-3': 0.1,
    '1-3': 0.09,
    '2-3': 0.08,
    '0-4': 0.2,
    '0-5': 0.01,
  };
  const score = (a: number, b: number): number =>
    scores[`${Math.min(a, b)}-${Math.max(a, b)}`] ?? 0;
  const candidates = Object.keys(scores).map((key) => {
    const [a, b] = key.split('-').map(Number);
    return { a, b, score: scores[key] };
  });
  const clusters = [[0, 1, 2], [3], [4], [5]];

  it('lets an article left alone join the story it is near on average', () => {
    const result = attachLoners(clusters, candidates, score, 0.085);
    expect(result).toContainEqual([0, 1, 2, 3]);
  });

  it('does not let one close member pull a look-alike in', () => {
    const result = attachLoners(clusters, candidates, score, 0.085);
    expect(result).toContainEqual([4]);
    expect(result).toContainEqual([5]);
    expect(result).toHaveLength(3);
  });

  it('changes nothing when switched off', () => {
    expect(attachLoners(clusters, candidates, score, 0)).toEqual(clusters);
  });
});
