/** One briefing item as DOCX paragraphs and tables, mirroring the PDF's layout. */
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  QUOTE_COLOR,
  excerptColor,
  hex6,
  safeColor,
  verdictColor,
} from '../../../shared/briefing/colors';
import {
  citationText,
  itemLabel,
  itemPassage,
  itemSource,
  outletName,
  passageText,
} from '../../../shared/briefing/model';
import type { BriefingItem, BriefingTimeline, CitedSource } from '../../../shared/briefing/types';
import {
  ACCENT,
  SANS,
  bookmarked,
  clean,
  labelled,
  link,
  pill,
  runs,
  small,
  smallRuns,
} from './docx-text';

export type Block = Paragraph | Table;

function quoteBlock(text: string, color: string, italics = false): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    indent: { left: 200 },
    spacing: { before: 60, after: 100 },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: hex6(color), space: 8 } },
    children: runs(text, { size: 22, italics }),
  });
}

function cellOf(text: string, header: boolean, rowHeader: boolean): TableCell {
  return new TableCell({
    shading: header
      ? { type: ShadingType.CLEAR, fill: ACCENT, color: 'auto' }
      : rowHeader
        ? { type: ShadingType.CLEAR, fill: 'F4F6FA', color: 'auto' }
        : undefined,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    children: [
      new Paragraph({
        children: runs(text.trim() || (header ? '' : '—'), {
          font: SANS,
          size: 16,
          bold: header || rowHeader,
          color: header ? 'FFFFFF' : undefined,
        }),
      }),
    ],
  });
}

export function tableBlock(header: string[], rows: string[][], rowHeaders = true): Table {
  const width = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const pad = (row: string[]): string[] => Array.from({ length: width }, (_, i) => row[i] ?? '');
  const tableRows = [
    ...(header.length
      ? [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: pad(header).map((h) => cellOf(h, true, false)),
          }),
        ]
      : []),
    ...rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: pad(row).map((c, i) => cellOf(c, false, rowHeaders && i === 0)),
        }),
    ),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: tableRows });
}

function timelineRows(item: BriefingTimeline): string[][] {
  return item.lanes.map((lane) => [
    lane.label,
    lane.dates.join(', ') || '—',
    String(lane.dates.length),
  ]);
}

function body(item: BriefingItem): Block[] {
  switch (item.type) {
    case 'quote':
      return [
        small(
          [pill(item.kind === 'direct' ? 'Direct quote' : 'Reported speech', QUOTE_COLOR)],
          true,
        ),
        quoteBlock(item.kind === 'direct' ? `“${item.text}”` : item.text, QUOTE_COLOR, true),
      ];
    case 'table':
      return [tableBlock(item.header, item.rows, item.rowHeaders ?? true)];
    case 'timeline':
      return [tableBlock(['Outlet', 'Dates', 'Articles'], timelineRows(item))];
    case 'text':
      return item.body
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => new Paragraph({ spacing: { after: 120 }, children: runs(p.trim()) }));
    case 'citation':
      return item.source.url ? [small(smallRuns(`URL: ${item.source.url}`))] : [];
    default: {
      const badges = [
        ...(item.kind === 'claim' && item.claim
          ? [pill(`Claim · ${item.claim.status}`, verdictColor(item.claim.status))]
          : []),
        ...(item.kind === 'memo' ? [pill('Memo', '#7b5ea7')] : []),
        ...item.tags.flatMap((t) => [
          new TextRun({ text: '  ■ ', color: hex6(safeColor(t.color)), font: SANS, size: 16 }),
          new TextRun({ text: clean(t.name), font: SANS, size: 16 }),
        ]),
      ];
      return [
        ...(badges.length ? [small(badges, true)] : []),
        quoteBlock(item.exact, excerptColor(item)),
        ...(item.claim?.evidence.trim()
          ? [small(smallRuns(`Evidence: ${item.claim.evidence.trim()}`))]
          : []),
        ...(item.note.trim()
          ? [small(runs(`Memo: ${item.note.trim()}`, { color: '4B3A75', size: 19 }))]
          : []),
      ];
    }
  }
}

export function itemBlocks(
  item: BriefingItem,
  number: number,
  numberOf: (source: CitedSource) => number,
): Block[] {
  const title =
    item.type === 'table' || item.type === 'timeline'
      ? item.caption || itemLabel(item)
      : itemLabel(item);
  const heading = new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 240, after: 80 },
    children: [
      bookmarked(`item_${number}`, [
        new TextRun({ text: `${number}. `, font: SANS, size: 20, color: '6B7280' }),
        new TextRun({ text: clean(title), font: SANS, size: 20, bold: true }),
      ]),
    ],
  });
  const source = itemSource(item);
  const passage = passageText(itemPassage(item));
  const tableSources = item.type === 'table' ? (item.sources ?? []) : [];
  const cite = tableSources.length
    ? [
        small([
          ...smallRuns('Sources: '),
          ...tableSources.flatMap((s, i) => [
            ...(i ? smallRuns(', ') : []),
            link(`source_${numberOf(s)}`, `[${numberOf(s)}]`),
            ...smallRuns(` ${outletName(s)}`),
          ]),
        ]),
      ]
    : source
      ? [
          small([
            link(`source_${numberOf(source)}`, `Source [${numberOf(source)}]`),
            ...smallRuns(`: ${citationText(source)}.${passage ? ` Passage at ${passage}.` : ''}`),
          ]),
        ]
      : [];
  const commentary = item.commentary.trim() ? [labelled('Commentary', item.commentary.trim())] : [];
  return [heading, ...body(item), ...commentary, ...cite];
}
