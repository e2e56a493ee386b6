/** A briefing as the PDF template sees it: everything resolved, nothing left to look up. */

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

export interface BriefingExcerpt {
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
  commentary: string;
  source: CitedSource;
}

export interface BriefingDocument {
  title: string;
  author: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  items: BriefingExcerpt[];
}
