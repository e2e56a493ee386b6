/**
 * Small word lists used to read speaker phrases: honorifics, job titles,
 * group nouns and the little words that may sit inside a speaker noun phrase.
 */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Honorifics dropped from names; they also tell gender where they can. */
export const HONORIFICS = words(
  `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. mx mx.`,
);
export const MALE_HONORIFICS = words(`mr mr. sir lord`);
export const FEMALE_HONORIFICS = words(`mrs mrs. ms ms. miss dame lady`);

/**
 * Title and role words. A capitalised run such as "U.S. Treasury Secretary Scott Bessent"
 * is split after the last of these: the name is what follows.
 */
export const TITLE_WORDS = words(`
president vice-president secretary minister premier chancellor chairman chairwoman chair
chairperson governor gov gov. senator sen sen. representative rep rep. congressman congresswoman
mayor ambassador general gen gen. lt lt. col col. colonel admiral adm adm. captain capt capt.
sergeant sgt sgt. commander commissioner director judge justice attorney prosecutor sheriff
spokesman spokeswoman spokesperson speaker leader chief ceo cfo coo founder co-founder head
king queen prince princess pope cardinal bishop rabbi imam pastor father sister brother
professor economist analyst strategist official officer adviser advisor aide envoy negotiator
candidate nominee lawmaker legislator delegate deputy manager executive president-elect
treasurer comptroller inspector superintendent marshal chancellor-elect emir sheikh ayatollah
coach player author editor columnist correspondent reporter researcher fellow scientist
councillor councilor councilman councilwoman alderman auditor auditor-general attorney-general
solicitor-general surgeon-general registrar ombudsman chancellor regulator dean principal headteacher
`);

/** Words that may precede a title inside a capitalised run and belong to the role. */
export const ROLE_MODIFIERS = words(`
former then acting interim deputy vice assistant associate senior junior chief top prime foreign
defence defense finance trade treasury commerce state interior justice health energy labor labour
education transport transportation agriculture housing homeland press campaign security national
white house democratic republican presidential general executive managing
`);

/** Group and institutional heads that can speak: "analysts say", "the ministry said". */
export const GROUP_HEADS = words(`
analysts analyst experts expert observers observer officials official authorities sources source
economists economist critics critic supporters supporters advocates advocate residents resident
witnesses witness investors investor traders trader diplomats diplomat researchers researcher
scientists scientist lawmakers lawmaker legislators legislator aides aide advisers adviser advisors
advisor spokesman spokeswoman spokesperson spokespeople representatives representative insiders
insider executives executive people voters voter police prosecutors prosecutor lawyers lawyer
attorneys attorney activists activist leaders leader members member campaigners campaigner
strategists strategist pollsters pollster polls poll survey surveys study studies report reports
statement data figures ministry government administration company firm campaign department
agency office committee commission council court judge regulators regulator union unions bank
group groups organisation organization party parties team spokespeople doctors doctor teachers
farmers workers employees staff scholars scholar academics historians commentators commentator
forecasters forecaster officers officer negotiators negotiator envoy envoys minister ministers
board authority institute association federation trust museum club charity developer maker operator
utility airline retailer insurer lender broadcaster newspaper network foundation service mission
mother father wife husband son daughter sister brother friend neighbour neighbor colleague
percent majority plurality family relatives parents
`);

/** Documents and media that "say", "show" or "read": "the letter reads", "said the ruling". */
export const DOCUMENT_HEADS = words(`
statement statements report reports survey surveys poll polls study studies data figures letter
letters ruling memo memos ad ads advert book article articles document documents filing filings
complaint lawsuit release decision opinion editorial email emails message announcement petition
indictment analysis analyses video footage transcript slide slides sign banner post tweet tweets
website platform manifesto resolution verdict order brief motion notice guidance forecast
`);
for (const head of DOCUMENT_HEADS) GROUP_HEADS.add(head);

/** People named by what they do on screen or stage: "the narrator", "the announcer". */
for (const head of words(`narrator announcer host moderator anchor presenter caller reader viewer
  organizer organiser protester demonstrator businessman businesswoman chairman chairwoman`))
  GROUP_HEADS.add(head);

/** Plural heads: the group is referred to later as "they". */
export const PLURAL_GROUP_HEADS = new Set(
  [...GROUP_HEADS, 'percent'].filter(
    (w) => w === 'percent' || (w.endsWith('s') && !w.endsWith('ss')),
  ),
);

/** Words allowed in front of a group head: "most analysts", "a senior administration official". */
export const GROUP_MODIFIERS = words(`
the a an another one two three some many most several other others few all both these those this that
senior top leading independent local foreign western chinese american european russian federal state
government administration military industry market political policy security health trade campaign
party company defence defense white house anonymous unnamed two-person prominent outside private
`);

/** Pronouns that can be speakers, with their gender. */
export const PRONOUN_GENDER: Record<string, 'male' | 'female' | 'plural'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  him: 'male',
  her: 'female',
  them: 'plural',
};

/**
 * Words that stay attached to a cue verb between subject and verb ("also said",
 * "has long argued", "did not say"); skipped when reading the subject backwards.
 */
export const VERB_SATELLITES = words(`
also has have had would will did does do later then previously repeatedly recently once further
earlier again publicly privately separately simply flatly firmly strongly reportedly quickly even
never often frequently always long clearly not n't openly bluntly candidly repeatedly subsequently
already initially first originally now still similarly likewise alone too specifically explicitly
`);

/** Lower-case words in -ly that are not adverbs ("the family said", "an ally said"). */
const NOT_ADVERBS =
  words(`family ally rally assembly supply reply daily weekly monthly yearly italy july
  bully belly jelly lily fly holly sally molly`);

/** A verb satellite, or any adverb in -ly: "The experts generally praised …". */
export const isVerbSatellite = (word: string): boolean => {
  const lower = word.toLowerCase();
  return VERB_SATELLITES.has(lower) || (/^\p{Ll}{3,}ly$/u.test(word) && !NOT_ADVERBS.has(lower));
};

/** Abbreviations that end with a period but do not end a sentence. */
export const ABBREVIATIONS = words(`
mr mrs ms dr prof sr jr st sen rep gov gen lt col capt sgt adm cmdr maj rev fr hon pres supt
insp det cpl pvt no nos vs etc inc ltd co corp dept univ assn est approx fig al
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn tex va vt wash wis wyo
`);

/** Lower-case words that may appear inside a capitalised name run ("Rio de Janeiro", "Ludwig van"). */
export const NAME_PARTICLES = words(
  `de da del della di van von der den la le bin al ibn du dos das`,
);

/** Words that can start a sentence but never a speaker phrase. */
export const LEADING_NOISE = new Set(
  `but and or so yet however meanwhile still also in on at after before when while as because although though if since then now here there
  instead moreover furthermore indeed later earlier yesterday today tonight separately elsewhere asked pressed nevertheless overall notably
  additionally similarly likewise finally first second third last`.split(/\s+/),
);

/** Days, months and times: "said Tuesday" names no speaker. */
export const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|morning|afternoon|evening|night|last|this|next|week|month|year|earlier|later)$/i;

/** Prepositions allowed inside a speaker phrase ("a spokesman for the ministry", "head of the IMF"). */
export const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'on', 'in']);
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'another',
  'one',
  'some',
  'many',
  'most',
  'several',
  'other',
  'few',
  'both',
  'all',
  'two',
  'three',
  'four',
  'these',
  'those',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
]);
