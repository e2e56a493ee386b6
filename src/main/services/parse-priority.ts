/**
 * Parsing is background work: when the cores are all busy, the window and the database come
 * first. Linux alone lets a thread lower its own priority without touching the rest of its
 * process (elsewhere setPriority(0) would lower the whole host, window included).
 *
 * On Linux with autogroup scheduling (most desktops), a priority only counts against the threads
 * of the same session: the CPU is first shared between sessions. The Chromium host's browser runs
 * in a session of its own (Playwright launches it detached), so the host parses in processes that
 * lead sessions of their own, and lowers those sessions' priority too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The nice value a parse thread runs at, against the window's threads in its own session. */
export const PARSE_NICE = 10;
/**
 * The nice value of a parse process's session, against the browser's session as a whole. Milder
 * than a thread's: the browser's session also holds the database's threads, and an import waits
 * on parsing and storing alike. At 5 or 10 parsing starved and imports ran a sixth slower; at 2
 * they kept their pace and the window its frames (npm run bench:import, 2 cores).
 */
export const PARSE_SESSION_NICE = 2;

/** Lowers the calling thread's priority (Linux only); a no-op where that is not allowed. */
export function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, PARSE_NICE);
  } catch {
    // Not permitted here: parse at normal priority.
  }
}

/** True when this process leads its own session, so its autogroup holds nothing else. */
function leadsOwnSession(): boolean {
  // /proc/self/stat: "pid (comm) state ppid pgrp session …"; comm may hold spaces and parens.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const session = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
  return session === process.pid;
}

/**
 * Lowers the priority of this process's session (Linux autogroup), but only when the process
 * leads that session: lowering a session shared with a terminal would slow whatever else runs
 * there, and outlive this process.
 */
export function lowerSessionPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    if (leadsOwnSession()) writeFileSync('/proc/self/autogroup', String(PARSE_SESSION_NICE));
  } catch {
    // No autogroup scheduling in this kernel, or not permitted: thread priorities still apply.
  }
}
