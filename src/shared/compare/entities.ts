import { type EntityType, type NamedEntity, extractNamedEntities } from '../stories';
import type { ArticleEntity, Span } from './types';

const TYPE_RANK: Record<EntityType, number> = { person: 3, organisation: 2, place: 1, other: 0 };

/**
 * Maps short keys to full ones across the whole story: "bessent" → "scott bessent" when exactly
 * one longer person name (a key in `people`) ends with that word.
 */
export function canonicalKeys(
  keys: Iterable<string>,
  people: ReadonlySet<string>,
): Map<string, string> {
  const all = [...new Set(keys)];
  const byLastWord = new Map<string, Set<string>>();
  for (const key of all) {
    const words = key.split(' ');
    if (words.length < 2 || !people.has(key)) continue;
    const last = words[words.length - 1];
    const set = byLastWord.get(last) ?? new Set<string>();
    set.add(key);
    byLastWord.set(last, set);
  }
  const canonical = new Map<string, string>();
  for (const key of all) {
    const fuller = key.includes(' ') ? undefined : byLastWord.get(key);
    canonical.set(key, fuller && fuller.size === 1 ? [...fuller][0] : key);
  }
  return canonical;
}

export function entitiesIn(body: string): NamedEntity[] {
  return extractNamedEntities(body);
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu;

/**
 * A one-word name that opens a sentence is skipped by the extractor unless the same article also
 * uses it mid-sentence ("Veldra will cap…"). Across a story another outlet often settles it: any
 * capitalised word whose key is a one-word entity elsewhere in the story counts here too.
 */
export function withStoryNames(
  body: string,
  found: NamedEntity[],
  storyNames: ReadonlyMap<string, NamedEntity['type']>,
): NamedEntity[] {
  if (storyNames.size === 0) return found;
  const covered = (start: number): boolean => found.some((m) => m.start <= start && start < m.end);
  const extra: NamedEntity[] = [];
  for (const match of body.matchAll(CAPITALISED)) {
    const text = match[0].replace(/['’]s$/u, '');
    const key = text.toLowerCase().replace(/['’.]/g, '');
    const type = storyNames.get(key);
    if (type === undefined || covered(match.index)) continue;
    extra.push({ text, key, type, start: match.index, end: match.index + text.length });
  }
  return extra.length === 0 ? found : [...found, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * One article's entities under story-wide keys: mentions merged, the fullest surface form as the
 * name, and the most specific type any mention was given (a titled mention says "person").
 */
export function articleEntities(
  mentions: NamedEntity[],
  canonical: Map<string, string>,
): ArticleEntity[] {
  const byKey = new Map<string, { name: string; type: EntityType; mentions: Span[] }>();
  for (const m of mentions) {
    const key = canonical.get(m.key) ?? m.key;
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { name: m.text, type: m.type, mentions: [{ start: m.start, end: m.end }] });
      continue;
    }
    entry.mentions.push({ start: m.start, end: m.end });
    if (m.text.length > entry.name.length) entry.name = m.text;
    if (TYPE_RANK[m.type] > TYPE_RANK[entry.type]) entry.type = m.type;
  }
  return [...byKey]
    .map(([key, e]) => ({ key, name: e.name, type: e.type, mentions: e.mentions }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The type most articles give an entity (ties: the more specific type). */
export function storyType(types: EntityType[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: EntityType = 'other';
  let bestCount = -1;
  for (const [t, c] of counts)
    if (c > bestCount || (c === bestCount && TYPE_RANK[t] > TYPE_RANK[best])) {
      best = t;
      bestCount = c;
    }
  // A person somewhere is a person: "Okafor" alone is untyped, "Dana Okafor" is not.
  return counts.has('person') && best === 'other' ? 'person' : best;
}
