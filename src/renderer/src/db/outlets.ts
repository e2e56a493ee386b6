/**
 * The editable outlet list. It starts as the built-in list; once the user edits it, their list is
 * what import matches names and domains against.
 */
import { DEFAULT_OUTLETS, type OutletEntry } from '../../../shared/import/outlets';
import { db } from './database';
import type { OutletRow } from './schema';

const clean = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** Copies the built-in list into the library the first time the user opens it. */
export async function ensureOutletList(): Promise<void> {
  await db.transaction('rw', db.outlets, async () => {
    if ((await db.outlets.count()) > 0) return;
    await db.outlets.bulkAdd(
      DEFAULT_OUTLETS.map((o) => ({
        id: crypto.randomUUID(),
        name: o.name,
        aliases: [...o.aliases],
        domains: [...o.domains],
      })),
    );
  });
}

/** The list import should use: the user's when there is one, else the built-in one. */
export async function outletsForImport(): Promise<OutletEntry[]> {
  const rows = await db.outlets.toArray();
  const list = rows.length ? rows : DEFAULT_OUTLETS;
  return list.map(({ name, aliases, domains }) => ({
    name,
    aliases: [...aliases],
    domains: [...domains],
  }));
}

export async function saveOutlet(input: Omit<OutletRow, 'id'> & { id?: string }): Promise<void> {
  const name = input.name.trim();
  if (!name) throw new Error('An outlet needs a name.');
  const domains = clean(input.domains).map((d) =>
    d
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/.*$/, ''),
  );
  const bad = domains.find((d) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d));
  if (bad) throw new Error(`“${bad}” is not a domain like example.com.`);
  await db.transaction('rw', db.outlets, async () => {
    const clash = await db.outlets.where('name').equals(name).first();
    if (clash && clash.id !== input.id)
      throw new Error(`There is already an outlet named “${name}”.`);
    await db.outlets.put({
      id: input.id ?? crypto.randomUUID(),
      name,
      aliases: clean(input.aliases),
      domains,
    });
  });
}

export async function deleteOutlet(id: string): Promise<void> {
  await db.outlets.delete(id);
}
