import { PREPOSITION_ONLY_BASES } from './complements';

/**
 * Speech, thought and report verbs that introduce attributed content.
 * Each base verb is expanded into its inflected forms so the rules can match
 * "said", "says", "saying" and "has said" alike.
 */

/** How a verb takes its content. */
export type CueFrame =
  /** Takes a clause: "X said (that) the deal is done". */
  | 'clause'
  /** Takes an object, usually a noun phrase: "X rejected any suggestion of ...", "X described it as ...". */
  | 'object'
  /** Takes a listener before the clause: "X told Reuters (that) ...". */
  | 'listener'
  /** Takes content only through a preposition: "X talked about …", "X pointed to …". */
  | 'preposition';

const CLAUSE_VERBS = `
say tell add note stress highlight indicate warn express believe argue claim insist explain
acknowledge admit announce assert contend suggest state declare emphasize emphasise maintain
reiterate confirm predict estimate anticipate expect hope fear worry caution concede complain
observe remark reply respond retort recall report reveal disclose tweet post write allege promise
pledge vow conclude counter boast joke quip lament muse agree reckon forecast project figure
guess recommend propose proclaim signal hint imply mention comment elaborate clarify specify
underline underscore reaffirm repeat restate reason posit speculate suspect assume think feel
consider find discover learn realize realise recognize recognise confess grant accept concur
dispute doubt deny protest object regret apologize apologise threaten swear guarantee wonder
testify attest affirm aver avow whisper shout yell exclaim mutter grumble sigh laugh brag gloat
calculate judge assess summarize summarise determine show demonstrate ask answer
insinuate contest predict continue suppose opine surmise wager bet reassure
assure inform remind advise notify convince persuade urge demand request instruct order caution
announce acknowledge decide rule hold conclude declare indicate imagine envision
want plan seek aim intend refuse wish prefer encourage read chant disagree
`;

const OBJECT_VERBS = `
describe characterize characterise label brand dub term call reject dismiss deny downplay criticize
criticise condemn denounce blast slam praise hail welcome applaud commend laud tout defend justify
rebut refute decry deride mock ridicule question challenge cite outline detail recount portray
depict frame welcome endorse oppose support back champion lambast castigate scold rebuke
accuse blame charge offer
`;

const LISTENER_VERBS = `tell inform remind assure reassure warn advise notify convince persuade brief`;

/** Irregular verbs: base -> [past, past participle]. */
const IRREGULAR: Record<string, [string, string]> = {
  say: ['said', 'said'],
  tell: ['told', 'told'],
  write: ['wrote', 'written'],
  think: ['thought', 'thought'],
  feel: ['felt', 'felt'],
  find: ['found', 'found'],
  hold: ['held', 'held'],
  show: ['showed', 'shown'],
  swear: ['swore', 'sworn'],
  forecast: ['forecast', 'forecast'],
  bet: ['bet', 'bet'],
  wager: ['wagered', 'wagered'],
  speak: ['spoke', 'spoken'],
  learn: ['learned', 'learned'],
  read: ['read', 'read'],
};

/** Verbs that double their final consonant before -ed/-ing. */
const DOUBLES_CONSONANT = new Set([
  'admit',
  'regret',
  'rebut',
  'aver',
  'quip',
  'concur',
  'confer',
  'refer',
  'occur',
  'slam',
  'bet',
  'plan',
]);

function inflect(base: string): string[] {
  const forms = new Set<string>([base]);
  const irregular = IRREGULAR[base];
  const stem = DOUBLES_CONSONANT.has(base) ? base + base[base.length - 1] : base;
  // Third person singular.
  if (/(s|sh|ch|x|z)$/.test(base)) forms.add(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + 'ies');
  else forms.add(base + 's');
  // Past tense and participle.
  if (irregular) {
    forms.add(irregular[0]);
    forms.add(irregular[1]);
  } else if (base.endsWith('e')) forms.add(base + 'd');
  else if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + 'ied');
  else forms.add(stem + 'ed');
  // British spelling doubles a final l after a single vowel: "signalled", "labelling".
  if (/[^aeiou][aeiou]l$/.test(base)) {
    forms.add(base + 'led');
    forms.add(base + 'ling');
  }
  // Present participle.
  if (base.endsWith('ie')) forms.add(base.slice(0, -2) + 'ying');
  else if (base.endsWith('e') && !base.endsWith('ee')) forms.add(base.slice(0, -1) + 'ing');
  else forms.add(stem + 'ing');
  return [...forms];
}

export interface CueVerbInfo {
  base: string;
  frame: CueFrame;
  /** True for -ing forms, which need a subject from elsewhere ("..., adding that ..."). */
  participle: boolean;
}

/** Each known form's entry, made once: look-ups run for nearly every word of an article. */
function buildIndex(): Map<string, Readonly<CueVerbInfo>> {
  const index = new Map<string, Readonly<CueVerbInfo>>();
  const add = (list: string, frame: CueFrame): void => {
    for (const base of list.split(/\s+/).filter(Boolean)) {
      for (const form of inflect(base)) {
        const participle = form.endsWith('ing') && !base.endsWith('ing');
        // The first frame registered wins; clause frames are listed first on purpose.
        if (!index.has(form)) index.set(form, Object.freeze({ base, frame, participle }));
      }
    }
  };
  add(LISTENER_VERBS, 'listener');
  add(CLAUSE_VERBS, 'clause');
  add(OBJECT_VERBS, 'object');
  add(PREPOSITION_ONLY_BASES, 'preposition');
  return index;
}

const CUE_INDEX = buildIndex();

/** Looks a word up in the cue verb list (case-insensitive). The entry is shared: do not change it. */
export function lookupCueVerb(word: string): Readonly<CueVerbInfo> | null {
  return CUE_INDEX.get(word.toLowerCase()) ?? null;
}

/** lookupCueVerb for a word already lower-cased. */
export function lookupLowerCaseCueVerb(lowerCaseWord: string): Readonly<CueVerbInfo> | null {
  return CUE_INDEX.get(lowerCaseWord) ?? null;
}

/** Number of distinct word forms known (for tests and reports). */
export function cueVerbFormCount(): number {
  return CUE_INDEX.size;
}

/**
 * Verbs that reliably mark speech even without a "that" complement, so the
 * "“…,” X verb" and "X verb: “…”" patterns may use them. Belief verbs are left out:
 * "“Fine,” she thought" is rare in news and "X believes" needs a clause.
 */
const QUOTE_FRAMING_BASES = new Set(
  `say add tell note stress warn explain insist argue claim state declare reply respond retort
  continue write tweet post recall remark comment joke quip concede admit acknowledge complain ask
  predict observe emphasize emphasise announce caution counter boast lament muse conclude
  confirm suggest vow promise pledge tell told urge agree answer exclaim shout yell whisper
  mutter grumble sigh laugh brag wonder reiterate repeat assert maintain contend allege testify
  describe indicate highlight underline underscore point reveal express hope fear worry believe think
  demand read chant plead`
    .split(/\s+/)
    .filter(Boolean),
);

export function framesDirectQuote(word: string): boolean {
  const info = lookupCueVerb(word);
  return info !== null && QUOTE_FRAMING_BASES.has(info.base);
}

/**
 * Clause verbs that are too often plain actions to take a bare clause ("the U.S. maintains
 * export curbs", "she found the keys"): they need "that" or a colon before their content.
 */
const NEEDS_THAT = new Set(
  `maintain hold find show continue decide rule order accept grant consider determine demonstrate learn discover
  recognize recognise expect project figure judge signal request demand post write calculate assess imagine
  envision answer question ask charge blame accuse object protest promise pledge vow threaten order instruct
  advise remind persuade convince inform notify reassure assure swear guarantee apologize apologise regret bet wager
  disclose deny repeat restate reiterate testify tweet laugh sigh shout yell whisper
  plan seek aim intend refuse wish prefer encourage read chant`
    .split(/\s+/)
    .filter(Boolean),
);

export function needsComplementizer(base: string): boolean {
  return NEEDS_THAT.has(base);
}
