import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttledRunner } from './throttled-runner';

describe('throttledRunner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const make = () => {
    const runs: number[] = [];
    const runner = throttledRunner(
      async () => {
        runs.push(Date.now());
      },
      { minIntervalMs: 1000 },
      () => Date.now(),
    );
    return { runs, runner };
  };

  it('runs at once after a quiet spell', async () => {
    const { runs, runner } = make();
    runner.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(1);
  });

  it('collapses a burst of requests into one run per interval, the last one included', async () => {
    const { runs, runner } = make();
    const started = Date.now();
    // An import committing every 100 ms for 3 seconds.
    for (let t = 0; t < 3000; t += 100) {
      runner.request();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs.map((at) => at - started)).toEqual([0, 1000, 2000, 3000]);
  });

  it('keeps a request made during a run for after it', async () => {
    let release: () => void = () => undefined;
    let runs = 0;
    const runner = throttledRunner(
      () =>
        new Promise<void>((resolve) => {
          runs++;
          release = resolve;
        }),
      { minIntervalMs: 1000 },
      () => Date.now(),
    );
    runner.request();
    await vi.advanceTimersByTimeAsync(0);
    runner.request();
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
  });

  it('waits longer after a costly run, within its bounds', async () => {
    const starts: number[] = [];
    const costs = [200, 50, 900, 100, 100, 100, 100];
    const runner = throttledRunner(
      async () => {
        starts.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, costs[starts.length - 1]));
      },
      { minIntervalMs: 1000, maxIntervalMs: 4000, maxShare: 0.1 },
      () => Date.now(),
    );
    const started = Date.now();
    // Writes keep coming every 100 ms.
    for (let t = 0; t < 10_000; t += 100) {
      runner.request();
      await vi.advanceTimersByTimeAsync(100);
    }
    // 200 ms of work waits 2 s; 50 ms, the 1 s minimum; 900 ms, the 4 s maximum.
    expect(starts.map((at) => at - started)).toEqual([0, 2000, 3000, 7000, 8000, 9000, 10_000]);
  });

  it('stops running once disposed', async () => {
    const { runs, runner } = make();
    runner.request();
    runner.dispose();
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toHaveLength(0);
  });
});
