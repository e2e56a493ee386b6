/**
 * Invented news text for the import benchmark: outlets, people, places and stories made from
 * syllables, articles of about 600 words with quotes, and the page chrome saved pages carry
 * (menus, language toggles, share buttons, view counters, footers). Deterministic (seeded).
 */

export interface Rng {
  next: () => number;
  pick: <T>(items: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
}

export function createRng(seed: number): Rng {
  let state = seed | 0;
  const next = (): number => {
    // Mulberry32: small, fast, seeded.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}

const SYLLABLES =
  'ka ro mi ten sa vol dar en li bra gor nes ul fa ther mon ast el dov pen sor vik tam'.split(' ');
const OUTLET_WORDS = [
  'Herald',
  'Ledger',
  'Wire',
  'Post',
  'Daily',
  'Courier',
  'Gazette',
  'Observer',
  'Tribune',
  'Standard',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const TOPICS = [
  ['port', 'dock workers', 'the strike', 'grain exports', 'the harbour authority', 'cranes'],
  ['the budget', 'the finance ministry', 'spending cuts', 'the deficit', 'parliament', 'tax rates'],
  ['the flood', 'the river', 'evacuations', 'rescue teams', 'the embankment', 'shelters'],
  ['the refinery', 'the fire', 'fuel prices', 'inspectors', 'the plant', 'safety rules'],
  ['the election', 'the mayor', 'turnout', 'the council', 'the ballot', 'campaigners'],
  ['lithium exports', 'the trade ministry', 'licences', 'battery makers', 'the quota', 'tariffs'],
  ['the rail line', 'the derailment', 'freight wagons', 'investigators', 'the operator', 'repairs'],
  ['the outbreak', 'clinics', 'vaccination', 'the health agency', 'hospitals', 'schools'],
] as const;
const VERBS = ['said', 'told reporters', 'warned', 'added', 'insisted', 'argued', 'noted'];
const OPENINGS = [
  'Officials in {place} confirmed on {day} that {t0} would be reviewed after weeks of pressure from {t1}.',
  'The dispute over {t2} deepened on {day} as {t1} rejected the latest offer from {t4}.',
  'Talks between {t4} and {t1} ended without agreement in {place} late on {day}, leaving {t3} uncertain.',
];
const MIDDLES = [
  'According to figures released by {t4}, about {n},000 people depend on {t0} in the region around {place}.',
  '{person}, who has followed {t2} for years, {verb} that the decision could take months to reverse.',
  '“We are not going to accept terms that leave {t3} exposed,” {person} {verb}. “Everyone here knows what is at stake.”',
  'Analysts at the {org} Institute said {t2} had already pushed prices up by {n} percent since the spring.',
  'The measure follows a similar step last year, when {t4} suspended work on {t5} for {n} weeks.',
  '{person} {verb} the plan was “a reasonable first step”, but said {t1} would need guarantees before {month}.',
  'Residents of {place} described long queues and closed offices, and several shops said they had cut hours.',
  'A spokesperson for {t4} declined to comment on the figures but said a statement would follow on {day}.',
  'Opposition members called for an inquiry into {t5}, saying the public had been told too little for too long.',
  'In {place}, local businesses said {t2} had cost them about {n} percent of their usual trade this season.',
];
/**
 * Sentences without attributed speech: background, figures, scene. Real coverage (the seeds)
 * carries about 22 quotes and reported statements per 1,000 words; with every sentence drawn
 * from MIDDLES the text carried about 65, three times as many quote rows per article as a real
 * import stores.
 */
const BACKGROUND = [
  'The first shipments under the new rules are due in {month}, and {t4} has set aside {n} staff to handle them.',
  '{t0} accounts for about {n} percent of local employment, a share that has barely changed in a decade.',
  'Traffic around {place} was diverted for most of {day}, with buses running on a reduced timetable.',
  'The last comparable dispute over {t2} lasted {n} days and ended with a partial settlement in {month}.',
  '{t5} have been a recurring point of friction since the regional government changed hands.',
  'Prices for {t3} rose for a {n}th consecutive week, reaching their highest level since the winter.',
  'Schools in the district stayed open, though attendance fell by about {n} percent on {day}.',
  'The {org} Institute publishes its quarterly review of {t2} in {month}, weeks after the deadline.',
  'Work on {t5} was already behind schedule before {t1} began their action in the spring.',
  'Most of the {n} councils in the province have yet to publish their own plans for {t0}.',
  'By evening the queues outside the offices in {place} had thinned, and several roads reopened.',
  'Freight volumes through {place} have fallen in {n} of the past twelve months.',
];
/** Share of sentences drawn from MIDDLES (reported speech); the rest come from BACKGROUND. */
const REPORTED_SHARE = 0.33;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface Story {
  topic: readonly string[];
  place: string;
  people: string[];
  org: string;
  headline: string;
}

export interface ArticleText {
  outlet: string;
  domain: string;
  author: string;
  /** ISO day and the same date as printed ("14 March 2026"). */
  iso: string;
  printed: string;
  headline: string;
  paragraphs: string[];
}

export function makeWords(rng: Rng): { word: () => string; person: () => string } {
  const word = (): string => {
    const text = Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join('');
    return text[0]!.toUpperCase() + text.slice(1);
  };
  return { word, person: () => `${word()} ${word()}` };
}

export function makeOutlets(rng: Rng, count: number): Array<{ name: string; domain: string }> {
  const { word } = makeWords(rng);
  return Array.from({ length: count }, () => {
    const name = `${word()} ${rng.pick(OUTLET_WORDS)}`;
    return { name, domain: `${name.toLowerCase().replace(/\s+/g, '-')}.example` };
  });
}

export function makeStory(rng: Rng): Story {
  const { word, person } = makeWords(rng);
  const topic = rng.pick(TOPICS);
  const place = `Port ${word()}`;
  return {
    topic,
    place,
    people: [person(), person(), person()],
    org: word(),
    headline: `${place} ${rng.pick(['braces for', 'faces', 'rejects', 'debates', 'counts the cost of'])} ${topic[0]} ${rng.pick(['as talks stall', 'after weekend protests', 'ahead of key vote', 'amid rising prices'])}`,
  };
}

function fill(template: string, story: Story, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key.startsWith('t')) return story.topic[Number(key.slice(1))]!;
    if (key === 'place') return story.place;
    if (key === 'person') return rng.pick(story.people);
    if (key === 'org') return story.org;
    if (key === 'verb') return rng.pick(VERBS);
    if (key === 'day') return rng.pick(DAYS);
    if (key === 'month') return rng.pick(MONTHS);
    return String(rng.int(2, 60));
  });
}

/** One outlet's article on a story: about 750 words in 10 to 13 paragraphs. */
export function makeArticle(
  rng: Rng,
  story: Story,
  outlet: { name: string; domain: string },
): ArticleText {
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const paragraphs = [fill(rng.pick(OPENINGS), story, rng)];
  const count = rng.int(10, 13);
  while (paragraphs.length < count) {
    const sentences = Array.from({ length: rng.int(3, 4) }, () =>
      fill(rng.pick(rng.next() < REPORTED_SHARE ? MIDDLES : BACKGROUND), story, rng),
    );
    paragraphs.push(sentences.join(' '));
  }
  return {
    outlet: outlet.name,
    domain: outlet.domain,
    author: makeWords(rng).person(),
    iso: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    printed: `${day} ${MONTHS[month - 1]} 2026`,
    headline: rng.next() < 0.5 ? story.headline : `${story.headline}: what we know`,
    paragraphs,
  };
}

/** Lines above the headline of a saved page: menus, social links, toggles, a copyright line. */
export function topChrome(rng: Rng, article: ArticleText): string[] {
  const menus = [
    'facebook',
    'x',
    'telegram',
    'youtube',
    'instagram',
    'Subscribe',
    'Sign in',
    'EN',
    'FR',
    'MENU',
    'search',
    'night_theme',
    'A+',
    'A-',
  ];
  const lines = menus.filter(() => rng.next() < 0.6);
  if (rng.next() < 0.5)
    lines.push(`Materials may be reused only with an active hyperlink to ${article.domain}`);
  lines.push(
    `${article.outlet} © 2026. All rights reserved.`,
    rng.pick(['WORLD', 'BUSINESS', 'POLITICS', 'ECONOMY']),
  );
  return lines;
}

/** Lines after the article: byline, sign-off, counters, share buttons, related stories. */
export function bottomChrome(rng: Rng, article: ArticleText): string[] {
  return [
    `By ${article.author}`,
    '',
    article.outlet,
    `Views: ${rng.int(10, 9000).toLocaleString('en-US')}`,
    '',
    'share-lineLiked the story? Share it on social media!',
    'print',
    'copy link',
    'Follow us on Telegram',
    'Related news',
    ...Array.from(
      { length: rng.int(3, 6) },
      () =>
        `${makeWords(rng).word()} ${rng.pick(['council', 'ferry', 'market', 'school'])} ${rng.pick(['reopens', 'delayed', 'votes', 'expands'])}`,
    ),
    'Most read',
  ];
}
