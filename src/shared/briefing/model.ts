/** Reading a briefing the same way in every exporter: sections, item types, numbering, labels. */
import type {
  BriefingDocument,
  BriefingItem,
  BriefingItemType,
  BriefingSection,
  CitedSource,
} from './types';

/** The document's sections, with a flat `items` list read as a final "Excerpts" section. */
export function briefingSections(briefing: BriefingDocument): BriefingSection[] {
  const sections = [...(briefing.sections ?? [])];
  if (briefing.items && briefing.items.length > 0) {
    sections.push({ title: 'Excerpts', items: briefing.items });
  }
  return sections;
}

export function itemType(item: BriefingItem): BriefingItemType {
  return item.type ?? 'excerpt';
}

/** The article an item cites, when it cites one. */
export function itemSource(item: BriefingItem): CitedSource | null {
  switch (item.type) {
    case 'table':
    case 'timeline':
    case 'text':
      return null;
    default:
      return item.source;
  }
}

/** Every article an item cites: its own source, or the articles a table compares. */
export function itemSources(item: BriefingItem): CitedSource[] {
  if (item.type === 'table') return item.sources ?? [];
  const source = itemSource(item);
  return source ? [source] : [];
}

/** The character range an item points at in its article, when it points at one. */
export function itemPassage(item: BriefingItem): { start: number; end: number } | null {
  switch (item.type) {
    case 'table':
    case 'timeline':
    case 'text':
      return null;
    case 'citation':
      return typeof item.start === 'number' && typeof item.end === 'number'
        ? { start: item.start, end: item.end }
        : null;
    default:
      return { start: item.start, end: item.end };
  }
}

export const outletName = (source: CitedSource): string => source.outlet ?? 'Unknown outlet';

const clip = (text: string, length: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
};

/** A one-line label for the contents and for headings. */
export function itemLabel(item: BriefingItem): string {
  switch (item.type) {
    case 'quote':
      return `${item.speaker ?? 'Unattributed'} in ${outletName(item.source)}: ${clip(item.text, 70)}`;
    case 'table':
      return `Table: ${clip(item.caption || 'untitled', 80)}`;
    case 'timeline':
      return `Timeline: ${clip(item.caption || 'untitled', 80)}`;
    case 'text':
      return item.heading?.trim() ? clip(item.heading, 90) : `Note: ${clip(item.body, 70)}`;
    case 'citation':
      return `${outletName(item.source)}: ${clip(item.source.title, 80)}`;
    default:
      return `${outletName(item.source)}: ${clip(item.exact, 80)}`;
  }
}

/** Sections longer than this list only their landmarks (tables, timelines, headed notes) in the contents. */
export const CONTENTS_ALL_ITEMS_UP_TO = 15;

const isLandmark = (item: BriefingItem): boolean =>
  item.type === 'table' ||
  item.type === 'timeline' ||
  (item.type === 'text' && !!item.heading?.trim());

/** Whether the contents lists this item: all of a short section's items, else its landmarks. */
export function listedInContents(item: BriefingItem, section: BriefingSection): boolean {
  if (section.items.length <= CONTENTS_ALL_ITEMS_UP_TO || !section.items.some(isLandmark))
    return true;
  return isLandmark(item);
}

/** "Riverside Herald, “Title”, 2026-04-05, by Amir Haddad" */
export function citationText(source: CitedSource): string {
  return [
    outletName(source),
    `“${source.title}”`,
    source.published ?? 'undated',
    source.author ? `by ${source.author}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

export function passageText(passage: { start: number; end: number } | null): string {
  return passage ? `characters ${passage.start}–${passage.end} of the clean text` : '';
}

export interface SourceRegistry {
  /** In order of first citation. */
  sources: CitedSource[];
  numberOf: (source: CitedSource) => number;
}

/** Numbers every cited article once, by content hash, in order of first citation. */
export function collectSources(sections: BriefingSection[]): SourceRegistry {
  const sources: CitedSource[] = [];
  const numbers = new Map<string, number>();
  for (const section of sections) {
    for (const item of section.items) {
      for (const source of itemSources(item)) {
        if (numbers.has(source.contentHash)) continue;
        sources.push(source);
        numbers.set(source.contentHash, sources.length);
      }
    }
  }
  return { sources, numberOf: (source) => numbers.get(source.contentHash) ?? 0 };
}

export const plural = (count: number, word: string, many = `${word}s`): string =>
  `${count} ${count === 1 ? word : many}`;

/** Counts for the cover: "12 excerpts, 4 quotes, 2 tables". */
export function itemCounts(sections: BriefingSection[]): string {
  const counts = new Map<BriefingItemType, number>();
  for (const section of sections)
    for (const item of section.items)
      counts.set(itemType(item), (counts.get(itemType(item)) ?? 0) + 1);
  const order: BriefingItemType[] = ['excerpt', 'quote', 'table', 'timeline', 'text', 'citation'];
  const words: Record<BriefingItemType, string> = {
    excerpt: 'excerpt',
    quote: 'quote',
    table: 'table',
    timeline: 'timeline',
    text: 'note',
    citation: 'reference',
  };
  return order
    .filter((type) => counts.has(type))
    .map((type) => plural(counts.get(type) ?? 0, words[type]))
    .join(', ');
}
