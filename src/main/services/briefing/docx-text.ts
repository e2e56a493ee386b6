/** Small builders for the DOCX export: runs with line breaks, pills, labelled paragraphs, citations. */
import {
  Bookmark,
  InternalHyperlink,
  Paragraph,
  ShadingType,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { hex6 } from '../../../shared/briefing/colors';

export const SERIF = 'Georgia';
export const SANS = 'Arial';
export const ACCENT = '1F3A8A';
export const MUTED = '5A6270';

/** Characters XML 1.0 cannot carry (control characters other than tab and newline). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const clean = (text: string): string =>
  text.replace(XML_INVALID, '').replace(/\r\n?/g, '\n');

/** Bookmark names: letters, digits and underscores, starting with a letter. */
export const anchor = (id: string): string => id.replace(/[^A-Za-z0-9_]/g, '_');

/** Text as runs, each newline a line break. */
export function runs(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** A coloured, bold, upper-case label on a shaded background (claim status, quote kind). */
export function pill(text: string, color: string): TextRun {
  return new TextRun({
    text: ` ${clean(text).toUpperCase()} `,
    bold: true,
    font: SANS,
    size: 15,
    color: 'FFFFFF',
    shading: { type: ShadingType.CLEAR, fill: hex6(color), color: 'auto' },
  });
}

export function labelled(label: string, text: string, color = ACCENT): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    shading: { type: ShadingType.CLEAR, fill: 'F4F6FA', color: 'auto' },
    children: [
      new TextRun({ text: `${label.toUpperCase()}  `, bold: true, font: SANS, size: 15, color }),
      ...runs(text),
    ],
  });
}

export function small(children: ParagraphChild[], keepNext = false): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, keepNext, keepLines: true, children });
}

export const smallRuns = (text: string): TextRun[] =>
  runs(text, { font: SANS, size: 16, color: MUTED });

export function link(anchorId: string, text: string): InternalHyperlink {
  return new InternalHyperlink({
    anchor: anchor(anchorId),
    children: [new TextRun({ text: clean(text), style: 'Hyperlink' })],
  });
}

export function bookmarked(id: string, children: ParagraphChild[]): Bookmark {
  return new Bookmark({ id: anchor(id), children });
}
