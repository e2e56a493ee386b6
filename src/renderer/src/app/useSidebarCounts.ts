/**
 * Counts of the tables the sidebar shows. IndexedDB counts by walking every record, and an
 * import commits a batch every fraction of a second: counting quotes again after each one made
 * the database walk the whole quotes table (about 15 rows per article) over and over, a cost
 * that grew with the library. Counts follow writes at most once a second, and less often when
 * counting is slow: while an import writes, counting 45,000 quotes took 160 ms, and counting
 * every second and a half took a fifth of the database's time. While an import runs, quotes are
 * not counted at all: the import tells how many the library holds.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { db } from '../db/database';
import { throttledRunner } from './throttled-runner';

export interface SidebarCounts {
  briefings: number;
  codes: number;
  quotes: number;
  stories: number;
}

const COUNTED_TABLES = ['briefings', 'tags', 'quotes', 'stories'] as const;
/** Counting takes at most this share of the time, and counts are never older than 10 s. */
const COUNTING = { minIntervalMs: 1000, maxIntervalMs: 10_000, maxShare: 0.025 };

async function readCounts(
  previous: SidebarCounts | undefined,
  countQuotes: boolean,
): Promise<SidebarCounts> {
  const tables = COUNTED_TABLES.filter((name) => countQuotes || name !== 'quotes');
  const counted = new Map(
    await Promise.all(tables.map(async (name) => [name, await db.table(name).count()] as const)),
  );
  const count = (name: (typeof COUNTED_TABLES)[number]) =>
    counted.get(name) ?? previous?.[name === 'tags' ? 'codes' : name] ?? 0;
  return {
    briefings: count('briefings'),
    codes: count('tags'),
    quotes: count('quotes'),
    stories: count('stories'),
  };
}

/** An import's view of the quotes table: while it runs, the library's quotes are its count. */
export interface ImportQuoteCount {
  running: boolean;
  /** Null until the import has stored its first batch. */
  quotesInLibrary: number | null;
}

/** Undefined until `enabled` and the first count is in. */
export function useSidebarCounts(
  enabled: boolean,
  importing: ImportQuoteCount = { running: false, quotesInLibrary: null },
): SidebarCounts | undefined {
  const [counts, setCounts] = useState<SidebarCounts>();
  const runnerRef = useRef<{ request: () => void } | null>(null);
  const importingRef = useRef(importing.running);
  importingRef.current = importing.running;
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let latest: SidebarCounts | undefined;
    const runner = throttledRunner(async () => {
      const next = await readCounts(latest, !importingRef.current);
      latest = next;
      if (live) setCounts(next);
    }, COUNTING);
    runnerRef.current = runner;
    const onMutated = (parts: ObservabilitySet) => {
      const watched = importingRef.current
        ? COUNTED_TABLES.filter((name) => name !== 'quotes')
        : COUNTED_TABLES;
      if (watched.some((name) => parts[`idb://${db.name}/${name}/`])) runner.request();
    };
    Dexie.on('storagemutated', onMutated);
    runner.request();
    return () => {
      live = false;
      runnerRef.current = null;
      runner.dispose();
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [enabled]);
  // Counted again once an import ends: anything else that changed quotes meanwhile shows then.
  const wasImporting = useRef(false);
  useEffect(() => {
    if (wasImporting.current && !importing.running) runnerRef.current?.request();
    wasImporting.current = importing.running;
  }, [importing.running]);
  if (counts && importing.running && importing.quotesInLibrary !== null)
    return { ...counts, quotes: importing.quotesInLibrary };
  return counts;
}
