/**
 * Counts of the tables the sidebar shows. IndexedDB counts by walking every record, and an
 * import commits a batch every fraction of a second: counting quotes again after each one made
 * the database walk the whole quotes table (about 15 rows per article) over and over, a cost
 * that grew with the library. Counts now follow writes at most once a second.
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
const MIN_INTERVAL_MS = 1000;

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
    }, MIN_INTERVAL_MS);
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
