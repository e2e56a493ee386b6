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

export interface BriefingExcerpt {
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
