/**
 * The briefing as Markdown: the same sections, items, citations and sources appendix as the
 * PDF, with every piece of user or article text escaped so it reads as text.
 */
import {
  blockquoteMarkdown,
  cellMarkdown,
  escapeMarkdown,
  inlineMarkdown,
  paragraphsMarkdown,
} from './markdown-escape';
import {
  briefingSections,
  citationText,
  collectSources,
  itemLabel,
  itemPassage,
  itemSource,
  listedInContents,
  outletName,
  passageText,
  type SourceRegistry,
} from './model';
import type { BriefingDocument, BriefingItem, BriefingTable, BriefingTimeline } from './types';

function tableMarkdown(item: BriefingTable): string {
  const width = Math.max(item.header.length, ...item.rows.map((r) => r.length), 1);
  const pad = (row: string[]): string[] => Array.from({ length: width }, (_, i) => row[i] ?? '');
  const line = (row: string[]): string => `| ${pad(row).map(cellMarkdown).join(' | ')} |`;
  const header = line(item.header.length ? item.header : pad([]));
  const rule = `|${' --- |'.repeat(width)}`;
  return [header, rule, ...item.rows.map(line)].join('\n');
}

function timelineMarkdown(item: BriefingTimeline): string {
  return item.lanes
    .map(
      (lane) =>
        `- **${inlineMarkdown(lane.label)}**: ${inlineMarkdown(lane.dates.join(', ') || 'no dates')}`,
    )
    .join('\n');
}

function itemBody(item: BriefingItem): string[] {
  switch (item.type) {
    case 'quote': {
      const kind = item.kind === 'direct' ? 'Direct quote' : 'Reported speech';
      return [
        `*${kind}*`,
        blockquoteMarkdown(item.kind === 'direct' ? `“${item.text}”` : item.text),
      ];
    }
    case 'table':
      return [tableMarkdown(item)];
    case 'timeline':
      return [timelineMarkdown(item)];
    case 'text':
      return [paragraphsMarkdown(item.body)];
    case 'citation':
      return item.source.url ? [`URL: ${inlineMarkdown(item.source.url)}`] : [];
    default: {
      const badges = [
        item.kind === 'claim' && item.claim
          ? `**Claim: ${inlineMarkdown(item.claim.status)}**`
          : '',
        item.kind === 'memo' ? '**Memo**' : '',
        item.tags.length ? `Codes: ${item.tags.map((t) => inlineMarkdown(t.name)).join(', ')}` : '',
      ].filter(Boolean);
      const evidence = item.claim?.evidence.trim()
        ? `Evidence: ${inlineMarkdown(item.claim.evidence)}`
        : '';
      const memo = item.note.trim() ? `Memo: ${inlineMarkdown(item.note)}` : '';
      return [badges.join(' · '), blockquoteMarkdown(item.exact), evidence, memo];
    }
  }
}

function itemMarkdown(item: BriefingItem, number: number, registry: SourceRegistry): string {
  const source = itemSource(item);
  const passage = passageText(itemPassage(item));
  const tableSources =
    item.type === 'table' && item.sources?.length
      ? `Sources: ${item.sources.map((s) => `[${registry.numberOf(s)}](#source-${registry.numberOf(s)}) ${inlineMarkdown(outletName(s))}`).join(', ')}.`
      : '';
  const cite =
    tableSources ||
    (source
      ? `Source [${registry.numberOf(source)}](#source-${registry.numberOf(source)}): ${inlineMarkdown(citationText(source))}.${passage ? ` Passage at ${escapeMarkdown(passage)}.` : ''}`
      : '');
  const commentary = item.commentary.trim()
    ? `**Commentary:** ${inlineMarkdown(item.commentary)}`
    : '';
  return [`### ${number}. ${inlineMarkdown(itemLabel(item))}`, ...itemBody(item), commentary, cite]
    .filter(Boolean)
    .join('\n\n');
}

export function renderBriefingMarkdown(briefing: BriefingDocument): string {
  const sections = briefingSections(briefing);
  const registry = collectSources(sections);
  const out: string[] = [`# ${inlineMarkdown(briefing.title)}`];
  out.push(
    `${inlineMarkdown(briefing.author || 'Parallax user')} · ${inlineMarkdown(briefing.date)}`,
  );
  if (briefing.summary.trim()) out.push(paragraphsMarkdown(briefing.summary));
  let n = 0;
  const contents: string[] = [];
  const body: string[] = [];
  sections.forEach((section, s) => {
    contents.push(`${s + 1}. [${inlineMarkdown(section.title)}](#section-${s + 1})`);
    section.items.forEach((item, i) => {
      if (listedInContents(item, section))
        contents.push(`   - [${inlineMarkdown(itemLabel(item))}](#item-${n + i + 1})`);
    });
    body.push(`<a id="section-${s + 1}"></a>\n\n## ${s + 1}. ${inlineMarkdown(section.title)}`);
    if (section.intro?.trim()) body.push(paragraphsMarkdown(section.intro));
    for (const item of section.items)
      body.push(`<a id="item-${++n}"></a>\n\n${itemMarkdown(item, n, registry)}`);
  });
  out.push('## Contents', [...contents, `${sections.length + 1}. [Sources](#sources)`].join('\n'));
  out.push(...body);
  out.push('<a id="sources"></a>\n\n## Sources');
  registry.sources.forEach((source, i) => {
    const lines = [
      `<a id="source-${i + 1}"></a>**[${i + 1}]** ${inlineMarkdown(citationText(source))}`,
      `File: ${inlineMarkdown(source.sourcePath)}`,
      source.url ? `URL: ${inlineMarkdown(source.url)}` : '',
      `SHA-256 \`${source.contentHash.replace(/`/g, '')}\``,
    ].filter(Boolean);
    out.push(lines.join('  \n'));
  });
  if (registry.sources.length === 0) out.push('No articles cited.');
  return `${out.join('\n\n')}\n`;
}
