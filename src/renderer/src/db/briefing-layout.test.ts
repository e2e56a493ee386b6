import { describe, expect, it } from 'vitest';
import {
  groupBySection,
  moveSectionTo,
  placeItem,
  removeSection,
  stepTarget,
  type ItemPlace,
} from './briefing-layout';

const sections = [
  { id: 'bg', title: 'Background' },
  { id: 'fx', title: 'Findings' },
];

/** Items a1, a2 in Background, b1 in Findings, o1 in no section. */
const items = [
  { id: 'b1', order: 1, sectionId: 'fx' },
  { id: 'a1', order: 2, sectionId: 'bg' },
  { id: 'o1', order: 3, sectionId: null },
  { id: 'a2', order: 4, sectionId: 'bg' },
];

const layout = (places: ItemPlace[] | null) =>
  groupBySection(
    sections,
    (places ?? []).map((p) => ({ ...p })),
  ).map((g) => [g.section?.id ?? null, g.items.map((i) => i.id)]);

describe('briefing layout', () => {
  it('reads opening items first, then each section in its order, items by order', () => {
    expect(layout(items.map((i) => ({ ...i })))).toEqual([
      [null, ['o1']],
      ['bg', ['a1', 'a2']],
      ['fx', ['b1']],
    ]);
  });

  it('treats an item whose section is gone as an opening item, so it is never hidden', () => {
    const groups = groupBySection(sections, [{ id: 'x', order: 1, sectionId: 'deleted' }]);
    expect(groups[0]).toMatchObject({ section: null, items: [{ id: 'x' }] });
  });

  it('shows no opening group when every item is in a section, and one when there are no sections', () => {
    expect(groupBySection(sections, []).map((g) => g.section?.id)).toEqual(['bg', 'fx']);
    expect(groupBySection([], [])).toEqual([{ section: null, items: [] }]);
  });

  it('moves an item into another section at a position, renumbering in reading order', () => {
    const places = placeItem(sections, items, 'a2', { sectionId: 'fx', index: 0 });
    expect(layout(places)).toEqual([
      [null, ['o1']],
      ['bg', ['a1']],
      ['fx', ['a2', 'b1']],
    ]);
    expect(places!.map((p) => p.order)).toEqual([1, 2, 3, 4]);
    expect(places!.find((p) => p.id === 'a2')?.sectionId).toBe('fx');
  });

  it('moves the last opening item into a section and back', () => {
    const into = placeItem(sections, items, 'o1', { sectionId: 'bg', index: 1 });
    expect(layout(into)).toEqual([
      ['bg', ['a1', 'o1', 'a2']],
      ['fx', ['b1']],
    ]);
    const back = placeItem(sections, into!, 'b1', { sectionId: null, index: 0 });
    expect(layout(back)[0]).toEqual([null, ['b1']]);
  });

  it('returns null for an item not in the briefing', () => {
    expect(placeItem(sections, items, 'nope', { sectionId: null, index: 0 })).toBeNull();
  });

  it('steps an item past its neighbour, then over the section edge, and not past either end', () => {
    expect(stepTarget(sections, items, 'a1', 1)).toEqual({ sectionId: 'bg', index: 1 });
    expect(stepTarget(sections, items, 'a2', 1)).toEqual({ sectionId: 'fx', index: 0 });
    expect(stepTarget(sections, items, 'a1', -1)).toEqual({ sectionId: null, index: 1 });
    expect(stepTarget(sections, items, 'b1', -1)).toEqual({ sectionId: 'bg', index: 2 });
    expect(stepTarget(sections, items, 'o1', -1)).toBeNull();
    expect(stepTarget(sections, items, 'b1', 1)).toBeNull();
  });

  it('steps into an empty section rather than over it', () => {
    const three = [...sections, { id: 'end', title: 'Next steps' }];
    expect(stepTarget(three, items, 'b1', 1)).toEqual({ sectionId: 'end', index: 0 });
  });

  it('deletes a section without losing items: to the section above, else below, else the opening items', () => {
    const middle = removeSection(sections, items, 'fx');
    expect(middle.sections.map((s) => s.id)).toEqual(['bg']);
    expect(
      groupBySection(middle.sections, middle.places).map((g) => g.items.map((i) => i.id)),
    ).toEqual([['o1'], ['a1', 'a2', 'b1']]);

    const first = removeSection(sections, items, 'bg');
    expect(
      groupBySection(first.sections, first.places).map((g) => g.items.map((i) => i.id)),
    ).toEqual([['o1'], ['a1', 'a2', 'b1']]);

    const only = removeSection(
      [{ id: 'bg', title: 'Background' }],
      [{ id: 'a1', order: 1, sectionId: 'bg' }],
      'bg',
    );
    expect(only).toEqual({ sections: [], places: [{ id: 'a1', order: 1, sectionId: null }] });
  });

  it('reorders sections, clamping at the ends', () => {
    expect(moveSectionTo(sections, 'fx', 0).map((s) => s.id)).toEqual(['fx', 'bg']);
    expect(moveSectionTo(sections, 'bg', 5).map((s) => s.id)).toEqual(['fx', 'bg']);
    expect(moveSectionTo(sections, 'bg', -1).map((s) => s.id)).toEqual(['bg', 'fx']);
  });
});
