/**
 * Complements that news attributes besides "said (that) …": an infinitive ("vowed to cut
 * taxes", "urged voters to stay home"), an embedded question ("questioned whether …"),
 * a prepositional object ("called for a recount", "talked about jobs") and the bare clause
 * or object after a report verb whose subject is a poll or a study ("polls show Ada ahead").
 */

/** Time and place phrases that may sit between a cue and its content ("said on Friday that"). */
export const ADVERBIAL = String.raw`(?:\s+(?:on|in|at|during|last|this|earlier|late|after|before|over|via|through|from|to|with|by|yesterday|today|later|repeatedly|again|also|privately|publicly|separately|recently|previously|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,.;:“"]{0,60}?)?`;

/** Verbs whose content may be an infinitive: "X promised to …", "X wants to …". */
const INFINITIVE_BASES = new Set(
  `promise pledge vow agree decide plan want expect hope threaten refuse seek aim intend offer
  propose vote wish prefer push plead lobby urge ask demand call encourage`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that may put a person before the infinitive: "urged voters to …", "wants Congress to …". */
const OBJECT_INFINITIVE_BASES = new Set(
  `urge ask want expect encourage tell warn advise remind persuade convince order instruct invite
  challenge dare press implore beg pressure allow`
    .split(/\s+/)
    .filter(Boolean),
);

/** Prepositions that open a verb's content: "called for …", "talked about …", "pointed to …". */
const PREPOSITION_FRAMES: Record<string, string> = {
  talk: 'about|of',
  speak: 'about|of|out against|out about|out for',
  write: 'about|of',
  complain: 'about|of',
  warn: 'of|about|against',
  brag: 'about|of',
  boast: 'about|of',
  comment: 'on|about',
  call: 'for|on',
  argue: 'for|against',
  rail: 'against',
  point: 'to|out',
  refer: 'to',
  ask: 'about',
  testify: 'about|on',
  worry: 'about|over',
  agree: 'with|on',
  disagree: 'with|on|about',
  joke: 'about',
  muse: 'about',
  hint: 'at',
  push: 'for',
  plead: 'for',
  lobby: 'for|against',
  campaign: 'for|against',
  criticize: 'for',
  criticise: 'for',
  blame: 'for',
  accuse: 'of',
  praise: 'for',
  question: 'about|over',
  express: 'concern about|concern over|support for|opposition to|doubt about',
};

/** Verbs that only take content through a preposition ("talk about"), never on their own. */
export const PREPOSITION_ONLY_BASES = `talk speak point rail refer push plead lobby disagree`;

/** Report verbs that take a bare clause or object when their subject is a poll, study or document. */
const EVIDENCE_BASES = new Set(
  `show find suggest indicate reveal estimate project predict conclude determine demonstrate
  confirm`
    .split(/\s+/)
    .filter(Boolean),
);

const PREPOSITION_PATTERNS = new Map<string, RegExp>();
function prepositionPattern(base: string): RegExp | null {
  const preps = PREPOSITION_FRAMES[base];
  if (!preps) return null;
  let pattern = PREPOSITION_PATTERNS.get(base);
  if (!pattern) {
    pattern = new RegExp(
      String.raw`^\s+(?:(?:him|her|them|it|me|us|out|\p{Ll}+ly|[\p{Lu}][\p{L}.'’-]*)\s+)?(?:${preps})\s+(?=[\p{L}\p{N}"“‘$])`,
      'u',
    );
    PREPOSITION_PATTERNS.set(base, pattern);
  }
  return pattern;
}

const WH_CLAUSE = new RegExp(
  String.raw`^${ADVERBIAL}\s+(?=(?:whether|why|how|what|who|whom|when|where|which)\b)`,
);
/** "to" and a verb, not "to a pay rise" or "to the council". */
export const TO_VERB = String.raw`to\s+(?!(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|some|any|all|each|every|no)\b)\p{Ll}`;
const INFINITIVE = new RegExp(String.raw`^${ADVERBIAL}\s+(?:not\s+)?(?=${TO_VERB})`, 'u');
/** A short object before an infinitive: "voters", "the Fed", "Congress", "him", "its members". */
const OBJECT_THEN_TO = new RegExp(
  String.raw`^\s+(?=(?:(?:the|a|an|his|her|their|its|our|all|other|more)\s+)?[\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,3}\s+${TO_VERB})`,
  'u',
);
const PLAIN_CLAUSE = /^\s+(?=[\p{L}\p{N}"“‘$£€])/u;

/**
 * The offset (into `rest`, the text after the cue) where content starts, for the complements
 * above; null when none fits. `evidenceSubject` is true when the subject is a poll, study, etc.
 */
export function complementOffset(
  base: string,
  rest: string,
  evidenceSubject: boolean,
): number | null {
  const wh = WH_CLAUSE.exec(rest);
  if (wh) return wh[0].length;
  if (INFINITIVE_BASES.has(base)) {
    const infinitive = INFINITIVE.exec(rest);
    if (infinitive) return infinitive[0].length;
  }
  if (OBJECT_INFINITIVE_BASES.has(base)) {
    const object = OBJECT_THEN_TO.exec(rest);
    if (object && !/^\s+(?:that|this|going|able|have)\s/.test(rest)) return object[0].length;
  }
  const match = prepositionPattern(base)?.exec(rest);
  if (match) return match[0].length;
  if (evidenceSubject && EVIDENCE_BASES.has(base)) {
    const clause = PLAIN_CLAUSE.exec(rest);
    if (clause && !/^\s+(?:to|by|for|with|in|on|at|of|from|up|that\s+(?:is|was))\b/.test(rest))
      return clause[0].length;
  }
  return null;
}
