/**
 * The search index: an SQLite FTS5 table (SQLite compiled to WebAssembly), ranked with bm25,
 * snippets from FTS5's snippet(). Articles are upserted by id; `docs` maps each article id to the
 * FTS rowid. Runs only inside the search worker. Every user string reaches SQL as a bound value.
 */
import type { Database } from '@sqlite.org/sqlite-wasm';
import { FIELD_BREAK, textGrams } from '../../../../shared/search/common-grams';
import { FTS_COLUMNS, FTS_WEIGHTS, inTitleOnly, toFts5 } from '../../../../shared/search/fts5';
import { parseQuery } from '../../../../shared/search/query';
import { cleanForIndex } from '../../../../shared/search/snippet';
import {
  highlightTerms,
  snippetFor,
  type HighlightTerm,
} from '../../../../shared/search/text-snippet';
import type { SearchDocument, SearchHit, SearchOptions, SearchResult } from './protocol';

/** Bumped when the tables change: an index of another version is dropped and rebuilt. */
export const SCHEMA_VERSION = '2';
const SNIPPET_WORDS = 24;
/** Counting visits every match: beyond this many the total is given as "at least". */
const COUNT_LIMIT = 5_000;
/**
 * Ranking scores every match (bm25 costs 5-11 µs a match): beyond this many matches, the
 * most recently added this many are ranked, and the rest follow newest first.
 */
export const RANK_LIMIT = 1_000;
/** A word or phrase in this many articles or more is common: it is not weighed in ranking. */
export const COMMON_MATCHES = 1_000;
/** Queries of more words than this are ranked on all of them, unprobed. */
const MAX_PROBED = 8;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS docs(rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, published TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
  ${FTS_COLUMNS.join(', ')},
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);`;
const DROP = 'DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS docs; DELETE FROM meta;';

/** The table's default ranking, so `ORDER BY rank` uses these column weights. */
const RANK = `bm25(${FTS_COLUMNS.map((c) => FTS_WEIGHTS[c]).join(', ')})`;

export class FtsIndex {
  constructor(private readonly db: Database) {
    db.exec(
      // The page cache holds the index pages queries keep coming back to (common words' lists,
      // b-tree interiors): every page read from OPFS is a synchronous call. 256 MB at most.
      'PRAGMA journal_mode = TRUNCATE; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;',
    );
    db.exec(SCHEMA);
    let version = db.selectValue("SELECT value FROM meta WHERE key = 'schema'");
    if (version !== undefined && version !== SCHEMA_VERSION) {
      // An index from another version is dropped: finding it empty, the app rebuilds it.
      db.exec(DROP);
      db.exec(SCHEMA);
      version = undefined;
    }
    if (version === undefined) {
      db.exec({ sql: "INSERT INTO meta VALUES ('schema', ?)", bind: [SCHEMA_VERSION] });
    }
    // Column weights are a setting of the table, set at every open so a change reaches old indexes.
    db.exec({ sql: "INSERT INTO fts(fts, rank) VALUES ('rank', ?)", bind: [RANK] });
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
        `INSERT INTO fts(rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
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
          const title = cleanForIndex(doc.title);
          const body = cleanForIndex(doc.body);
          add
            .bind([
              rowid,
              title,
              body,
              cleanForIndex(doc.outlet),
              cleanForIndex(doc.author),
              cleanForIndex(doc.tags.join(' ; ')),
              cleanForIndex(doc.speakers.join(' ; ')),
              `${textGrams(title)} ${FIELD_BREAK} ${textGrams(body)}`,
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
    const parsed = parseQuery(input);
    const query = toFts5(parsed);
    if (!query) return { total: 0, totalExact: true, ranked: 0, hits: [] };
    if (query.match === null) return this.searchExcluding(query.exclude!, limit, offset);
    const { db } = this;
    const { match } = query;
    // One pass counts (up to COUNT_LIMIT + 1) and notes the last rowid it reached.
    const [countedValue, lastValue] = db.selectArray(
      'SELECT count(*), max(rowid) FROM (SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT ?)',
      [match, COUNT_LIMIT + 1],
    ) ?? [0, 0];
    const counted = Number(countedValue ?? 0);
    const totalExact = counted <= COUNT_LIMIT;
    const total = Math.min(counted, COUNT_LIMIT);
    if (total === 0 || limit === 0) {
      return { total, totalExact, ranked: Math.min(total, RANK_LIMIT), hits: [] };
    }
    const window = this.rankedWindow(match, counted, Number(lastValue ?? 0));
    const { floor } = window;
    const rare = this.rareOnes(query.positives, match, counted);
    // Every word rare: bm25 over the whole expression. Otherwise bm25 over the rare ones only.
    const { ordered, ranked } =
      rare.length === query.positives.length
        ? { ordered: this.rankAll(match, floor, offset + limit), ranked: window.ranked }
        : this.rankRare(match, query.positives, rare, floor);
    const rows: [number, number][] = ordered.slice(offset, offset + limit);
    if (rows.length < limit && floor > 0) {
      for (const [rowid] of db.selectArrays(
        'SELECT rowid FROM fts WHERE fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?',
        [match, floor, limit - rows.length, Math.max(0, offset - window.ranked)],
      ))
        rows.push([rowid as number, 0]);
    }
    return { total, totalExact, ranked, hits: this.hitsFor(rows, highlightTerms(parsed)) };
  }

  /**
   * The words and phrases that are rare: fewer than COMMON_MATCHES articles hold them. bm25 reads
   * the whole match list of every word it weighs (for its document frequency), 0.5 µs a match:
   * 45 ms for a word in every one of 100,000 articles. A common word weighs next to nothing in
   * bm25 anyway (its inverse document frequency is near zero), so only rare ones are weighed.
   */
  private rareOnes(positives: readonly string[], match: string, counted: number): string[] {
    if (positives.length > MAX_PROBED) return [...positives];
    // One word or phrase: the count already made says whether it is common (a negation only
    // lowers the count, so a count below the line says nothing then).
    if (positives.length === 1) {
      if (counted >= COMMON_MATCHES) return [];
      if (match === positives[0]) return [...positives];
    }
    const probe = this.db.prepare(
      'SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? LIMIT ?)',
    );
    try {
      return positives.filter((leaf) => {
        probe.bind([leaf, COMMON_MATCHES]).step();
        const matches = probe.getInt(0)!;
        probe.reset();
        return matches < COMMON_MATCHES;
      });
    } finally {
      probe.finalize();
    }
  }

  /** The window's best `upTo` matches by bm25 over the whole expression. */
  private rankAll(match: string, floor: number, upTo: number): [number, number][] {
    return this.db
      .selectArrays(
        'SELECT rowid, rank FROM fts WHERE fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?',
        [match, floor, upTo],
      )
      .map(([rowid, rank]): [number, number] => [rowid as number, -(rank as number)]);
  }

  /**
   * The window's matches that hold a rare word, by bm25 over the rare words alone; then the
   * window's other matches, those with a word in the title first, each newest first. `ranked`:
   * how many were ranked; `ordered` holds the whole window.
   */
  private rankRare(
    match: string,
    positives: readonly string[],
    rare: readonly string[],
    floor: number,
  ): { ordered: [number, number][]; ranked: number } {
    const { db } = this;
    // Newest first, reversed here: FTS5 reads a list backwards by reading all of it first.
    const inWindow = db
      .selectValues('SELECT rowid FROM fts WHERE fts MATCH ? AND rowid >= ?', [match, floor])
      .map(Number)
      .reverse();
    const ordered: [number, number][] = [];
    const placed = new Set<number>();
    if (rare.length > 0) {
      const member = new Set(inWindow);
      for (const [rowid, rank] of db.selectArrays(
        'SELECT rowid, rank FROM fts WHERE fts MATCH ? AND rowid >= ? ORDER BY rank',
        [rare.length === 1 ? rare[0]! : `(${rare.join(' OR ')})`, floor],
      )) {
        const id = rowid as number;
        if (!member.has(id)) continue;
        ordered.push([id, -(rank as number)]);
        placed.add(id);
      }
    }
    const ranked = ordered.length;
    // Among the unranked, matches in the title come first (a membership test: no weighing).
    const titled = positives.flatMap((leaf) => inTitleOnly(leaf) ?? []);
    if (titled.length > 0) {
      const inTitle = db
        .selectValues('SELECT rowid FROM fts WHERE fts MATCH ? AND rowid >= ?', [
          titled.length === 1 ? titled[0]! : `(${titled.join(' OR ')})`,
          floor,
        ])
        .map(Number);
      const titleSet = new Set(inTitle);
      for (const rowid of inWindow) {
        if (titleSet.has(rowid) && !placed.has(rowid)) {
          ordered.push([rowid, 0]);
          placed.add(rowid);
        }
      }
    }
    for (const rowid of inWindow) if (!placed.has(rowid)) ordered.push([rowid, 0]);
    return { ordered, ranked };
  }

  /**
   * The ranked window: matches with rowid ≥ floor, the most recently added (rowids only grow).
   * Found walking forward only: FTS5 walks a long list backwards by reading all of it first.
   * Past COUNT_LIMIT the window's start is estimated from how densely the counted matches lie,
   * then the window is counted.
   */
  private rankedWindow(
    match: string,
    counted: number,
    lastCounted: number,
  ): { floor: number; ranked: number } {
    const { db } = this;
    if (counted <= RANK_LIMIT) return { floor: 0, ranked: counted };
    if (counted <= COUNT_LIMIT) {
      const floor = Number(
        db.selectValue('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT 1 OFFSET ?', [
          match,
          counted - RANK_LIMIT,
        ]),
      );
      return { floor, ranked: RANK_LIMIT };
    }
    const newest = Number(db.selectValue('SELECT max(rowid) FROM docs') ?? 0);
    const perRowid = counted / Math.max(1, lastCounted);
    let span = Math.ceil(RANK_LIMIT / perRowid);
    let window = { floor: 0, ranked: 0 };
    // Where matches lie thinner or denser among recent articles, the span is widened or
    // narrowed a few times, to keep the window between half and twice RANK_LIMIT.
    for (let attempt = 0; attempt < 4; attempt++) {
      const floor = Math.max(0, newest - span);
      const ranked = Number(
        db.selectValue('SELECT count(*) FROM fts WHERE fts MATCH ? AND rowid >= ?', [
          match,
          floor,
        ]) ?? 0,
      );
      window = { floor, ranked };
      if (ranked < RANK_LIMIT / 2 && floor > 0) span *= 4;
      else if (ranked > RANK_LIMIT * 2 && span > 1) span = Math.ceil(span / 4);
      else break;
    }
    return window;
  }

  /** Article ids and snippets for ranked rowids, in their order. */
  private hitsFor(rows: [number, number][], terms: HighlightTerm[]): SearchHit[] {
    const { db } = this;
    // The text straight from FTS5's content table (c0 title, c1 body), by its primary key.
    const lookup = db.prepare(
      'SELECT d.article_id, c.c0, c.c1 FROM docs d JOIN fts_content c ON c.id = d.rowid WHERE d.rowid = ?',
    );
    const hits: SearchHit[] = [];
    try {
      for (const [rowid, score] of rows) {
        if (!lookup.bind([rowid]).step()) {
          lookup.reset();
          continue;
        }
        const articleId = lookup.getString(0)!;
        const body = lookup.getString(2) ?? '';
        const inBody = snippetFor(body, terms, SNIPPET_WORDS);
        // A match only in the title (or a field) shows the body's opening, or the title's.
        const snippet =
          inBody.highlights.length || body ? inBody : snippetFor(lookup.getString(1) ?? '', terms);
        lookup.reset();
        hits.push({ articleId, score, snippet });
      }
    } finally {
      lookup.finalize();
    }
    return hits;
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
      ranked: 0,
      hits: rows.map(([articleId, body]) => ({
        articleId: articleId as string,
        score: 0,
        snippet: { text: String(body ?? ''), highlights: [] },
      })),
    };
  }
}
