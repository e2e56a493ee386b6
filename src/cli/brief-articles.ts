/** Imports a folder headlessly and groups its articles into stories for the coverage briefing. */
import path from 'node:path';
import type { ImportFileReport, ParsedArticle, Quote } from '../shared/domain';
import type { CoverageArticle, CoverageStory } from '../shared/briefing/coverage-briefing/types';
import { extractQuotes } from '../shared/quotes';
import { groupStories } from '../shared/stories';
import { importFolder } from '../main/services/import';
import type { CliOutput } from './analyze';

export interface ImportedCorpus {
  stories: CoverageStory[];
  /** Lines for the briefing's overview: what was left out and why. */
  notes: string[];
}

function quotesOf(article: ParsedArticle, output: CliOutput): Quote[] {
  try {
    return extractQuotes(article.body);
  } catch (error) {
    output.err(
      `parallax: quote extraction failed for ${article.sourcePath}: ${(error as Error).message}`,
    );
    return [];
  }
}

function coverageArticle(article: ParsedArticle, output: CliOutput): CoverageArticle {
  const meta = article.metadata;
  return {
    id: article.sourcePath,
    source: {
      title: meta.title.value,
      outlet: meta.outlet.value,
      published: meta.published.value,
      author: meta.author.value,
      sourcePath: article.sourcePath,
      url: meta.url.value,
      contentHash: article.contentHash,
    },
    body: article.body,
    wordCount: article.wordCount,
    quotes: quotesOf(article, output),
  };
}

function leftOut(reports: ImportFileReport[]): string[] {
  const count = (status: string): number => reports.filter((r) => r.status === status).length;
  const aggregators = reports.filter(
    (r) => r.status === 'imported' && r.article?.kind === 'aggregator',
  );
  const notes = [
    count('duplicate')
      ? `${count('duplicate')} duplicate file(s) left out (same or near-same text as another).`
      : '',
    aggregators.length
      ? `${aggregators.length} aggregator page(s) left out (listings, not articles).`
      : '',
    count('skipped') + count('failed')
      ? `${count('skipped') + count('failed')} file(s) could not be imported.`
      : '',
  ];
  return notes.filter(Boolean);
}

export async function importForBriefing(
  folder: string,
  output: CliOutput,
): Promise<ImportedCorpus> {
  const reports = await importFolder(folder, ({ done, total, report }) => {
    const detail = report.reason ? ` (${report.reason})` : '';
    output.err(`[${done}/${total}] ${report.status} ${report.file}${detail}`);
  });
  const parsed = reports
    .filter(
      (r) =>
        r.status === 'imported' &&
        r.article &&
        r.article.kind === 'article' &&
        r.article.body.trim(),
    )
    .map((r) => r.article!);
  output.err(`parallax: finding quotes in ${parsed.length} article(s)…`);
  const articles = parsed.map((a) => coverageArticle(a, output));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = groupStories(
    articles.map((a) => ({
      id: a.id,
      title: a.source.title,
      body: a.body,
      outlet: a.source.outlet,
      published: a.source.published,
    })),
  );
  const stories = groups.map((g) => ({
    label: g.label || path.basename(g.memberIds[0] ?? 'story'),
    articles: g.memberIds.flatMap((id) => byId.get(id) ?? []),
  }));
  output.err(`parallax: ${articles.length} article(s) in ${stories.length} story(ies)`);
  return { stories: stories.filter((s) => s.articles.length > 0), notes: leftOut(reports) };
}
