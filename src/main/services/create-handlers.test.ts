import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { FIXTURE } from '../../shared/briefing/fixture';
import type { ImportFileReport } from '../../shared/domain';
import { unpackReports } from '../../shared/contract';
import { createHandlers, type HostAdapter } from './create-handlers';

let root: string;
let corpus: string;
let outside: string;
const parsed: string[] = [];

const adapter: HostAdapter = {
  host: 'chromium',
  appVersion: 'test',
  printPdf: async () => new Uint8Array([37, 80, 68, 70]),
  saveFile: async (_bytes, name) => ({ savedTo: `/exports/${name}` }),
};

const fakeParse = async (relativePath: string): Promise<ImportFileReport> => {
  parsed.push(relativePath);
  return { file: relativePath, status: 'imported', reason: null, duplicateOf: null, article: null };
};

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'parallax-handlers-'));
  corpus = path.join(root, 'corpus');
  outside = path.join(root, 'outside');
  await mkdir(path.join(corpus, 'nested'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(corpus, 'one.txt'), 'First article text.');
  await writeFile(path.join(corpus, 'nested', 'two.md'), '# Second');
  await writeFile(path.join(outside, 'secret.txt'), 'not yours');
  parsed.length = 0;
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('contract handlers', () => {
  it('lists and parses the sample corpus once it is granted', async () => {
    const handlers = createHandlers({ adapter, parseFile: fakeParse, sampleCorpusDir: corpus });
    const { folder } = await handlers['import.sampleCorpusFolder']({});
    const listing = await handlers['import.listFolder']({ folder });
    expect(listing.files.map((f) => f.relativePath).sort()).toEqual(['nested/two.md', 'one.txt']);
    const reports = unpackReports(
      await handlers['import.parseFolderFiles']({
        folder,
        relativePaths: ['one.txt', 'nested/two.md'],
      }),
    );
    // Reports come back in the order asked for; the files themselves are parsed concurrently.
    expect(reports.map((r) => [r.file, r.status])).toEqual([
      ['one.txt', 'imported'],
      ['nested/two.md', 'imported'],
    ]);
    expect([...parsed].sort()).toEqual(['nested/two.md', 'one.txt']);
  });

  it('refuses folders the user has not chosen', async () => {
    const handlers = createHandlers({ adapter, parseFile: fakeParse, sampleCorpusDir: corpus });
    await expect(handlers['import.listFolder']({ folder: outside })).rejects.toMatchObject({
      code: 'not-permitted',
    });
  });

  it('never reads outside the chosen folder, even through a symlink', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(corpus, 'link.txt'));
    const handlers = createHandlers({ adapter, parseFile: fakeParse, sampleCorpusDir: corpus });
    const { folder } = await handlers['import.sampleCorpusFolder']({});
    const [report] = unpackReports(
      await handlers['import.parseFolderFiles']({
        folder,
        relativePaths: ['link.txt'],
      }),
    );
    expect(report).toMatchObject({
      status: 'failed',
      reason: 'link points outside the imported folder',
    });
    expect(parsed).toEqual([]);
  });

  it('reports a file that vanished between listing and parsing, and goes on', async () => {
    const handlers = createHandlers({ adapter, parseFile: fakeParse, sampleCorpusDir: corpus });
    const { folder } = await handlers['import.sampleCorpusFolder']({});
    const reports = unpackReports(
      await handlers['import.parseFolderFiles']({
        folder,
        relativePaths: ['gone.txt', 'one.txt'],
      }),
    );
    expect(reports[0]).toMatchObject({
      file: 'gone.txt',
      status: 'failed',
      reason: 'file disappeared during import',
    });
    expect(reports[1]).toMatchObject({ file: 'one.txt', status: 'imported' });
  });

  it('says when the host has no folder dialog', async () => {
    const handlers = createHandlers({ adapter, parseFile: fakeParse, sampleCorpusDir: corpus });
    await expect(handlers['import.pickFolder']({})).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('prints and saves a PDF through the host adapter', async () => {
    const handlers = createHandlers({ adapter, parseFile: fakeParse, sampleCorpusDir: corpus });
    const result = await handlers['export.savePdf']({
      html: '<p>hi</p>',
      suggestedName: 'Brief.pdf',
      pageSize: 'A4',
    });
    expect(result).toEqual({ savedTo: '/exports/Brief.pdf' });
    expect(
      await handlers['export.saveFile']({ data: 'a,b\r\n', suggestedName: 'codes.csv' }),
    ).toEqual({
      savedTo: '/exports/codes.csv',
    });
  });

  it('renders a briefing as DOCX and saves it through the host adapter', async () => {
    const saved: { bytes: Uint8Array; name: string }[] = [];
    const handlers = createHandlers({
      adapter: {
        ...adapter,
        saveFile: async (bytes, name) => {
          saved.push({ bytes, name });
          return { savedTo: `/exports/${name}` };
        },
      },
      parseFile: fakeParse,
      sampleCorpusDir: corpus,
    });
    const result = await handlers['export.saveDocx']({
      briefing: FIXTURE,
      suggestedName: 'Dam.docx',
      pageSize: 'Letter',
    });
    expect(result).toEqual({ savedTo: '/exports/Dam.docx' });
    expect(saved.map((s) => s.name)).toEqual(['Dam.docx']);
    const xml = strFromU8(unzipSync(saved[0]!.bytes)['word/document.xml']!);
    expect(xml).toContain('How outlets framed the delay');
    expect(xml).toContain('w:w="12240"');
  });
});
