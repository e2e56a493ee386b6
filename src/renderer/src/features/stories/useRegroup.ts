/** App-wide story regrouping state: one regroup at a time, after imports or on request. */
import { useSyncExternalStore } from 'react';
import { regroupInWorker } from './regroup';

let running: Promise<void> | null = null;
let state = { running: false, error: null as string | null };
const listeners = new Set<() => void>();
const emit = (next: typeof state) => {
  state = next;
  listeners.forEach((listener) => listener());
};

export function regroupStories(): Promise<void> {
  running ??= (async () => {
    emit({ running: true, error: null });
    try {
      await regroupInWorker();
      emit({ running: false, error: null });
    } catch (error) {
      emit({ running: false, error: (error as Error).message });
    } finally {
      running = null;
    }
  })();
  return running;
}

export function useRegroupState() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
