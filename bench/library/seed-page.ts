/**
 * Bundled by scripts/bench-library.ts and loaded in a scratch page under the app's origin:
 * writes generated articles straight into the app's IndexedDB with Dexie bulkAdd, in the row
 * shapes import stores (an `articles` metadata row, a `bodies` row, and a quote row per speaker).
 */
import { openDatabase } from '../../src/renderer/src/db/database';
import type { ArticleRow, BodyRow, QuoteRow } from '../../src/renderer/src/db/schema';
import { createCorpus, type BenchArticle } from './corpus';

const field = <T>(value: T) => ({ value, source: 'bench', guessed: false });

function rows(
  article: BenchArticle,
  i: number,
): { article: ArticleRow; body: BodyRow; quotes: QuoteRow[] } {
  return {
    article: {
      id: article.articleId,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      author: article.author,
      url: null,
      language: 'en',
      wordCount: article.body.split(' ').length,
      kind: 'article',
      format: 'txt',
      sourcePath: `bench/${article.articleId}.txt`,
      importFolder: 'bench',
      contentHash: `hash-${i}`,
      importedAt: 1_700_000_000_000 + i,
      duplicateOf: null,
      duplicateSimilarity: null,
      storyId: null,
      metadata: {
        title: field(article.title),
        outlet: field(article.outlet),
        published: field(article.published),
        author: field(article.author),
        url: field(null),
        language: field('en'),
      },
      aggregator: null,
    },
    body: {
      articleId: article.articleId,
      body: article.body,
      original: article.body,
      bodyMap: [],
    },
    quotes: article.speakers.map((speaker, k) => ({
      id: `${article.articleId}-q${k}`,
      articleId: article.articleId,
      kind: 'direct',
      text: article.body.slice(0, 80),
      speaker,
      cue: 'said',
      start: 0,
      end: 80,
      origin: 'auto',
      review: 'pending',
      speakerId: null,
    })),
  };
}

async function seed(count: number, batch: number): Promise<{ ms: number; articles: number }> {
  const db = openDatabase();
  const corpus = createCorpus();
  const started = performance.now();
  for (let i = 0; i < count; i += batch) {
    const made = Array.from({ length: Math.min(batch, count - i) }, (_, k) =>
      rows(corpus.article(i + k), i + k),
    );
    await db.transaction('rw', db.articles, db.bodies, db.quotes, async () => {
      await db.articles.bulkAdd(made.map((m) => m.article));
      await db.bodies.bulkAdd(made.map((m) => m.body));
      await db.quotes.bulkAdd(made.flatMap((m) => m.quotes));
    });
  }
  const articles = await db.articles.count();
  db.close();
  return { ms: performance.now() - started, articles };
}

(window as unknown as { benchSeed: typeof seed }).benchSeed = seed;
