/**
 * Classifies a run of words as a speaker phrase (name, pronoun, group or description) and
 * tells which words may belong to one. The readers next to the cue live in speaker-phrase.ts
 * (backwards: "Zichen Wang, a research fellow at …, noted") and speaker-after.ts (forwards:
 * "said Aidan Powers-Riggs, associate fellow …"). Resolution comes later.
 */

import {
  DETERMINERS,
  DOCUMENT_HEADS,
  GROUP_HEADS,
  GROUP_MODIFIERS,
  HONORIFICS,
  INNER_PREPOSITIONS,
  LEADING_NOISE,
  NAME_PARTICLES,
  PLURAL_GROUP_HEADS,
  PRONOUN_GENDER,
  ROLE_MODIFIERS,
  TIME_WORDS,
  TITLE_WORDS,
} from './lexicon';
import { type Gender, genderOfTitle, parseNameRun } from './names';
import { type Token, isCapitalized, normalizeWord } from './tokens';
import { startsUpperCase } from '../text/unit-class';

export type SpeakerKind = 'name' | 'pronoun' | 'group' | 'description';

export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** Span of the phrase that names the speaker (without the appositive). */
  start: number;
  end: number;
  text: string;
  /** Person or organisation name with titles stripped, for kind "name". */
  name: string | null;
  /** Title or appositive role ("Treasury Secretary", "a research fellow at the Centre for ..."). */
  role: string | null;
  gender: Gender | 'plural';
  isPerson: boolean;
  /** Span of the whole phrase with titles and determiners ("Treasury Secretary Bessent"). */
  fullStart: number;
  fullEnd: number;
}

function isNameWord(token: Token): boolean {
  return (
    token.word &&
    (isCapitalized(token.text) ||
      (/^\d/.test(token.text) === false && NAME_PARTICLES.has(token.text)))
  );
}

/** Can this token be part of a speaker noun phrase? */
export function isPhraseWord(token: Token): boolean {
  if (!token.word)
    return token.text === '.' || token.text === '&' || token.text === '’' || token.text === "'";
  if (isCapitalized(token.text)) return true;
  const lower = normalizeWord(token.text);
  return (
    TITLE_WORDS.has(lower) ||
    ROLE_MODIFIERS.has(lower) ||
    GROUP_HEADS.has(lower) ||
    GROUP_MODIFIERS.has(lower) ||
    NAME_PARTICLES.has(lower) ||
    DETERMINERS.has(lower) ||
    INNER_PREPOSITIONS.has(lower) ||
    /['’]s$/.test(token.text) ||
    isAgentPlural(token.text)
  );
}

/** Agent nouns in the plural ("organisers", "protesters", "campaigners") can speak as groups. */
const isAgentPlural = (word: string): boolean =>
  /^\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents)$/u.test(word);

const headIsSpeaker = (token: Token): boolean =>
  token.word &&
  (isCapitalized(token.text) ||
    GROUP_HEADS.has(normalizeWord(token.text)) ||
    TITLE_WORDS.has(normalizeWord(token.text)) ||
    isAgentPlural(token.text));

/** Classifies the words [from, to) of `tokens` as a speaker phrase, or null when they cannot be one. */
export function classifyPhrase(
  body: string,
  tokens: Token[],
  from: number,
  to: number,
): SpeakerPhrase | null {
  // Drop leading noise ("But analysts say"), dangling prepositions and stray dots.
  while (
    from < to &&
    (!tokens[from].word ||
      LEADING_NOISE.has(tokens[from].text.toLowerCase()) ||
      INNER_PREPOSITIONS.has(tokens[from].text.toLowerCase()))
  )
    from++;
  while (
    to > from &&
    (!tokens[to - 1].word ||
      INNER_PREPOSITIONS.has(tokens[to - 1].text.toLowerCase()) ||
      DETERMINERS.has(tokens[to - 1].text.toLowerCase())) &&
    tokens[to - 1].text !== '.'
  )
    to--;
  // A trailing dot ends the phrase (it is the sentence's) unless it closes "Jr.".
  if (
    to > from &&
    tokens[to - 1].text === '.' &&
    !(to - 2 >= from && /^(jr|sr)$/i.test(tokens[to - 2].text))
  )
    to--;
  if (to <= from) return null;
  const span = tokens.slice(from, to);
  const start = span[0].start;
  const end = span[span.length - 1].end;
  const text = body.slice(start, end);
  const wordsOnly = span.filter((t) => t.word).map((t) => t.text);
  if (wordsOnly.length === 0 || wordsOnly.length > 14) return null;
  if (wordsOnly.every((w) => TIME_WORDS.test(w))) return null;

  const lowerFirst = wordsOnly[0].toLowerCase();
  if (
    wordsOnly.length === 1 &&
    lowerFirst in PRONOUN_GENDER &&
    !['him', 'her', 'them'].includes(lowerFirst)
  ) {
    return {
      kind: 'pronoun',
      start,
      end,
      text,
      name: null,
      role: null,
      gender: PRONOUN_GENDER[lowerFirst],
      isPerson: lowerFirst !== 'they',
      fullStart: start,
      fullEnd: end,
    };
  }
  // "Pension expert Klaus Weber of the Institute for Social Policy", "fishermen on the coast":
  // the speaker is the part before the preposition; the rest describes them.
  const preposition = span.findIndex(
    (t, i) => i > 0 && INNER_PREPOSITIONS.has(t.text.toLowerCase()),
  );
  if (preposition > 0) {
    const before = classifyPhrase(body, tokens, from, from + preposition);
    if (before && before.kind !== 'pronoun') {
      const rest = body.slice(span[preposition].start, end);
      if (before.kind === 'name')
        return {
          ...before,
          role: [before.role, rest].filter(Boolean).join(' ') || null,
          text,
          fullEnd: end,
        };
      return { ...before, text, end, fullEnd: end };
    }
  }
  const head = span[span.length - 1];
  if (!headIsSpeaker(head)) return null;
  const headLower = normalizeWord(head.text);

  // A run of capitalised words at the end (allowing particles and dots) is a name or an organisation.
  let runStart = span.length;
  while (runStart > 0 && (isNameWord(span[runStart - 1]) || span[runStart - 1].text === '.'))
    runStart--;
  while (runStart < span.length && !span[runStart].word) runStart++;
  const run = span
    .slice(runStart)
    .filter((t) => t.word)
    .map((t) =>
      body[t.end] === '.' && HONORIFICS.has(t.text.toLowerCase() + '.') ? t.text + '.' : t.text,
    );
  const firstIsSentenceCase = runStart === 0;
  const headIsCommonNoun =
    !isCapitalized(head.text) ||
    (firstIsSentenceCase && run.length === 1 && GROUP_HEADS.has(headLower));
  if (!headIsCommonNoun && run.length > 0) {
    const lowerRole = span
      .slice(0, runStart)
      .filter((t) => t.word)
      .map((t) => t.text);
    const parsed = parseNameRun([
      ...lowerRole.filter(
        (w) => TITLE_WORDS.has(normalizeWord(w)) || ROLE_MODIFIERS.has(w.toLowerCase()),
      ),
      ...run,
    ]);
    if (parsed.name === null) {
      return {
        kind: 'description',
        start,
        end,
        text,
        name: null,
        role: parsed.role,
        gender: genderOfTitle(head.text),
        isPerson: true,
        fullStart: start,
        fullEnd: end,
      };
    }
    const role = [
      span
        .slice(0, runStart)
        .filter((t) => t.word && !DETERMINERS.has(t.text.toLowerCase()))
        .map((t) => t.text)
        .join(' '),
      parsed.role,
    ]
      .filter((r) => r && r.length > 0)
      .join(' ');
    const nameStart = text.lastIndexOf(parsed.name);
    return {
      kind: 'name',
      start: nameStart >= 0 ? start + nameStart : start,
      end,
      text,
      name: parsed.name,
      role: role.length > 0 ? role : null,
      gender: parsed.gender,
      isPerson: parsed.isPerson,
      fullStart: start,
      fullEnd: end,
    };
  }
  const plural =
    PLURAL_GROUP_HEADS.has(headLower) ||
    isAgentPlural(headLower) ||
    headLower === 'police' ||
    headLower === 'people' ||
    headLower === 'staff';
  const isGroup =
    plural ||
    /^(ministry|government|administration|company|firm|campaign|department|agency|committee|commission|council|court|bank|union|party|team)$/.test(
      headLower,
    );
  return {
    kind: isGroup ? 'group' : 'description',
    start,
    end,
    text,
    name: null,
    role: null,
    gender: plural ? 'plural' : genderOfTitle(head.text),
    isPerson: !isGroup && !DOCUMENT_HEADS.has(headLower),
    fullStart: start,
    fullEnd: end,
  };
}

/**
 * An appositive that describes a person: "a research fellow at …", "from the Brookings
 * Institute", "investor and author of …", "52". Not "however" or "such a call is …".
 */
export function looksLikeRole(text: string): boolean {
  const first = text.split(/\s+/)[0] ?? '';
  const lower = first.toLowerCase();
  // A clause is not a role: "According to Ada Morrow, the mine will reopen."
  if (/\b(will|would|is|are|was|were|can|could|may|might|should|must|did|does|do)\b/i.test(text))
    return false;
  if (
    /^(however|though|too|meanwhile|instead|also|for|together|along|as|in|on|such|this|that|it|there|then|now|when|while|if|who|which|according)$/.test(
      lower,
    )
  )
    return false;
  return (
    /^(a|an|the|from|of|at|with|\d+)$/.test(lower) ||
    startsUpperCase(first) ||
    TITLE_WORDS.has(normalizeWord(first)) ||
    ROLE_MODIFIERS.has(lower) ||
    GROUP_HEADS.has(normalizeWord(first)) ||
    /^(investor|author|co-author|professor|head|member|expert|partner|owner|founder|managing|lecturer|associate|assistant|research|chief|senior|former|director|economist|analyst)$/.test(
      lower,
    )
  );
}

/** A word a dot may follow inside a speaker phrase: "Mr.", "Rep.", "J.", "G.K.". */
export function isAbbreviationLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    HONORIFICS.has(lower + '.') ||
    TITLE_WORDS.has(lower + '.') ||
    /^\p{Lu}$/u.test(word) ||
    /^(\p{L}\.)+\p{L}$/u.test(word)
  );
}

export interface SpeakerMatch extends SpeakerPhrase {
  /** Where the whole matched phrase (with appositive) starts and ends. */
  phraseStart: number;
  phraseEnd: number;
}
