import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');
const FIXTURES = path.join(REPO, 'src/main/services/import/__fixtures__');

function runCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('parallax analyze', () => {
  it('prints one JSON object per file with exactly the agreed keys', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
    copyFileSync(path.join(FIXTURES, 'harbor-ledger-page.txt'), path.join(folder, 'ledger.txt'));
    copyFileSync(path.join(FIXTURES, 'guide.md'), path.join(folder, 'guide.md'));
    const result = runCli(['analyze', folder]);
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
  }, 60_000);

  it('gives articles on the same story the same story id', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
    for (const name of [
      'capital-wire-cobalt.md',
      'harbor-ledger-cobalt-quota.txt',
      'northwind-post-cobalt.html',
    ]) {
      copyFileSync(path.join(REPO, 'resources/sample-corpus', name), path.join(folder, name));
    }
    const result = runCli(['analyze', folder]);
    expect(result.status).toBe(0);
    const stories = result.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { story: string }).story);
    expect(stories).toHaveLength(3);
    expect(new Set(stories).size).toBe(1);
  }, 60_000);

  it('exits 2 with a usage line on bad arguments', () => {
    const result = runCli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^usage: parallax analyze <folder>/);
    expect(result.stdout).toBe('');
  }, 60_000);

  it('exits 1 naming a folder it cannot read', () => {
    const result = runCli(['analyze', '/no/such/parallax/folder']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read folder \/no\/such\/parallax\/folder/);
  }, 60_000);
});
