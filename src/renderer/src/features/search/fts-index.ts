/**
 * The search index: an SQLite FTS5 table (SQLite compiled to WebAssembly), ranked with bm25,
 * snippets from FTS5's snippet(). Articles are upserted by id; `docs` maps each article id to the
 * FTS rowid. Runs only inside the search worker. Every user string reaches SQL as a bound value.
 */
import type { Database } from '@sqlite.org/sqlite-wasm';
import { FTS_COLUMNS, FTS_WEIGHTS, toFts5 } from '../../../../shared/search/fts5';
import { parseQuery } from '../../../../shared/search/query';
import { cleanForIndex, readMarkedSnippet } from '../../../../shared/search/snippet';
import type { SearchDocument, SearchHit, SearchOptions, SearchResult } from './protocol';

const SCHEMA_VERSION = '1';
const SNIPPET_WORDS = 24;
/**
 * Ranking scores every match, and counting visits every match: beyond this many matches the
 * most recently indexed come first (unranked) and the total is given as "at least".
 */
const COUNT_LIMIT = 5_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS docs(rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, published TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
  ${FTS_COLUMNS.join(', ')},
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);`;

/** The table's default ranking, so `ORDER BY rank` uses these column weights. */
const RANK = `bm25(${FTS_COLUMNS.map((c) => FTS_WEIGHTS[c]).join(', ')})`;

export class FtsIndex {
  constructor(private readonly db: Database) {
    db.exec(
      'PRAGMA journal_mode = TRUNCATE; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;',
    );
    db.exec(SCHEMA);
    const version = db.selectValue("SELECT value FROM meta WHERE key = 'schema'");
    if (version === undefined) {
      db.exec({ sql: "INSERT INTO meta VALUES ('schema', ?)", bind: [SCHEMA_VERSION] });
      db.exec({ sql: "INSERT INTO fts(fts, rank) VALUES ('rank', ?)", bind: [RANK] });
    }
  }

  /** Upserts articles by id, all in one transaction. */
  index(docs: readonly SearchDocument[]): void {
    if (docs.length === 0) return;
    const { db } = this;
    db.transaction(() => {
      const find = db.prepare('SELECT rowid FROM docs WHERE article_id = ?');
      const addDoc = db.prepare(
        'INSERT INTO docs(article_id, published) VALUES (?, ?) RETURNING rowid',
      );
      const setDoc = db.prepare('UPDATE docs SET published = ? WHERE rowid = ?');
      const drop = db.prepare('DELETE FROM fts WHERE rowid = ?');
      const add = db.prepare(
        `INSERT INTO fts(rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      try {
        for (const doc of docs) {
          let rowid: number;
          if (find.bind([doc.articleId]).step()) {
            rowid = find.getInt(0)!;
            find.reset();
            setDoc.bind([doc.published, rowid]).stepReset();
            drop.bind([rowid]).stepReset();
          } else {
            find.reset();
            addDoc.bind([doc.articleId, doc.published]).step();
            rowid = addDoc.getInt(0)!;
            addDoc.reset();
          }
          add
            .bind([
              rowid,
              cleanForIndex(doc.title),
              cleanForIndex(doc.body),
              cleanForIndex(doc.outlet),
              cleanForIndex(doc.author),
              cleanForIndex(doc.tags.join(' ; ')),
              cleanForIndex(doc.speakers.join(' ; ')),
            ])
            .stepReset();
        }
      } finally {
        for (const stmt of [find, addDoc, setDoc, drop, add]) stmt.finalize();
      }
    });
  }

  remove(articleIds: readonly string[]): void {
    if (articleIds.length === 0) return;
    const { db } = this;
    db.transaction(() => {
      for (const id of articleIds) {
        const rowid = db.selectValue('SELECT rowid FROM docs WHERE article_id = ?', [id]);
        if (typeof rowid !== 'number') continue;
        db.exec({ sql: 'DELETE FROM fts WHERE rowid = ?', bind: [rowid] });
        db.exec({ sql: 'DELETE FROM docs WHERE rowid = ?', bind: [rowid] });
      }
    });
  }

  clear(): void {
    this.db.exec('DELETE FROM fts; DELETE FROM docs;');
  }

  count(): number {
    return Number(this.db.selectValue('SELECT count(*) FROM docs') ?? 0);
  }

  /** Merges the index's segments into one: slower to write, faster to read. After a rebuild. */
  optimize(): void {
    this.db.exec("INSERT INTO fts(fts) VALUES ('optimize')");
  }

  getMeta(key: string): string | null {
    const value = this.db.selectValue('SELECT value FROM meta WHERE key = ?', [key]);
    return typeof value === 'string' ? value : null;
  }

  setMeta(key: string, value: string): void {
    this.db.exec({ sql: 'INSERT OR REPLACE INTO meta VALUES (?, ?)', bind: [key, value] });
  }

  search(input: string, options: SearchOptions = {}): SearchResult {
    const limit = Math.max(0, Math.min(options.limit ?? 50, 500));
    const offset = Math.max(0, options.offset ?? 0);
    const query = toFts5(parseQuery(input));
    if (!query) return { total: 0, totalExact: true, hits: [] };
    if (query.match === null) return this.searchExcluding(query.exclude!, limit, offset);
    const { db } = this;
    // Counting stops at COUNT_LIMIT: past it the total is a lower bound (`totalExact` false).
    const counted = Number(
      db.selectValue('SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? LIMIT ?)', [
        query.match,
        COUNT_LIMIT + 1,
      ]) ?? 0,
    );
    const totalExact = counted <= COUNT_LIMIT;
    const total = Math.min(counted, COUNT_LIMIT);
    if (total === 0 || limit === 0) return { total, totalExact, hits: [] };
    // ORDER BY rank lets FTS5 sort internally, so snippet() runs only for the rows returned.
    const order = totalExact ? 'rank' : 'rowid DESC';
    const rows = db.selectArrays(
      `SELECT rowid, rank, snippet(fts, -1, char(1), char(2), '…', ${SNIPPET_WORDS})
       FROM fts WHERE fts MATCH ? ORDER BY ${order} LIMIT ? OFFSET ?`,
      [query.match, limit, offset],
    );
    const lookup = db.prepare('SELECT article_id FROM docs WHERE rowid = ?');
    const hits: SearchHit[] = [];
    try {
      for (const [rowid, rank, snippet] of rows) {
        if (!lookup.bind([rowid as number]).step()) {
          lookup.reset();
          continue;
        }
        hits.push({
          articleId: lookup.getString(0)!,
          // bm25() is lower for better matches; the API's score is higher for better ones.
          score: -(rank as number),
          snippet: readMarkedSnippet(String(snippet ?? '')),
        });
        lookup.reset();
      }
    } finally {
      lookup.finalize();
    }
    return { total, totalExact, hits };
  }

  /** Everything but what `exclude` matches, latest published first (there is nothing to rank by). */
  private searchExcluding(exclude: string, limit: number, offset: number): SearchResult {
    const { db } = this;
    const where = 'rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)';
    const total = Number(
      db.selectValue(`SELECT count(*) FROM docs WHERE ${where}`, [exclude]) ?? 0,
    );
    const rows = db.selectArrays(
      `SELECT d.article_id, substr(f.body, 1, 200) FROM docs d JOIN fts f ON f.rowid = d.rowid
       WHERE d.${where} ORDER BY d.published DESC LIMIT ? OFFSET ?`,
      [exclude, limit, offset],
    );
    return {
      total,
      totalExact: true,
      hits: rows.map(([articleId, body]) => ({
        articleId: articleId as string,
        score: 0,
        snippet: { text: String(body ?? ''), highlights: [] },
      })),
    };
  }
}
