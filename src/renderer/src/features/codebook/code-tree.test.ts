import { describe, expect, it } from 'vitest';
import type { TagRow } from '../../db/schema';
import { flattenCodeTree } from './code-tree';

const code = (id: string, name: string, parentId: string | null = null): TagRow => ({
  id,
  name,
  parentId,
  color: '#000000',
  description: '',
  createdAt: 0,
});

describe('flattenCodeTree', () => {
  it('puts children under their parents, siblings in name order', () => {
    const tree = flattenCodeTree([
      code('c', 'Sources'),
      code('a', 'Economy'),
      code('b', 'Tariffs', 'a'),
      code('d', 'Minerals', 'a'),
      code('e', 'Officials', 'c'),
    ]);
    expect(tree.map(({ code, depth }) => `${'-'.repeat(depth)}${code.name}`)).toEqual([
      'Economy',
      '-Minerals',
      '-Tariffs',
      'Sources',
      '-Officials',
    ]);
  });

  it('shows a code whose parent was removed at the top level', () => {
    expect(flattenCodeTree([code('x', 'Orphan', 'gone')])).toEqual([
      { code: expect.objectContaining({ name: 'Orphan' }), depth: 0 },
    ]);
  });
});
