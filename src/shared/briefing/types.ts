/**
 * A briefing as the exporters see it: everything resolved, nothing left to look up.
 *
 * A briefing is a list of sections, each a list of items (excerpts, quotes, tables, timelines,
 * the analyst's own paragraphs, article references). The older shape — one flat `items` list of
 * excerpts — still works: it is read as one implicit section (see `briefingSections`).
 */

export interface CitedSource {
  title: string;
  outlet: string | null;
  published: string | null;
  author: string | null;
  sourcePath: string;
  url: string | null;
  /** SHA-256 of the stored source file, so a reader can check the citation. */
  contentHash: string;
}

export type ClaimVerdict = 'unverified' | 'supported' | 'disputed' | 'false';

/** Every item carries the analyst's commentary (may be empty). */
interface ItemBase {
  commentary: string;
}

export interface BriefingExcerpt extends ItemBase {
  /** Optional so excerpts built before item types existed still type-check. */
  type?: 'excerpt';
  /** A coded highlight, a claim with its verification status, or a passage with a memo. */
  kind: 'coded' | 'claim' | 'memo';
  claim: { status: ClaimVerdict; evidence: string } | null;
  /** The analyst's memo on the passage. */
  note: string;
  exact: string;
  /** Character offsets of the passage in the article's clean text. */
  start: number;
  end: number;
  tags: { name: string; color: string }[];
  source: CitedSource;
}

export interface BriefingQuote extends ItemBase {
  type: 'quote';
  /** Resolved speaker, or null when the article does not say who spoke. */
  speaker: string | null;
  /** Direct quotation or reported speech. */
  kind: 'direct' | 'indirect';
  text: string;
  /** Character offsets of the quoted text in the article's clean text. */
  start: number;
  end: number;
  /** The quoting outlet is `source.outlet`. */
  source: CitedSource;
}

export interface BriefingTable extends ItemBase {
  type: 'table';
  caption: string;
  header: string[];
  rows: string[][];
  /** When true (the default), each row's first cell is a row heading. */
  rowHeaders?: boolean;
  /** Articles the table compares: cited under it and listed in the sources appendix. */
  sources?: CitedSource[];
}

export interface TimelineLane {
  /** Usually an outlet. */
  label: string;
  /** YYYY-MM-DD dates (others are listed but not plotted). */
  dates: string[];
}

export interface BriefingTimeline extends ItemBase {
  type: 'timeline';
  caption: string;
  lanes: TimelineLane[];
}

export interface BriefingText extends ItemBase {
  type: 'text';
  heading?: string;
  /** The analyst's paragraph(s); blank lines separate paragraphs. */
  body: string;
}

export interface BriefingCitation extends ItemBase {
  type: 'citation';
  source: CitedSource;
  /** Optional pointer to a passage: character offsets in the article's clean text. */
  start?: number | null;
  end?: number | null;
}

export type BriefingItem =
  | BriefingExcerpt
  | BriefingQuote
  | BriefingTable
  | BriefingTimeline
  | BriefingText
  | BriefingCitation;

export type BriefingItemType = NonNullable<BriefingItem['type']>;

export interface BriefingSection {
  title: string;
  /** Optional lead paragraph under the section heading. */
  intro?: string;
  /** Start the section on a new page (the default); false continues after the previous one. */
  newPage?: boolean;
  items: BriefingItem[];
}

export interface BriefingDocument {
  title: string;
  author: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  sections?: BriefingSection[];
  /** The older flat list: read as a final section titled "Excerpts". */
  items?: BriefingItem[];
}
