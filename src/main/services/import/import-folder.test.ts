import { chmodSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from './folder-test-helpers';
import { MAX_IMPORT_FILE_BYTES } from './file-types';
import { FolderUnreadableError, importFolder, type ImportProgress } from './import-folder';

describe('importFolder', () => {
  it('imports a folder, marking exact and near duplicates while keeping their articles', async () => {
    const root = makeFolder({
      'a-harbor-ledger.txt': { fixture: 'harbor-ledger-page.txt' },
      'nested/b-coastline-copy.txt': { fixture: 'coastline-daily-copy.txt' },
      'nested/c-same-bytes.txt': { fixture: 'harbor-ledger-page.txt' },
      'guide.md': { fixture: 'guide.md' },
      'blog.txt': { fixture: 'money-blog-page.txt' },
      'notes.xyz': 'not an article',
      '.DS_Store': 'junk',
    });
    const progress: ImportProgress[] = [];
    const reports = await importFolder(root, (event) => progress.push(event));
    const byFile = new Map(reports.map((report) => [report.file, report]));

    expect(reports.map((report) => report.file)).toEqual([
      '.DS_Store',
      'a-harbor-ledger.txt',
      'blog.txt',
      'guide.md',
      'nested/b-coastline-copy.txt',
      'nested/c-same-bytes.txt',
      'notes.xyz',
    ]);
    expect(byFile.get('a-harbor-ledger.txt')).toMatchObject({
      status: 'imported',
      duplicateOf: null,
    });
    expect(byFile.get('nested/c-same-bytes.txt')).toMatchObject({
      status: 'duplicate',
      duplicateOf: 'a-harbor-ledger.txt',
    });
    expect(byFile.get('nested/c-same-bytes.txt')!.reason).toMatch(/same file content/);
    const nearCopy = byFile.get('nested/b-coastline-copy.txt')!;
    expect(nearCopy).toMatchObject({ status: 'duplicate', duplicateOf: 'a-harbor-ledger.txt' });
    expect(nearCopy.reason).toMatch(/near-duplicate of a-harbor-ledger\.txt \(\d+% similar\)/);
    expect(nearCopy.article?.metadata.outlet.value).toBe('Coastline Daily');
    expect(byFile.get('blog.txt')!.status).toBe('imported');
    expect(byFile.get('notes.xyz')).toMatchObject({
      status: 'skipped',
      reason: 'unsupported file type (.xyz)',
    });
    expect(byFile.get('.DS_Store')).toMatchObject({ status: 'skipped', reason: 'system file' });
    expect(progress.map((event) => event.done)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(progress.every((event) => event.total === 7)).toBe(true);
  });

  it('reports an unreadable file as failed, honestly even when running as root', async () => {
    const root = makeFolder({
      'locked.txt':
        'Harbour news headline here\n\nA full sentence of article text that can be read by anyone with permission.',
    });
    chmodSync(path.join(root, 'locked.txt'), 0o000);
    try {
      const [report] = await importFolder(root);
      if (process.getuid?.() === 0) {
        // chmod 000 does not stop root, so the file is genuinely readable.
        expect(report!.status).toBe('imported');
      } else {
        expect(report).toMatchObject({
          status: 'failed',
          reason: 'file cannot be read (permission denied)',
        });
      }
    } finally {
      chmodSync(path.join(root, 'locked.txt'), 0o644);
    }
    // The permission path itself, simulated so it is exercised under any user.
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const [simulated] = await importFolder(root, undefined, {
      readBytes: () => Promise.reject(denied),
    });
    expect(simulated).toMatchObject({
      status: 'failed',
      reason: 'file cannot be read (permission denied)',
      article: null,
    });
  });

  it('refuses an over-size file from its size, before reading it', async () => {
    const root = makeFolder({ 'big.txt': '' });
    truncateSync(path.join(root, 'big.txt'), MAX_IMPORT_FILE_BYTES + 1); // sparse: no real disk use
    let reads = 0;
    const [report] = await importFolder(root, undefined, {
      readBytes: async () => {
        reads++;
        return new Uint8Array();
      },
    });
    expect(report).toMatchObject({ status: 'failed', article: null });
    expect(report!.reason).toMatch(/file is too large \(50\.0 MB; the limit is 50\.0 MB\)/);
    expect(reads).toBe(0);
  });

  it('throws a FolderUnreadableError naming a missing folder', async () => {
    await expect(importFolder('/no/such/folder/anywhere')).rejects.toThrow(FolderUnreadableError);
    await expect(importFolder('/no/such/folder/anywhere')).rejects.toThrow(
      /cannot read folder \/no\/such\/folder\/anywhere/,
    );
  });
});
