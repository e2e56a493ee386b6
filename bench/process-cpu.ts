/**
 * CPU time of this process and of every process it started (Chromium's browser, renderers, GPU
 * and utility processes), grouped by role, read from /proc. Linux only: elsewhere it reports
 * nothing, and the benchmark prints the rest of its figures without it.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Seconds of CPU (user + system) by role, e.g. "host (node)", "chromium renderer". */
export type CpuByRole = Map<string, number>;

const TICKS_PER_SECOND = 100;

interface ProcessInfo {
  pid: number;
  ppid: number;
  seconds: number;
  role: string;
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Chromium rewrites its command line as one space-separated string.
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = command.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
    const role =
      pid === process.pid
        ? 'host (node: main thread and worker threads)'
        : command.some((arg) => arg.includes('parse-worker'))
          ? 'host parse processes (node)'
          : /chrom/i.test(command[0] ?? '')
            ? `chromium ${type ?? 'browser'}${type === 'utility' ? ` ${utilityName(command)}` : ''}`
            : (command[0]?.split('/').pop() ?? 'other');
    return { pid, ppid, seconds: ticks / TICKS_PER_SECOND, role };
  } catch {
    return null;
  }
}

function utilityName(command: string[]): string {
  const flag = command.find((arg) => arg.startsWith('--utility-sub-type='));
  return flag ? flag.slice('--utility-sub-type='.length).split('.').slice(-2).join('.') : '';
}

function readThreadSeconds(pid: number, tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** This process and its descendants, by role. Empty where /proc is missing. */
export function cpuByRole(): CpuByRole {
  const out: CpuByRole = new Map();
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return out;
  }
  const all = pids.flatMap((pid) => readProcess(pid) ?? []);
  const children = new Map<number, ProcessInfo[]>();
  for (const info of all) children.set(info.ppid, [...(children.get(info.ppid) ?? []), info]);
  // The host's main thread apart from its other threads (parse workers, file reads, GC helpers):
  // work moved off it is not work saved.
  const mainThread = readThreadSeconds(process.pid, process.pid);
  if (mainThread !== null) out.set('host main thread (part of the host)', mainThread);
  const queue = all.filter((info) => info.pid === process.pid);
  while (queue.length) {
    const info = queue.pop()!;
    out.set(info.role, (out.get(info.role) ?? 0) + info.seconds);
    queue.push(...(children.get(info.pid) ?? []));
  }
  return out;
}

/** CPU seconds spent between two readings, by role, largest first. */
export function cpuBetween(before: CpuByRole, after: CpuByRole): Array<[string, number]> {
  return [...after]
    .map(([role, seconds]): [string, number] => [role, seconds - (before.get(role) ?? 0)])
    .filter(([, seconds]) => seconds >= 0.05)
    .sort((a, b) => b[1] - a[1]);
}
