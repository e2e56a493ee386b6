/** Arguments of `parallax brief <folder> --out <file> [--page-size A4|Letter] [--title <text>]`. */
import path from 'node:path';

export const BRIEF_USAGE =
  'usage: parallax brief <folder> --out <file.pdf|.html|.md|.docx|.csv|.xlsx> [--page-size A4|Letter] [--title <text>]';

export type BriefFormat = 'pdf' | 'html' | 'md' | 'docx' | 'csv' | 'xlsx';

export interface BriefArgs {
  folder: string;
  out: string;
  format: BriefFormat;
  pageSize: 'A4' | 'Letter';
  title: string | null;
}

const FORMATS: Record<string, BriefFormat> = {
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.docx': 'docx',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
};

/** The parsed arguments, or a message saying what is wrong. */
export function parseBriefArgs(args: string[]): BriefArgs | string {
  let folder: string | null = null;
  let out: string | null = null;
  let pageSize: string = 'A4';
  let title: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--out' || flag === '-o') out = value() ?? null;
    else if (flag === '--page-size') pageSize = value() ?? '';
    else if (flag === '--title') title = value() ?? null;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (folder === null) folder = arg;
    else return `unexpected argument ${arg}`;
  }
  if (!folder) return 'missing <folder>';
  if (!out) return 'missing --out <file>';
  const normalized = pageSize.toLowerCase();
  if (normalized !== 'a4' && normalized !== 'letter')
    return `--page-size must be A4 or Letter, not ${pageSize}`;
  const format = FORMATS[path.extname(out).toLowerCase()];
  if (!format) return `--out must end in .pdf, .html, .md, .docx, .csv or .xlsx: ${out}`;
  return { folder, out, format, pageSize: normalized === 'a4' ? 'A4' : 'Letter', title };
}
