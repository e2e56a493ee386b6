import type { Quote } from '../domain';

/** Which rule attributed (or found) a quotation; kept for debugging and evaluation. */
export type AttributionRule =
  /** “…,” said X  /  “…,” X said */
  | 'quote-then-cue'
  /** X said: “…”  /  X said “…” */
  | 'cue-then-quote'
  /** A quoted fragment inside a reported statement: X noted the plan, but “…” */
  | 'partial-in-reported'
  /** The second half of a split quote, or a later quote in the same paragraph. */
  | 'same-paragraph'
  /** A paragraph that continues a quote left open at the end of the previous one. */
  | 'multi-paragraph'
  /** A paragraph that is all quote inherits the previous paragraph's speaker. */
  | 'paragraph-inherits'
  /** A quotation with no cue, followed by a sentence that opens with its speaker. */
  | 'next-sentence'
  /** A quotation with no attribution found. */
  | 'unattributed'
  /** X said (that) …  /  X noted …  /  X told Reuters … */
  | 'speaker-cue-content'
  /** …, X said.  /  …, said X. */
  | 'content-then-cue'
  /** According to X, …  /  …, according to X. */
  | 'according-to'
  /** …, adding that … (speaker carried over from the clause before) */
  | 'participle'
  /** A headline that names its source before a colon: "Pence: Debate Will Go Ahead". */
  | 'headline';

/** How the speaker string was obtained. */
export type SpeakerResolution =
  | 'name'
  | 'surname-link'
  | 'pronoun'
  | 'description-link'
  | 'description'
  | 'group'
  | 'inherited'
  | 'none';

export interface Attribution extends Quote {
  rule: AttributionRule;
  resolution: SpeakerResolution;
  /** Offsets of the speaker phrase as written ("he", "Treasury Secretary Bessent"), or null. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** Offsets of the cue words, or null. */
  cueStart: number | null;
  cueEnd: number | null;
  /** Title or appositive role of the speaker, when the text gives one. */
  role: string | null;
  /** For direct quotes: offsets including the quote marks. */
  outerStart: number;
  outerEnd: number;
}
