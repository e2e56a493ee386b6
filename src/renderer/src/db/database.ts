/**
 * The one IndexedDB database, through Dexie. Versions are append-only: a new version adds a
 * `db.version(n)` block (with an upgrade function when data must move) and never edits or
 * deletes an old one, so every user's database can be upgraded from whatever version it is at.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  ArticleRow,
  BodyRow,
  BriefingItemRow,
  BriefingRow,
  HighlightRow,
  TagRow,
} from './schema';

export type ParallaxDatabase = Dexie & {
  articles: EntityTable<ArticleRow, 'id'>;
  bodies: EntityTable<BodyRow, 'articleId'>;
  tags: EntityTable<TagRow, 'id'>;
  highlights: EntityTable<HighlightRow, 'id'>;
  briefings: EntityTable<BriefingRow, 'id'>;
  briefingItems: EntityTable<BriefingItemRow, 'id'>;
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
  return db;
}

export const db = openDatabase();
