/**
 * Counts of the tables the sidebar shows. IndexedDB counts by walking every record, and an
 * import commits a batch every fraction of a second: counting quotes again after each one made
 * the database walk the whole quotes table (about 15 rows per article) over and over, a cost
 * that grew with the library. Counts follow writes at most once a second, and less often when
 * counting is slow: while an import writes, counting 45,000 quotes took 160 ms, and counting
 * every second and a half took a fifth of the database's time.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
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

async function readCounts(): Promise<SidebarCounts> {
  const [briefings, codes, quotes, stories] = await Promise.all(
    COUNTED_TABLES.map((name) => db.table(name).count()),
  );
  return { briefings: briefings!, codes: codes!, quotes: quotes!, stories: stories! };
}

/** Undefined until `enabled` and the first count is in. */
export function useSidebarCounts(enabled: boolean): SidebarCounts | undefined {
  const [counts, setCounts] = useState<SidebarCounts>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const runner = throttledRunner(async () => {
      const next = await readCounts();
      if (live) setCounts(next);
    }, COUNTING);
    const onMutated = (parts: ObservabilitySet) => {
      if (COUNTED_TABLES.some((name) => parts[`idb://${db.name}/${name}/`])) runner.request();
    };
    Dexie.on('storagemutated', onMutated);
    runner.request();
    return () => {
      live = false;
      runner.dispose();
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [enabled]);
  return counts;
}
