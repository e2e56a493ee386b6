/**
 * Runs an async job when asked, but at most once per interval: the first request after a quiet
 * spell runs at once, requests during a burst collapse into one run when the interval is up,
 * and a request that arrives while a run is in flight is kept for after it.
 *
 * The interval grows with the job's cost: a job that took `d` ms waits `d / maxShare` before the
 * next run (between `minIntervalMs` and `maxIntervalMs`), so a job that gets slow, such as
 * counting a large table while an import writes to it, takes a bounded share of the time.
 */
export interface ThrottledRunner {
  request: () => void;
  dispose: () => void;
}

export interface ThrottleTiming {
  minIntervalMs: number;
  /** Longest wait between runs, however costly the job. Default: minIntervalMs. */
  maxIntervalMs?: number;
  /** Largest share of the time the job may take, within the bounds above. Default: 1. */
  maxShare?: number;
}

export function throttledRunner(
  run: () => Promise<void>,
  { minIntervalMs, maxIntervalMs = minIntervalMs, maxShare = 1 }: ThrottleTiming,
  now: () => number = () => performance.now(),
): ThrottledRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastStart = -Infinity;
  let interval = minIntervalMs;
  let running = false;
  let requestedWhileRunning = false;
  let disposed = false;

  const start = async (): Promise<void> => {
    timer = undefined;
    if (disposed) return;
    running = true;
    lastStart = now();
    try {
      await run();
    } catch {
      // The next request tries again; a failed count must not stop later ones.
    } finally {
      running = false;
      const took = now() - lastStart;
      interval = Math.min(maxIntervalMs, Math.max(minIntervalMs, took / maxShare));
    }
    if (requestedWhileRunning) {
      requestedWhileRunning = false;
      request();
    }
  };

  function request(): void {
    if (disposed) return;
    if (running) {
      requestedWhileRunning = true;
      return;
    }
    if (timer !== undefined) return;
    timer = setTimeout(() => void start(), Math.max(0, lastStart + interval - now()));
  }

  return {
    request,
    dispose: () => {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
