import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from './folder-test-helpers';
import { walkFolder, type WalkEntry } from './walk-folder';

async function walk(root: string): Promise<WalkEntry[]> {
  const entries: WalkEntry[] = [];
  for await (const entry of walkFolder(root)) entries.push(entry);
  return entries;
}

const skippedReason = (entries: WalkEntry[], file: string): string | undefined => {
  const entry = entries.find((candidate) => candidate.relativePath === file);
  return entry && 'skipped' in entry ? entry.skipped : undefined;
};

describe('walkFolder', () => {
  it('lists nested files in a stable order with sizes', async () => {
    const root = makeFolder({ 'b.txt': 'bbb', 'a/inner/c.md': 'c', 'a/z.html': '<p>z</p>' });
    const entries = await walk(root);
    expect(entries.map((entry) => entry.relativePath)).toEqual([
      'a/inner/c.md',
      'a/z.html',
      'b.txt',
    ]);
    expect(entries[2]).toMatchObject({ size: 3, absolutePath: path.join(root, 'b.txt') });
  });

  it('reports hidden, system and Office lock files as skipped', async () => {
    const root = makeFolder({
      '.DS_Store': 'x',
      'Thumbs.db': 'x',
      'desktop.ini': 'x',
      '~$report.docx': 'x',
      '.git/HEAD': 'x',
      'ok.txt': 'x',
    });
    const entries = await walk(root);
    expect(skippedReason(entries, '.DS_Store')).toBe('system file');
    expect(skippedReason(entries, 'Thumbs.db')).toBe('system file');
    expect(skippedReason(entries, 'desktop.ini')).toBe('system file');
    expect(skippedReason(entries, '~$report.docx')).toMatch(/lock file/);
    expect(skippedReason(entries, '.git')).toBe('hidden file');
    expect(entries.some((entry) => entry.relativePath === '.git/HEAD')).toBe(false);
    expect(entries.find((entry) => entry.relativePath === 'ok.txt')).toHaveProperty('size');
  });

  it('survives a symbolic link loop and visits each real folder once', async () => {
    const root = makeFolder({ 'articles/one.txt': 'one' });
    symlinkSync(path.join(root, 'articles'), path.join(root, 'articles', 'loop'));
    symlinkSync(root, path.join(root, 'articles', 'back-to-root'));
    symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'broken-link.txt'));
    const entries = await walk(root);
    const files = entries.filter((entry) => 'size' in entry).map((entry) => entry.relativePath);
    expect(files).toEqual(['articles/one.txt']);
    expect(skippedReason(entries, 'articles/loop')).toMatch(/symbolic link loop/);
    expect(skippedReason(entries, 'articles/back-to-root')).toMatch(/symbolic link loop/);
    expect(skippedReason(entries, 'broken-link.txt')).toMatch(/broken link/);
  });

  it('reports a folder it cannot open instead of failing the walk', async () => {
    const root = makeFolder({ 'ok.txt': 'x', 'locked/secret.txt': 'x' });
    chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const entries = await walk(root);
      expect(entries.find((entry) => entry.relativePath === 'ok.txt')).toHaveProperty('size');
      const runningAsRoot = process.getuid?.() === 0;
      if (runningAsRoot) {
        // Root ignores permission bits, so the folder really is readable: it must be walked.
        expect(entries.find((entry) => entry.relativePath === 'locked/secret.txt')).toHaveProperty(
          'size',
        );
      } else {
        expect(skippedReason(entries, 'locked')).toMatch(/cannot be read: permission denied/);
      }
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });

  it('yields nothing for an empty folder tree', async () => {
    const root = makeFolder({});
    mkdirSync(path.join(root, 'empty-dir'));
    expect(await walk(root)).toEqual([]);
  });
});
