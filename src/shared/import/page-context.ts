import type { ArticleKind } from '../domain';
import type { TextUnit } from './text-units';

/** What the detectors know about the page once the headline and body are chosen. */
export interface PageContext {
  units: TextUnit[];
  /** Units that made it into the clean body. */
  bodyUnits: ReadonlySet<number>;
  firstBodyUnit: number | null;
  lastBodyUnit: number | null;
  headlineUnit: number | null;
  kind: ArticleKind;
}

/** A value the file states in structured form (HTML meta tag, Markdown front matter, PDF info). */
export interface StatedValue {
  value: string;
  /** e.g. "html:meta[og:title]", "md:heading", "pdf:info.Author". */
  source: string;
}

export interface StatedMetadata {
  title?: StatedValue;
  outlet?: StatedValue;
  published?: StatedValue;
  author?: StatedValue;
  url?: StatedValue;
  language?: StatedValue;
}
