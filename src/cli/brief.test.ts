import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../main/services/browser/find-chromium';
import { briefFolder } from './brief';
import { parseBriefArgs } from './brief-args';
import { writeBriefFixtures } from './brief-fixtures';

const REPO = path.resolve(__dirname, '../..');

/** Runs the real command in a child process (asynchronously, so the test worker stays responsive). */
function runCli(
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', ...args],
      { cwd: REPO, encoding: 'utf8', timeout: 90_000 },
      (error, stdout, stderr) =>
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

/** Runs the command in this process, collecting what it prints. */
async function brief(args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await briefFolder(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

const outFile = (name: string): string =>
  path.join(mkdtempSync(path.join(tmpdir(), 'parallax-brief-out-')), name);

describe('parallax brief', () => {
  it.skipIf(!findChromium())(
    'writes a coverage briefing PDF: outlets side by side, who is quoted where and by one outlet only',
    async () => {
      const out = outFile('briefing.pdf');
      const result = await runCli([
        'brief',
        writeBriefFixtures(),
        '--out',
        out,
        '--page-size',
        'Letter',
      ]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/\[4\/4\] imported/);
      expect(result.stderr).toMatch(/wrote .*briefing\.pdf/);

      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(out)));
      const { totalPages, text } = await extractText(pdf, { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      expect(totalPages).toBeGreaterThan(1);
      for (const expected of [
        'Old Quay bridge closes for urgent repairs',
        'Lantern Post',
        'Valley Wire',
        'Harbour Courier',
        'Nadia Fenwick',
        'Who is quoted where',
        'Quoted by one outlet only',
        'Petra Lindqvist',
        'Ilse Brandt',
        'Quoted by 3 outlets',
        'We cannot take any risk',
        'Sources',
        'SHA-256',
      ])
        expect(flat).toContain(expected);
      const page = await pdf.getPage(1);
      expect(page.view[2]).toBe(612); // Letter width in points

      // The contents page links to the sections inside the document.
      const contents = await pdf.getPage(2);
      const links = (await contents.getAnnotations()).filter((a) => a.subtype === 'Link');
      expect(links.length).toBeGreaterThan(3);
    },
    90_000,
  );

  it('writes Markdown, HTML, CSV, DOCX and XLSX too, chosen by the output extension', async () => {
    const folder = writeBriefFixtures();
    const outputs = new Map<string, string>();
    for (const ext of ['md', 'html', 'csv', 'docx', 'xlsx']) {
      const out = outFile(`briefing.${ext}`);
      const result = await brief([folder, '--out', out]);
      expect(result.status, result.err.join('\n')).toBe(0);
      expect(existsSync(out)).toBe(true);
      outputs.set(ext, out);
    }
    const md = readFileSync(outputs.get('md')!, 'utf8');
    expect(md).toContain('| Ilse Brandt | 2 quotes | 1 quote | 1 quote |');
    expect(readFileSync(outputs.get('html')!, 'utf8')).toMatch(/^<!doctype html>/);
    expect(readFileSync(outputs.get('csv')!, 'utf8')).toContain('Petra Lindqvist');
    for (const ext of ['docx', 'xlsx'])
      expect(readFileSync(outputs.get(ext)!).subarray(0, 2).toString()).toBe('PK');
  }, 90_000);

  it('exits 1 with a clear message when no Chromium can be found', async () => {
    const saved = process.env['PARALLAX_CHROMIUM'];
    process.env['PARALLAX_CHROMIUM'] = '/no/such/chromium';
    try {
      const result = await brief([writeBriefFixtures(), '--out', outFile('b.pdf')]);
      expect(result.status).toBe(1);
      expect(result.err.join('\n')).toMatch(/no Chromium or Chrome found to print the PDF/);
    } finally {
      if (saved === undefined) delete process.env['PARALLAX_CHROMIUM'];
      else process.env['PARALLAX_CHROMIUM'] = saved;
    }
  });

  it('exits 1 for a folder it cannot read and 2 for bad arguments', async () => {
    const missing = await brief(['/no/such/parallax/folder', '--out', outFile('b.md')]);
    expect(missing.status).toBe(1);
    expect(missing.err.join('\n')).toMatch(/cannot read folder/);
    const bad = [[], ['x'], ['x', '--out', 'a.txt'], ['x', '--out', 'a.pdf', '--page-size', 'A3']];
    for (const args of bad) {
      const result = await brief(args);
      expect(result.status).toBe(2);
      expect(result.err.join('\n')).toMatch(/usage: parallax brief <folder> --out/);
    }
  });
});

describe('parseBriefArgs', () => {
  it('reads the folder, output, page size and title in any order', () => {
    expect(
      parseBriefArgs(['--page-size=letter', 'news', '-o', 'out/b.PDF', '--title', 'Dam']),
    ).toEqual({
      folder: 'news',
      out: 'out/b.PDF',
      format: 'pdf',
      pageSize: 'Letter',
      title: 'Dam',
    });
    expect(parseBriefArgs(['news', '--out', 'b.pdf'])).toMatchObject({
      pageSize: 'A4',
      title: null,
    });
    expect(parseBriefArgs(['news', '--out', 'b.pdf', '--bogus'])).toBe('unknown option --bogus');
  });
});
