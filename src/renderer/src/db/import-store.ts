/**
 * Where an import's parsed batches are stored. The app stores them in a worker (see
 * import-store.worker.ts), so handing rows to IndexedDB, the near-duplicate lookups and their
 * garbage stay off the UI thread; tests and the worker itself store in the calling context.
 */
import { unpackReports, type OperationArgs, type PackedReports } from '../../../shared/contract';
import type { ImportFileReport } from '../../../shared/domain';
import { storeImportedArticles } from './articles';
import { ImportSession } from './import-session';

export interface StoredBatch {
  /** One per report stored, without its article. */
  reports: ImportFileReport[];
  /** Quote rows in the library as far as this import's writes go. */
  quotesInLibrary: number | null;
}

export interface ImportStore {
  /**
   * Takes one part of the import (the reports of a batch of files, as the host sent them) to be
   * stored later. Parts are handed over as they arrive, not when they are stored: copying a
   * whole transaction's reports to a worker at once held the UI thread for over 100 ms.
   */
  take(part: number, packed: PackedReports[]): void;
  /**
   * Where the store can call the host itself (a worker, where HostInfo.workerCalls): has the
   * host parse a part's files and takes the reply, which never passes through the page.
   * Resolves once the part is taken.
   */
  parseInto?(part: number, args: OperationArgs<'import.parseFolderFiles'>): Promise<void>;
  /** Stores the parts taken, in the order given, in one transaction. */
  store(parts: number[], importFolder: string): Promise<StoredBatch>;
  /** After the import: releases what the store holds. */
  close(): void;
}

export type OpenImportStore = (options: {
  expectedArticles: number;
  /** True where the host answers workers' calls: a worker store then offers parseInto. */
  hostAnswersWorkers?: boolean;
}) => ImportStore;

/** Stores in this page or worker, keeping one ImportSession from batch to batch. */
export const openLocalImportStore: OpenImportStore = ({ expectedArticles }) => {
  const session = new ImportSession({ expectedArticles });
  const taken = new Map<number, PackedReports[]>();
  return {
    take: (part, packed) => {
      taken.set(part, packed);
    },
    store: async (parts, importFolder) => {
      const reports = parts.flatMap((part) => {
        const packed = taken.get(part);
        if (!packed) throw new Error(`Part ${part} of the import was never taken.`);
        taken.delete(part);
        return packed.flatMap(unpackReports);
      });
      const stored = await storeImportedArticles(reports, importFolder, { session });
      return { reports: stored, quotesInLibrary: session.quotesInLibrary() };
    },
    close: () => taken.clear(),
  };
};
