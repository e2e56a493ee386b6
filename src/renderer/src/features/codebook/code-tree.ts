/** Orders codes as a tree (parents before children, siblings by name) with their depth. */
import type { TagRow } from '../../db/schema';

export function flattenCodeTree(codes: TagRow[]): { code: TagRow; depth: number }[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, TagRow[]>();
  for (const code of codes) {
    // A code whose parent is gone shows at the top level rather than disappearing.
    const parent = code.parentId && ids.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  const out: { code: TagRow; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const code of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ code, depth });
      visit(code.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
