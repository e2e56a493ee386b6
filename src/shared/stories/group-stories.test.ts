import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUPING_PARAMS, articleCorpus, groupStories, pairScorer } from './group-stories';
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

// Two launches from one spaceport eight days apart, each covered for a day or two, and the first
// one's follow-up a week later.
const firstLaunch = [
  article(
    'l1',
    'Merlin-3 rocket lost minutes after launch from Cape Vessel',
    'A Merlin-3 rocket built by Aldane Space broke apart four minutes after lifting off from the Cape Vessel spaceport on Tuesday, destroying two research satellites. Aldane Space said the second stage engine shut down early. Launch director Petra Osk said the company would study the telemetry before the next flight.',
    '2025-05-06',
  ),
  article(
    'l2',
    'Watchers at Cape Vessel see Merlin-3 fall into the sea',
    'Hundreds of spectators at Cape Vessel cheered as the Merlin-3 rocket lifted off, then fell silent when it broke apart over the sea. Aldane Space confirmed the loss of both satellites on board. Petra Osk, the launch director, said the second stage engine had stopped too early.',
    '2025-05-06',
  ),
  article(
    'l3',
    'Universities mourn satellites lost on Merlin-3',
    'Two university teams lost the satellites they had built for years when the Merlin-3 rocket failed after launch from the Cape Vessel spaceport. Aldane Space blamed an early shutdown of the second stage engine. Petra Osk promised the teams a free launch.',
    '2025-05-07',
  ),
];
const followUp = article(
  'l4',
  'Aldane Space traces Merlin-3 failure to fuel valve',
  'Aldane Space said a faulty fuel valve stopped the second stage engine of the Merlin-3 rocket that failed after launch from Cape Vessel last week. Launch director Petra Osk said the satellites were lost because the valve froze; the next Merlin flight is delayed by a month.',
  '2025-05-13',
);
const secondLaunch = [
  article(
    'm1',
    'Weather satellite reaches orbit after launch from Cape Vessel',
    'The national weather agency put its first satellite into orbit on Wednesday after a launch from the Cape Vessel spaceport on an Orbex rocket. The satellite will send storm images every ten minutes. Agency head Lars Tamm said the launch went perfectly, eight days after a failed launch from the same site.',
    '2025-05-14',
  ),
  article(
    'm2',
    'Cape Vessel cheers as Orbex rocket lifts weather satellite',
    'Crowds at the Cape Vessel spaceport cheered as an Orbex rocket lifted the weather agency satellite into orbit. Lars Tamm of the weather agency said the satellite would improve storm warnings. The launch came a week after a rocket broke apart over the sea after launch from Cape Vessel.',
    '2025-05-14',
  ),
  article(
    'm3',
    'New weather satellite in orbit, agency says',
    'The weather agency satellite launched from Cape Vessel on an Orbex rocket is in orbit and working, agency head Lars Tamm said, with the first storm images due within a month.',
    '2025-05-15',
  ),
];

// One monthly jobs release: the figures and wording match, the people quoted do not.
const release = [
  article(
    'j1',
    'Unemployment falls to 5.2% in June as hiring picks up',
    'The unemployment rate fell to 5.2% in June from 5.6% in May, the statistics bureau said on Thursday, as building firms and shops across Tessaly hired more staff. Youth unemployment fell to 11.4%. "Hiring has picked up faster than we expected," said Oren Valdis, an economist at Tessel Bank. Sven Aalto of the Builders Guild said firms still lacked bricklayers, and Lotte Brix at Marrow Freight said drivers were scarce. Per Ulving of Osk Retail agreed.',
    '2025-07-17',
  ),
  article(
    'j2',
    'Jobless rate drops to 5.2% as shops and builders hire',
    'Unemployment in Tessaly fell to 5.2% in June, down from 5.6% in May, figures from the statistics bureau showed on Thursday. Building firms and shops hired more staff, and youth unemployment fell to 11.4%. Mirela Kost of the Harwin Institute said the fall in unemployment would not last; shop owner Kaia Mund in Belmarsh said she had hired two people, and Ivo Sandor at Quell Logistics said wages were rising. Dag Rensel of Lumo Foods agreed.',
    '2025-07-17',
  ),
];
// Another country's release the same day names no one and nothing the first two name.
const abroad = article(
  'j3',
  'Unemployment in Varnia falls to 4.8% in June as hiring picks up',
  'The unemployment rate in Varnia fell to 4.8% in June from 5.1% in May, the statistics office said on Thursday, as building firms and shops hired more staff. Youth unemployment fell to 9.7%. Anika Dorn, who advises the Kasvar chamber of commerce, expects hiring to slow.',
  '2025-07-17',
);

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

  it('keeps two launches from one spaceport a week apart as two stories, with the follow-up', () => {
    const all = [...firstLaunch, followUp, ...secondLaunch];
    const sets = groupStories(all).map((g) => [...g.memberIds].sort());
    expect(sets).toContainEqual(['l1', 'l2', 'l3', 'l4']);
    expect(sets).toContainEqual(['m1', 'm2', 'm3']);
    // Without telling the bursts of coverage apart, the look-alikes merge.
    const merged = groupStories(all, { tuning: { burstGapDays: 1000 } });
    expect(merged.length).toBeLessThan(2);
  });

  it('joins same-day reports of one release that quote different people', () => {
    const sets = groupStories([...release, abroad, ...portStrike]).map((g) =>
      [...g.memberIds].sort(),
    );
    expect(sets).toContainEqual(['j1', 'j2']);
    expect(sets).toContainEqual(['j3']);
  });

  it('joins an analysis naming the same people the same week, though it shares few words', () => {
    const analysis = article(
      'p4',
      'What the Ellery dispute is really about',
      'For Dana Okafor, the strike at Port Ellery is about who decides how a terminal is run. The Maritime Workers Federation has watched Ellery Gateway order software that lets one operator in an office move containers on three quays at once. Okafor remembers when a ship needed forty dockworkers on the quay; the union thinks the next one will need six. Ellery Gateway answers that Port Ellery must match rival terminals on cost or lose its shipping lines, and that nobody will be dismissed before 2027. The walkout over automation is the first at the port in a decade.',
      '2025-03-11',
    );
    const sets = groupStories([...portStrike, analysis, ...quake]).map((g) =>
      [...g.memberIds].sort(),
    );
    expect(sets).toContainEqual(['p1', 'p2', 'p3', 'p4']);
    // By wording alone it would stand apart.
    const byWords = groupStories([...portStrike, analysis, ...quake], {
      tuning: { sameCastLink: 1 },
    });
    expect(byWords.map((g) => g.memberIds)).toContainEqual(['p4']);
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
    const days = [x, y].map((d) => Math.round(Date.parse(d.published as string) / 86_400_000));
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
    // Another port's strike: alike in words, but no one in common.
    const other = score(portStrike[0], otherPort[0]);
    expect(other.content).toBeGreaterThan(0.05);
    expect(other.score).toBeLessThan(other.content / 2);
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

  it('needs no shared cast for alike words only within a few days', () => {
    const sameDay = score(release[0], release[1]);
    const monthApart = score(release[0], far(release[1], '2025-08-20'));
    const { sharedCast } = DEFAULT_GROUPING_PARAMS;
    expect(sameDay.score).toBeCloseTo(sameDay.content, 10);
    expect(monthApart.score).toBeLessThan(sameDay.content * 0.9);
    expect(score(release[0], abroad).score).toBeLessThan(sameDay.content * sharedCast);
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
