/**
 * Runs an async job when asked, but at most once per interval: the first request after a quiet
 * spell runs at once, requests during a burst collapse into one run when the interval is up,
 * and a request that arrives while a run is in flight is kept for after it.
 */
export interface ThrottledRunner {
  request: () => void;
  dispose: () => void;
}

export function throttledRunner(
  run: () => Promise<void>,
  minIntervalMs: number,
  now: () => number = () => performance.now(),
): ThrottledRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastStart = -Infinity;
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
    timer = setTimeout(() => void start(), Math.max(0, lastStart + minIntervalMs - now()));
  }

  return {
    request,
    dispose: () => {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
