/**
 * The one IndexedDB database, through Dexie. Versions are append-only: a new version adds a
 * `db.version(n)` block (with an upgrade function when data must move) and never edits or
 * deletes an old one, so every user's database can be upgraded from whatever version it is at.
 */
import Dexie, { type EntityTable } from 'dexie';
import { OPENING_SECTION_TITLE } from './briefing-layout';
import { localDate } from './local-date';
import type {
  ArticleRow,
  BodyRow,
  BriefingItemRow,
  BriefingRow,
  HighlightRow,
  OutletRow,
  QuoteRow,
  SavedSearchRow,
  SignatureRow,
  SpeakerRow,
  StoryRow,
  TagRow,
} from './schema';
import { writeWatchMiddleware } from './write-watch';

export type ParallaxDatabase = Dexie & {
  articles: EntityTable<ArticleRow, 'id'>;
  bodies: EntityTable<BodyRow, 'articleId'>;
  tags: EntityTable<TagRow, 'id'>;
  highlights: EntityTable<HighlightRow, 'id'>;
  briefings: EntityTable<BriefingRow, 'id'>;
  briefingItems: EntityTable<BriefingItemRow, 'id'>;
  quotes: EntityTable<QuoteRow, 'id'>;
  speakers: EntityTable<SpeakerRow, 'id'>;
  signatures: EntityTable<SignatureRow, 'articleId'>;
  outlets: EntityTable<OutletRow, 'id'>;
  stories: EntityTable<StoryRow, 'id'>;
  savedSearches: EntityTable<SavedSearchRow, 'id'>;
};

export const DATABASE_NAME = 'parallax';

export function openDatabase(name = DATABASE_NAME): ParallaxDatabase {
  const db = new Dexie(name) as ParallaxDatabase;
  db.version(1).stores({
    articles: 'id, title, outlet, published, importedAt, contentHash, sourcePath',
    bodies: 'articleId',
    tags: 'id, &name',
    highlights: 'id, articleId, *tagIds, createdAt',
    briefings: 'id, updatedAt',
    briefingItems: 'id, briefingId, highlightId, [briefingId+order]',
  });
  // v2: a hierarchical codebook, claims and memos as annotation kinds, and the quote ledger.
  db.version(2)
    .stores({
      tags: 'id, &name, parentId',
      highlights: 'id, articleId, *tagIds, createdAt, kind',
      quotes: 'id, articleId, speaker, kind, review',
    })
    .upgrade(async (tx) => {
      await tx
        .table('tags')
        .toCollection()
        .modify((tag: Partial<TagRow>) => {
          tag.parentId ??= null;
          tag.description ??= '';
        });
      await tx
        .table('highlights')
        .toCollection()
        .modify((highlight: Partial<HighlightRow>) => {
          highlight.kind ??= 'coded';
          highlight.claim ??= null;
        });
    });
  // v3: a people list per corpus; quotes point at speakers so renames and merges are one edit.
  db.version(3)
    .stores({
      quotes: 'id, articleId, speaker, kind, review, speakerId',
      speakers: 'id, name, *aliases',
    })
    .upgrade(async (tx) => {
      await tx
        .table('quotes')
        .toCollection()
        .modify((quote: Partial<QuoteRow>) => {
          quote.speakerId ??= null;
        });
    });
  // v4: near-duplicate signatures, looked up by LSH band so import never scans the library;
  // articles are findable by file for re-import.
  db.version(4).stores({
    articles:
      'id, title, outlet, published, importedAt, contentHash, sourcePath, [importFolder+sourcePath]',
    signatures: 'articleId, *bands',
  });
  // v5: the user's editable list of outlets, used when import names an article's outlet.
  db.version(5).stores({ outlets: 'id, &name' });
  // v6: stories across outlets; articles are findable by story.
  db.version(6).stores({
    articles:
      'id, title, outlet, published, importedAt, contentHash, sourcePath, [importFolder+sourcePath], storyId',
    stories: 'id, articleCount',
  });
  // v7: codes on whole articles, and saved library searches.
  db.version(7).stores({
    articles:
      'id, title, outlet, published, importedAt, contentHash, sourcePath, [importFolder+sourcePath], storyId, *tagIds',
    savedSearches: 'id, name',
  });
  // v8: briefing items can be quotes and story comparisons as well as annotations.
  db.version(8).stores({
    briefingItems: 'id, briefingId, highlightId, [briefingId+order], quoteId, storyId',
  });
  // v9: named sections and a cover date on briefings; items can cite an article (found by it,
  // so deleting the article removes them) or show a story's timeline or matrices.
  db.version(9)
    .stores({
      briefingItems: 'id, briefingId, highlightId, [briefingId+order], quoteId, storyId, articleId',
    })
    .upgrade(async (tx) => {
      // Each existing briefing gets one section holding all its items, named as its export
      // already named them; its date is the day it was last worked on.
      const sectionOf = new Map<string, string>();
      await tx
        .table('briefings')
        .toCollection()
        .modify((briefing: Partial<BriefingRow> & { id: string; updatedAt: number }) => {
          const section = { id: crypto.randomUUID(), title: OPENING_SECTION_TITLE };
          briefing.sections ??= [section];
          briefing.date ??= localDate(briefing.updatedAt);
          sectionOf.set(briefing.id, briefing.sections[0]?.id ?? section.id);
        });
      await tx
        .table('briefingItems')
        .toCollection()
        .modify((item: Partial<BriefingItemRow> & { briefingId: string }) => {
          item.sectionId ??= sectionOf.get(item.briefingId) ?? null;
        });
    });
  // v10: indexes no query reads are dropped. Each was one more write per article, or per quote
  // (fifteen of them in a typical report), every time a folder is imported.
  db.version(10).stores({
    articles: 'id, importedAt, contentHash, [importFolder+sourcePath], storyId, *tagIds',
    quotes: 'id, articleId, speakerId',
  });
  db.use(writeWatchMiddleware);
  return db;
}

export const db = openDatabase();
