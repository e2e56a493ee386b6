import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');
const FIXTURES = path.join(REPO, 'src/main/services/import/__fixtures__');

/** Time a run of the CLI may take: it starts tsx and loads the parsers, which on a busy machine takes long. */
const CLI_TIMEOUT_MS = 120_000;

/**
 * Runs the CLI without blocking this test worker: a synchronous spawn held the worker for a
 * minute on a busy machine, long enough for Vitest's own messages to the worker to time out.
 */
function runCli(
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      cwd: REPO,
      timeout: CLI_TIMEOUT_MS,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('parallax analyze', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints one JSON object per file with exactly the agreed keys', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
    copyFileSync(path.join(FIXTURES, 'harbor-ledger-page.txt'), path.join(folder, 'ledger.txt'));
    copyFileSync(path.join(FIXTURES, 'guide.md'), path.join(folder, 'guide.md'));
    const result = await runCli(['analyze', folder]);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.file)).toEqual(['guide.md', 'ledger.txt']);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([
        'file',
        'status',
        'reason',
        'duplicateOf',
        'outlet',
        'title',
        'published',
        'author',
        'url',
        'language',
        'body',
        'quotes',
        'story',
      ]);
      expect(Array.isArray(line.quotes)).toBe(true);
      expect(line.story).toMatch(/^story-/);
    }
    // A harbour news page and a software guide are not one story.
    expect(lines[0]!.story).not.toBe(lines[1]!.story);
    expect(lines[1]).toMatchObject({
      status: 'imported',
      outlet: 'Harbor Ledger',
      published: '2025-03-03',
      author: 'Lena Ortiz',
      language: 'en',
    });
    expect(result.stderr).toMatch(/\[2\/2\] imported ledger\.txt/);
  });

  it('gives articles on the same story the same story id', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
    for (const name of [
      'capital-wire-cobalt.md',
      'harbor-ledger-cobalt-quota.txt',
      'northwind-post-cobalt.html',
    ]) {
      copyFileSync(path.join(REPO, 'resources/sample-corpus', name), path.join(folder, name));
    }
    const result = await runCli(['analyze', folder]);
    expect(result.status).toBe(0);
    const stories = result.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { story: string }).story);
    expect(stories).toHaveLength(3);
    expect(new Set(stories).size).toBe(1);
  });

  it('exits 2 with a usage line on bad arguments', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^usage: parallax analyze <folder>/);
    expect(result.stdout).toBe('');
  });

  it('exits 1 naming a folder it cannot read', async () => {
    const result = await runCli(['analyze', '/no/such/parallax/folder']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read folder \/no\/such\/parallax\/folder/);
  });
});
