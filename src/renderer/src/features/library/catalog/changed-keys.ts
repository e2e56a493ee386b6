/**
 * Reads which articles a write touched from Dexie's `storagemutated` event. Small writes (an
 * edit, a few tags) name their keys one by one; bulk writes of 50 or more rows, clears and range
 * deletes name a range instead, and then the catalog re-reads everything.
 */
import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

export type ChangedKeys = { kind: 'none' } | { kind: 'keys'; keys: string[] } | { kind: 'all' };

function isNode(tree: IntervalTree): tree is IntervalTreeNode {
  return 'from' in tree;
}

/** The point keys of an interval tree, or null when it holds a true range or too many keys. */
function pointKeys(tree: IntervalTree, limit: number): string[] | null {
  const keys: string[] = [];
  const stack: IntervalTree[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isNode(node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (keys.length > limit) return null;
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

export function changedKeys(
  parts: ObservabilitySet,
  databaseName: string,
  tableName: string,
  limit = 500,
): ChangedKeys {
  const tree = parts[`idb://${databaseName}/${tableName}/`];
  if (!tree) return { kind: 'none' };
  const keys = pointKeys(tree, limit);
  if (keys === null) return { kind: 'all' };
  return keys.length ? { kind: 'keys', keys } : { kind: 'none' };
}
