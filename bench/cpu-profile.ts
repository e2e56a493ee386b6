/**
 * A JS sampling profile of the app's page during the import (`bench:import -- --profile FILE`),
 * through a CDP session's Profiler. Lighter than a trace (which doubled the renderer's CPU), so
 * the split of the renderer's time between functions is closer to an unobserved import's.
 * Open the .cpuprofile in DevTools' Performance panel, or read it as JSON.
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';

/** Microseconds between samples: fine enough for a storing slice of 16 ms. */
const SAMPLING_INTERVAL_US = 500;

export async function startProfile(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await session.send('Profiler.start');
  return session;
}

export interface FunctionShare {
  name: string;
  selfMs: number;
  share: number;
}

/** Stops the profile, writes it to `file`, and returns the functions with the most self time. */
export async function stopProfile(
  session: CDPSession,
  file: string,
  top = 25,
): Promise<FunctionShare[]> {
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  await writeFile(file, JSON.stringify(profile));
  const names = new Map(
    profile.nodes.map((node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : '';
      return [node.id, `${functionName || '(anonymous)'}${where}`];
    }),
  );
  const selfUs = new Map<string, number>();
  let totalUs = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, at) => {
    const name = names.get(id) ?? '(unknown)';
    // "(idle)" is the thread waiting: not work.
    if (name === '(idle)') return;
    const us = deltas[at + 1] ?? 0;
    selfUs.set(name, (selfUs.get(name) ?? 0) + us);
    totalUs += us;
  });
  return [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: totalUs ? us / totalUs : 0 }));
}
