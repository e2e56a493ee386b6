import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createParsePool } from './parse-pool';
import { PARSE_SESSION_NICE } from './parse-priority';

// The worker from source: the pool forks it through tsx, as the built hosts fork the built one.
const WORKER_SOURCE = new URL('./parse-worker.ts', import.meta.url);
const ARTICLE = new TextEncoder().encode(
  [
    'Harbour town votes to rebuild its flooded sea wall',
    'By Ines Okafor',
    'The council approved the plan on Tuesday after a long debate.',
    '"We cannot wait for the next storm," said Mayor Tomas Reyes.',
    'Work is expected to begin in the spring and to last two years.',
  ].join('\n\n'),
);

/** Pids of this process's children that run the parse worker (Linux /proc). */
function parseProcesses(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        return parent === process.pid && command.includes('parse-worker') ? [Number(entry)] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
}

describe('parse pool in separate processes', () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  function openPool() {
    const pool = createParsePool(WORKER_SOURCE, {
      size: 1,
      separateProcesses: true,
      execArgv: ['--import', 'tsx'],
    });
    close = pool.close;
    return pool;
  }

  it('parses a file as the in-process parser does', async () => {
    const pool = openPool();
    const report = await pool.parseFile('harbour/sea-wall.txt', ARTICLE);
    expect(report.status).toBe('imported');
    expect(report.file).toBe('harbour/sea-wall.txt');
    expect(report.article?.metadata.title.value).toBe(
      'Harbour town votes to rebuild its flooded sea wall',
    );
    expect(report.article?.metadata.author.value).toBe('Ines Okafor');
    expect(parseProcesses()).toHaveLength(1);
  });

  it.runIf(process.platform === 'linux')(
    'runs parsing in a session of its own at low priority, so the window comes first',
    async () => {
      const pool = openPool();
      await pool.parseFile('a.txt', ARTICLE);
      const [pid] = parseProcesses();
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const session = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
      expect(session).toBe(pid);
      expect(readFileSync(`/proc/${pid}/autogroup`, 'utf8')).toContain(
        `nice ${PARSE_SESSION_NICE}`,
      );
      // This process's own session keeps its priority.
      expect(readFileSync('/proc/self/autogroup', 'utf8')).not.toContain(
        `nice ${PARSE_SESSION_NICE}`,
      );
    },
  );

  it('ends its parse processes when closed, failing nothing already parsed', async () => {
    const pool = openPool();
    const report = await pool.parseFile('a.txt', ARTICLE);
    const [pid] = parseProcesses();
    await pool.close();
    close = null;
    expect(report.status).toBe('imported');
    expect(() => process.kill(pid!, 0)).toThrow();
  });
});
