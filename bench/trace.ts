/**
 * A Chromium trace of the app's page during the import (`bench:import -- --trace FILE`), through
 * a CDP session, and a summary of the renderer main thread's long tasks: what ran inside each
 * (scripts by function, garbage collection, IndexedDB callbacks, style and layout, paint).
 * Long-animation-frame attribution names only scripts the page itself started; this also shows
 * work it does not attribute (e.g. deserialising IndexedDB results or host replies).
 */
import { createWriteStream } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event; less than `dur` when the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The JS sampling profile in the trace: (timestamp, function) pairs on the renderer's main thread. */
function samples(
  events: TraceEvent[],
  pid: number,
  tid: number,
): Array<{ ts: number; frame: string }> {
  const nodes = new Map<number, string>();
  const out: Array<{ ts: number; frame: string }> = [];
  let ts = 0;
  // The thread's profile is announced on the thread; its chunks come from a profiler thread.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)?.id;
  if (!profile) return out;
  for (const event of events) {
    if (event.pid !== pid || event.id !== profile) continue;
    const data = event.args?.data as
      | {
          startTime?: number;
          cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
          timeDeltas?: number[];
        }
      | undefined;
    if (event.name === 'Profile' && data?.startTime) ts = data.startTime;
    if (event.name !== 'ProfileChunk' || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber } = node.callFrame;
      nodes.set(
        node.id,
        `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`,
      );
    }
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, at) => {
      ts += deltas[at] ?? 0;
      out.push({ ts, frame: nodes.get(id) ?? String(id) });
    });
  }
  return out;
}

/** Traces longer than this (in characters) are written but not summarised: parsing them takes gigabytes. */
const SUMMARY_LIMIT_CHARS = 300_000_000;

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'IndexedDB',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

export async function startTrace(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Tracing.start', {
    categories: CATEGORIES,
    transferMode: 'ReturnAsStream',
  });
  return session;
}

/** Stops tracing, writes the trace to `file` and returns a summary of the long tasks. */
export async function stopTrace(
  session: CDPSession,
  file: string,
  longerThanMs = 100,
): Promise<string[]> {
  const complete = new Promise<string>((resolve) =>
    session.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
  );
  await session.send('Tracing.end');
  const stream = await complete;
  // Written as it is read: a 10,000-file import's trace is larger than the longest string V8 allows.
  const out = createWriteStream(file);
  const written = new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.on('finish', resolve);
  });
  const chunks: string[] = [];
  let length = 0;
  for (;;) {
    const read = await session.send('IO.read', { handle: stream, size: 4 * 1024 * 1024 });
    const chunk = read.base64Encoded ? Buffer.from(read.data, 'base64').toString() : read.data;
    out.write(chunk);
    length += chunk.length;
    if (length <= SUMMARY_LIMIT_CHARS) chunks.push(chunk);
    if (read.eof) break;
  }
  out.end();
  await written;
  await session.send('IO.close', { handle: stream });
  if (length > SUMMARY_LIMIT_CHARS)
    return [
      `trace of ${Math.round(length / 1e6)} MB: too large to summarise here; open it in DevTools`,
    ];
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return summarise(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), longerThanMs);
}

function label(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  if (
    event.name === 'FunctionCall' ||
    event.name === 'EventDispatch' ||
    event.name === 'TimerFire'
  ) {
    const fn = (data['functionName'] as string | undefined) || (data['type'] as string | undefined);
    const url = ((data['url'] as string | undefined) ?? '').split('/').pop();
    return `${event.name} ${fn ?? ''}${url ? ` (${url}:${String(data['lineNumber'] ?? '')})` : ''}`;
  }
  if (event.name === 'EvaluateScript') return `EvaluateScript ${String(data['url'] ?? '')}`;
  return event.name;
}

export function summarise(events: TraceEvent[], longerThanMs: number): string[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return ['no renderer main thread in the trace'];
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask',
  );
  const sampled = samples(events, main.pid, main.tid);
  const lines: string[] = [];
  const long = tasks.filter((t) => t.dur! / 1000 > longerThanMs);
  // Nested RunTask events (a task inside a task's event) are reported once, as the outer task.
  const outer = long.filter(
    (task) =>
      !long.some(
        (o) =>
          o !== task &&
          o.ts <= task.ts &&
          o.ts + o.dur! >= task.ts + task.dur! &&
          o.dur! > task.dur!,
      ),
  );
  lines.push(...longFrames(events, onMain, tasks, main.pid));
  for (const task of outer) {
    const end = task.ts + task.dur!;
    // Time inside the task by event name (direct and nested events; nested ones overlap).
    const byLabel = new Map<string, number>();
    for (const event of onMain) {
      if (event === task || event.ts < task.ts || event.ts >= end) continue;
      const name = label(event);
      byLabel.set(name, (byLabel.get(name) ?? 0) + event.dur! / 1000);
    }
    const top = [...byLabel]
      .filter(([, ms]) => ms >= 5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => `${Math.round(ms)} ms ${name}`);
    lines.push(`task of ${Math.round(task.dur! / 1000)} ms: ${top.join('; ')}`);
    // Sampled JS functions (self time) within the task.
    const byFrame = new Map<string, number>();
    const inTask = sampled.filter((s) => s.ts >= task.ts && s.ts < end);
    for (const sample of inTask) byFrame.set(sample.frame, (byFrame.get(sample.frame) ?? 0) + 1);
    if (inTask.length)
      lines.push(
        `    samples (${inTask.length}): ` +
          [...byFrame]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 6)
            .map(([frame, count]) => `${Math.round((100 * count) / inTask.length)}% ${frame}`)
            .join('; '),
      );
  }
  return lines;
}

/**
 * What filled each long animation frame the page marked (see chromium-import.ts): the tasks run
 * in it, the CPU they got (a task's thread time is short of its wall time when the renderer
 * waited for a core), the time no task ran, and the events that took longest.
 */
function longFrames(
  events: TraceEvent[],
  onMain: TraceEvent[],
  tasks: TraceEvent[],
  pid: number,
): string[] {
  const begins = new Map<string, number>();
  const frames: Array<{ start: number; end: number }> = [];
  for (const event of events) {
    if (event.pid !== pid || event.name !== 'parallax:bench:long-frame') continue;
    const key = `${event.id ?? ''}`;
    if (event.ph === 'b') begins.set(key, event.ts);
    else if (event.ph === 'e' && begins.has(key)) {
      frames.push({ start: begins.get(key)!, end: event.ts });
      begins.delete(key);
    }
  }
  const taskSet = new Set(tasks);
  const lines: string[] = [];
  for (const { start, end } of frames.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const overlapping = tasks.filter((t) => t.ts < end && t.ts + t.dur! > start);
    // A task run inside another task's event is counted once, as part of the outer one.
    const inFrame = overlapping.filter(
      (task) =>
        !overlapping.some(
          (o) => o !== task && o.ts <= task.ts && o.ts + o.dur! >= task.ts + task.dur!,
        ),
    );
    const wall = inFrame.reduce((sum, t) => sum + t.dur!, 0) / 1000;
    const cpu = inFrame.reduce((sum, t) => sum + (t.tdur ?? t.dur!), 0) / 1000;
    const longest = Math.max(0, ...inFrame.map((t) => t.dur!)) / 1000;
    const busy =
      inFrame.reduce((sum, t) => sum + Math.min(end, t.ts + t.dur!) - Math.max(start, t.ts), 0) /
      1000;
    const byLabel = new Map<string, number>();
    for (const event of onMain) {
      if (event.ts < start || event.ts >= end || taskSet.has(event)) continue;
      const name = label(event);
      byLabel.set(name, (byLabel.get(name) ?? 0) + event.dur! / 1000);
    }
    const top = [...byLabel]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => `${Math.round(ms)} ms ${name}`);
    lines.push(
      `long frame of ${Math.round((end - start) / 1000)} ms: ${inFrame.length} tasks, ` +
        `${Math.round(wall)} ms in tasks (${Math.round(cpu)} ms CPU, longest ${Math.round(longest)} ms), ` +
        `no task for ${Math.max(0, Math.round((end - start) / 1000 - busy))} ms: ` +
        top.join('; '),
    );
  }
  return lines;
}
