/**
 * Turns the decoded text of one file into a labelled article: clean body with an offset map
 * back to the original, metadata with provenance, and aggregator figures when the page is
 * a multi-outlet story listing.
 */
import type { MetadataField, ParsedArticle, SourceFormat } from '../domain';
import { readAggregatorFigures } from './aggregator';
import { selectBody } from './body';
import { detectAuthor } from './detect-author';
import { detectLanguage } from './detect-language';
import { detectOutlet } from './detect-outlet';
import { detectPublished } from './detect-published';
import { detectUrl } from './detect-url';
import { chooseHeadline, firstProseIndex, locateHeadline, stripWrappingQuotes } from './headline';
import { DEFAULT_OUTLETS, type OutletEntry } from './outlets';
import type { PageContext, StatedMetadata } from './page-context';
import { countWords, splitIntoUnits } from './text-units';

export interface ParseInput {
  /** Path relative to the imported folder, with forward slashes. */
  sourcePath: string;
  format: SourceFormat;
  contentHash: string;
  /** The whole decoded text of the file (for HTML, the page's text). */
  text: string;
  /** Values the file states in structured form (HTML meta tags, front matter, PDF info). */
  htmlMetadata?: StatedMetadata;
  /** The part of `text` an extractor judged to be the article (e.g. Readability's output). */
  articleText?: string;
  outlets?: readonly OutletEntry[];
}

/** Locates the extractor's article paragraphs in the page text; the span between them is the focus. */
function focusOf(
  text: string,
  articleText: string | undefined,
): { start: number; end: number } | null {
  if (!articleText) return null;
  let cursor = 0;
  let start = -1;
  let end = -1;
  for (const paragraph of articleText
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 20)) {
    const at = text.indexOf(paragraph, cursor);
    if (at === -1) continue;
    if (start === -1) start = at;
    end = at + paragraph.length;
    cursor = end;
  }
  return start === -1 ? null : { start, end };
}

/** "Headline | Outlet" or "Headline - Outlet" as page titles often read. */
function withoutSiteSuffix(title: string, outletName: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.trim().toLowerCase();
  const isSiteName =
    (outletName && last === outletName.toLowerCase()) ||
    parts[parts.length - 1]!.split(/\s+/).length <= 3;
  return isSiteName ? parts.slice(0, -1).join(' - ') : title;
}

function titleFromFileName(sourcePath: string): string {
  const name = sourcePath.split('/').pop() ?? sourcePath;
  return (
    name
      .replace(/\.[^.]+$/, '')
      .replace(/[_-]+/g, ' ')
      .trim() || name
  );
}

export function buildParsedArticle(input: ParseInput): ParsedArticle {
  const stated = input.htmlMetadata ?? {};
  const outlets = input.outlets ?? DEFAULT_OUTLETS;
  const units = splitIntoUnits(input.text);
  const aggregator = readAggregatorFigures(input.text);
  const kind = aggregator ? 'aggregator' : 'article';

  let title: MetadataField<string> | null = null;
  let headlineUnit: number | null = null;
  if (stated.title && stated.title.value.trim() !== '') {
    const rawTitle = stripWrappingQuotes(stated.title.value.trim());
    const located = locateHeadline(rawTitle, units);
    const cleaned = located === null ? withoutSiteSuffix(rawTitle, stated.outlet?.value) : rawTitle;
    title = { value: cleaned, source: stated.title.source, guessed: false };
    headlineUnit = located ?? locateHeadline(cleaned, units);
  } else {
    const choice = chooseHeadline(units, firstProseIndex(units));
    if (choice) {
      title = { value: choice.text, source: choice.source, guessed: false };
      headlineUnit = choice.unitIndex;
    }
  }
  title ??= { value: titleFromFileName(input.sourcePath), source: 'filename', guessed: true };

  const selection = selectBody(units, {
    headline: title.source === 'filename' ? null : title.value,
    focus: focusOf(input.text, input.articleText),
    keepSourceCredits: kind === 'aggregator',
    headlineUnit,
  });
  const context: PageContext = {
    units,
    bodyUnits: new Set(selection.unitIndexes),
    firstBodyUnit: selection.unitIndexes[0] ?? null,
    lastBodyUnit: selection.unitIndexes[selection.unitIndexes.length - 1] ?? null,
    headlineUnit,
    kind,
  };
  const url = detectUrl(context, stated.url);

  return {
    sourcePath: input.sourcePath,
    format: input.format,
    contentHash: input.contentHash,
    kind,
    metadata: {
      title,
      outlet: detectOutlet(context, outlets, {
        outlet: stated.outlet,
        url: url.value ? { value: url.value, source: url.source } : undefined,
      }),
      published: detectPublished(context, stated.published),
      author: detectAuthor(context, stated.author),
      url,
      language: detectLanguage(selection.body, stated.language),
    },
    body: selection.body,
    original: input.text,
    bodyMap: selection.bodyMap,
    wordCount: countWords(selection.body),
    aggregator,
  };
}
