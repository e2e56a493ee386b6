/** Tags (codes) that highlights carry. */
import { db } from './database';
import type { TagRow } from './schema';

/** Distinct, colour-blind-friendly hues (Okabe–Ito and Tableau), readable on light and dark. */
const TAG_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#8c6bb1',
  '#b8860b',
];

export async function findOrCreateTag(rawName: string): Promise<TagRow> {
  const name = rawName.trim().replace(/\s+/g, ' ');
  if (!name) throw new Error('A tag needs a name.');
  return db.transaction('rw', db.tags, async () => {
    const existing = await db.tags.where('name').equals(name).first();
    if (existing) return existing;
    const count = await db.tags.count();
    const tag: TagRow = {
      id: crypto.randomUUID(),
      name,
      color: TAG_COLORS[count % TAG_COLORS.length]!,
      createdAt: Date.now(),
    };
    await db.tags.add(tag);
    return tag;
  });
}
