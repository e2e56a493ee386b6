/** The codebook: hierarchical, coloured, described codes that annotations carry. */
import { parseCsv, toCsv } from '../../../shared/text/csv';
import { db } from './database';
import type { TagRow } from './schema';

/** Distinct, colour-blind-friendly hues (Okabe–Ito and Tableau), readable on light and dark. */
export const CODE_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#8c6bb1',
  '#b8860b',
];

const normalizeName = (name: string): string => name.trim().replace(/\s+/g, ' ');

async function nextColor(): Promise<string> {
  return CODE_COLORS[(await db.tags.count()) % CODE_COLORS.length]!;
}

export async function createCode(input: {
  name: string;
  parentId?: string | null;
  color?: string;
  description?: string;
}): Promise<TagRow> {
  const name = normalizeName(input.name);
  if (!name) throw new Error('A code needs a name.');
  return db.transaction('rw', db.tags, async () => {
    if (await db.tags.where('name').equals(name).first())
      throw new Error(`There is already a code named “${name}”.`);
    const code: TagRow = {
      id: crypto.randomUUID(),
      name,
      color: input.color ?? (await nextColor()),
      createdAt: Date.now(),
      parentId: input.parentId ?? null,
      description: input.description ?? '',
    };
    await db.tags.add(code);
    return code;
  });
}

export async function findOrCreateCode(rawName: string): Promise<TagRow> {
  const name = normalizeName(rawName);
  if (!name) throw new Error('A code needs a name.');
  return (await db.tags.where('name').equals(name).first()) ?? createCode({ name });
}

export async function updateCode(
  id: string,
  changes: Partial<Pick<TagRow, 'name' | 'color' | 'description' | 'parentId'>>,
): Promise<void> {
  await db.transaction('rw', db.tags, async () => {
    if (changes.name !== undefined) {
      changes.name = normalizeName(changes.name);
      if (!changes.name) throw new Error('A code needs a name.');
      const clash = await db.tags.where('name').equals(changes.name).first();
      if (clash && clash.id !== id)
        throw new Error(`There is already a code named “${changes.name}”.`);
    }
    if (changes.parentId) {
      // A code cannot sit under itself or its own descendants.
      for (
        let cursor: string | null = changes.parentId;
        cursor;
        cursor = (await db.tags.get(cursor))?.parentId ?? null
      ) {
        if (cursor === id) throw new Error('A code cannot be placed under itself.');
      }
    }
    await db.tags.update(id, changes);
  });
}

/** Deletes a code: its children move up to its parent, and annotations and articles lose it. */
export async function deleteCode(id: string): Promise<void> {
  await db.transaction('rw', db.tags, db.highlights, db.articles, async () => {
    const code = await db.tags.get(id);
    if (!code) return;
    await db.tags.where('parentId').equals(id).modify({ parentId: code.parentId });
    await db.highlights
      .where('tagIds')
      .equals(id)
      .modify((h) => {
        h.tagIds = h.tagIds.filter((t) => t !== id);
      });
    // Codes on whole articles go too, or the library would still count the articles as coded.
    await db.articles
      .where('tagIds')
      .equals(id)
      .modify((a) => {
        a.tagIds = (a.tagIds ?? []).filter((t) => t !== id);
      });
    await db.tags.delete(id);
  });
}

const CSV_HEADER = ['name', 'parent', 'color', 'description'];

export async function codebookToCsv(): Promise<string> {
  const codes = await db.tags.orderBy('name').toArray();
  const names = new Map(codes.map((c) => [c.id, c.name]));
  return toCsv(
    CSV_HEADER,
    codes.map((c) => [
      c.name,
      c.parentId ? (names.get(c.parentId) ?? '') : '',
      c.color,
      c.description,
    ]),
  );
}

/**
 * Adds the codes of a codebook CSV (name, parent, color, description; header required).
 * Existing codes of the same name are updated, not duplicated. Returns how many were added
 * and updated; throws with the line number when a row is unusable, before changing anything.
 */
export async function importCodebookCsv(text: string): Promise<{ added: number; updated: number }> {
  const [header, ...rows] = parseCsv(text);
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const nameAt = columns.indexOf('name');
  if (nameAt < 0) throw new Error('The codebook CSV needs a header row with a “name” column.');
  const at = (row: string[], column: string) => {
    const index = columns.indexOf(column);
    return index < 0 ? '' : (row[index] ?? '').trim();
  };
  const parsed = rows.map((row, i) => {
    const name = normalizeName(row[nameAt] ?? '');
    if (!name) throw new Error(`Codebook CSV line ${i + 2} has no name.`);
    const color = at(row, 'color');
    if (color && !/^#[0-9a-fA-F]{6}$/.test(color)) {
      throw new Error(`Codebook CSV line ${i + 2}: “${color}” is not a colour like #1f77b4.`);
    }
    return {
      name,
      parent: normalizeName(at(row, 'parent')),
      color,
      description: at(row, 'description'),
    };
  });

  return db.transaction('rw', db.tags, async () => {
    let added = 0;
    let updated = 0;
    const byName = new Map((await db.tags.toArray()).map((c) => [c.name, c]));
    for (const row of parsed) {
      const existing = byName.get(row.name);
      if (existing) {
        await db.tags.update(existing.id, {
          ...(row.color ? { color: row.color } : {}),
          ...(row.description ? { description: row.description } : {}),
        });
        updated++;
      } else {
        const code: TagRow = {
          id: crypto.randomUUID(),
          name: row.name,
          color: row.color || CODE_COLORS[byName.size % CODE_COLORS.length]!,
          description: row.description,
          parentId: null,
          createdAt: Date.now(),
        };
        await db.tags.add(code);
        byName.set(code.name, code);
        added++;
      }
    }
    // Parents are linked once every code exists, so rows may come in any order.
    for (const row of parsed) {
      const parent = row.parent ? byName.get(row.parent) : undefined;
      if (row.parent && !parent)
        throw new Error(
          `Codebook CSV: parent “${row.parent}” of “${row.name}” is not in the file.`,
        );
      if (parent && parent.name !== row.name)
        await db.tags.update(byName.get(row.name)!.id, { parentId: parent.id });
    }
    return { added, updated };
  });
}
