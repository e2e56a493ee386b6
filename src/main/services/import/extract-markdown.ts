/**
 * Markdown → plain text. The first top-level heading (or front-matter title) is stated as
 * the title; front-matter date, author and url are stated too. Soft-wrapped lines are
 * joined so every paragraph is one line, as in the other formats.
 */
import type { StatedMetadata } from '../../../shared/import';
import type { ExtractedText } from './extract-html';

function readFrontMatter(markdown: string): { fields: Record<string, string>; rest: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/.exec(markdown);
  if (!match) return { fields: {}, rest: markdown };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([A-Za-z_-]+)\s*:\s*(.+)$/.exec(line);
    if (field) fields[field[1]!.toLowerCase()] = field[2]!.trim().replace(/^["']|["']$/g, '');
  }
  return { fields, rest: markdown.slice(match[0].length) };
}

function inlineToText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<https?:\/\/[^>]+>/g, (url) => url.slice(1, -1))
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?!\s)(.+?)(?<!\s)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}

export function extractMarkdown(markdown: string): ExtractedText {
  const { fields, rest } = readFrontMatter(markdown);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let title: string | undefined;
  let inFence = false;
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  const lines = rest.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (line.trim() !== '') paragraphs.push(line.trim());
      continue;
    }
    const next = lines[i + 1] ?? '';
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const setext = line.trim() !== '' && /^\s{0,3}(=+|-+)\s*$/.test(next) && current.length === 0;
    if (heading || setext) {
      flush();
      const text = inlineToText(heading ? heading[2]! : line);
      const level = heading ? heading[1]!.length : next.trim().startsWith('=') ? 1 : 2;
      if (level === 1 && title === undefined) title = text;
      if (text !== '') paragraphs.push(text);
      if (setext) i++;
      continue;
    }
    if (
      line.trim() === '' ||
      /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) ||
      /^\s*\[[^\]]+\]:\s*\S+/.test(line)
    ) {
      flush();
      continue;
    }
    const listItem = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (listItem) {
      flush();
      current.push(inlineToText(listItem[1]!));
      continue;
    }
    const content = quote ? quote[1]! : line;
    if (/^\s*\|?[\s:-]+\|[\s|:-]*$/.test(content)) continue;
    const text = inlineToText(
      content.includes('|') && /^\s*\|/.test(content) ? content.replace(/\|/g, ' ') : content,
    );
    if (text !== '') current.push(text);
  }
  flush();

  const metadata: StatedMetadata = {};
  const frontTitle = fields.title;
  if (frontTitle) metadata.title = { value: frontTitle, source: 'md:front-matter.title' };
  else if (title) metadata.title = { value: title, source: 'md:heading' };
  if (fields.date) metadata.published = { value: fields.date, source: 'md:front-matter.date' };
  if (fields.author) metadata.author = { value: fields.author, source: 'md:front-matter.author' };
  const url = fields.url ?? fields.source ?? fields.canonical;
  if (url) metadata.url = { value: url, source: 'md:front-matter.url' };
  const outlet = fields.outlet ?? fields.publisher ?? fields.site;
  if (outlet) metadata.outlet = { value: outlet, source: 'md:front-matter.outlet' };
  return { text: paragraphs.join('\n\n'), metadata, notes: [] };
}
