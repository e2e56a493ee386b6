/**
 * The briefing as a Word document: cover, contents with internal links, numbered sections,
 * items with citations, and the sources appendix; running header and "Page x of y" footer.
 * Lives in the host because docx's type declarations pull in Node's types (src/shared has none).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import {
  briefingSections,
  citationText,
  collectSources,
  itemCounts,
  itemLabel,
  listedInContents,
  outletName,
  plural,
} from '../../../shared/briefing/model';
import type { BriefingDocument, BriefingSection } from '../../../shared/briefing/types';
import { type Block, itemBlocks } from './docx-items';
import {
  ACCENT,
  MUTED,
  SANS,
  SERIF,
  bookmarked,
  clean,
  link,
  runs,
  small,
  smallRuns,
} from './docx-text';

export type PageSize = 'A4' | 'Letter';

/** Twips (1/1440 inch). Margins: 22 mm top and bottom, 20 mm at the sides, as in the PDF. */
const PAGE: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const MARGIN = { top: 1247, bottom: 1247, left: 1134, right: 1134, header: 567, footer: 567 };

function heading(text: string, id: string, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore,
    keepNext: true,
    spacing: { after: 200 },
    border: { bottom: { style: 'single', size: 12, color: ACCENT, space: 4 } },
    children: [
      bookmarked(id, [
        new TextRun({ text: clean(text), font: SANS, size: 32, bold: true, color: '1B1B1B' }),
      ]),
    ],
  });
}

function cover(
  briefing: BriefingDocument,
  sections: BriefingSection[],
  outlets: string[],
  sources: number,
): Paragraph[] {
  const counts = itemCounts(sections) || 'No items yet';
  const from = sources ? ` from ${plural(sources, 'source')} (${outlets.join(', ')})` : '';
  return [
    new Paragraph({
      spacing: { before: 3600 },
      children: [
        new TextRun({ text: 'BRIEFING', font: SANS, size: 17, color: MUTED, characterSpacing: 60 }),
      ],
    }),
    new Paragraph({
      spacing: { before: 120, after: 240 },
      children: runs(briefing.title, { font: SANS, size: 56, bold: true }),
    }),
    small(smallRuns(`${briefing.author || 'Parallax user'} · ${briefing.date}`)),
    ...(briefing.summary.trim()
      ? [
          new Paragraph({
            spacing: { before: 240, after: 240 },
            children: runs(briefing.summary.trim(), { size: 24 }),
          }),
        ]
      : []),
    small(smallRuns(counts + from)),
  ];
}

function contents(sections: BriefingSection[]): Paragraph[] {
  const out: Paragraph[] = [heading('Contents', 'contents', true)];
  let n = 0;
  sections.forEach((section, s) => {
    out.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [
          new TextRun({ text: `${s + 1}.  `, bold: true }),
          link(`section_${s + 1}`, section.title),
        ],
      }),
    );
    for (const item of section.items) {
      n++;
      if (!listedInContents(item, section)) continue;
      out.push(
        new Paragraph({
          indent: { left: 400 },
          children: [
            new TextRun({ text: `${n}.  `, size: 18, color: MUTED }),
            link(`item_${n}`, itemLabel(item)),
          ],
        }),
      );
    }
  });
  out.push(new Paragraph({ spacing: { before: 120 }, children: [link('sources', 'Sources')] }));
  return out;
}

export async function renderBriefingDocx(
  briefing: BriefingDocument,
  pageSize: PageSize = 'A4',
): Promise<Uint8Array> {
  const sections = briefingSections(briefing);
  const registry = collectSources(sections);
  const children: Block[] = [
    ...cover(
      briefing,
      sections,
      [...new Set(registry.sources.map(outletName))],
      registry.sources.length,
    ),
    ...contents(sections),
  ];
  let n = 0;
  sections.forEach((section, s) => {
    children.push(
      heading(`${s + 1}  ${section.title}`, `section_${s + 1}`, section.newPage !== false),
    );
    if (section.intro?.trim())
      children.push(
        new Paragraph({
          spacing: { after: 200 },
          children: runs(section.intro.trim(), { size: 22 }),
        }),
      );
    for (const item of section.items) children.push(...itemBlocks(item, ++n, registry.numberOf));
  });
  children.push(heading('Sources', 'sources', true));
  registry.sources.forEach((source, i) => {
    children.push(
      new Paragraph({
        keepNext: true,
        children: [
          bookmarked(`source_${i + 1}`, [new TextRun({ text: `[${i + 1}] `, bold: true })]),
          ...runs(citationText(source)),
        ],
      }),
      small(
        smallRuns(
          `File: ${source.sourcePath}${source.url ? `\nURL: ${source.url}` : ''}\nSHA-256 ${source.contentHash}`,
        ),
      ),
    );
  });
  const doc = new Document({
    creator: clean(briefing.author || 'Parallax'),
    title: clean(briefing.title),
    styles: {
      default: {
        document: { run: { font: SERIF, size: 21 }, paragraph: { spacing: { line: 300 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE[pageSize], margin: MARGIN } },
        headers: { default: new Header({ children: [small(smallRuns(briefing.title))] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    font: SANS,
                    size: 16,
                    color: MUTED,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
