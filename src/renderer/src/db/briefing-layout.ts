/**
 * How a briefing's items fall into its sections, and where each kind of move puts them.
 * Pure functions over rows, so the rules are tested without a database; briefings.ts applies them.
 *
 * Reading order: the opening items (in no named section) first, then each named section in turn.
 * After any move every item is renumbered 1..n in reading order, so `order` alone sorts a briefing.
 */
import type { BriefingItemRow, BriefingSectionRow } from './schema';

/** What the opening items are called when a briefing is exported (and what old briefings' one section is called). */
export const OPENING_SECTION_TITLE = 'Excerpts';

type Placed = Pick<BriefingItemRow, 'id' | 'order' | 'sectionId'>;

export interface SectionGroup<T> {
  /** null for the opening items, which belong to no named section. */
  section: BriefingSectionRow | null;
  items: T[];
}

/** Where an item goes: a section (null for the opening items) and its position there. */
export interface Placement {
  sectionId: string | null;
  index: number;
}

/** An item's place after a change, to write back. */
export interface ItemPlace {
  id: string;
  order: number;
  sectionId: string | null;
}

const groupId = (group: SectionGroup<unknown>): string | null => group.section?.id ?? null;

/**
 * The items by section in reading order. Items whose section is gone count as opening items, so
 * nothing is ever hidden. The opening group is present when it has items or there are no sections.
 */
export function groupBySection<T extends Placed>(
  sections: readonly BriefingSectionRow[],
  items: readonly T[],
): SectionGroup<T>[] {
  const known = new Set(sections.map((s) => s.id));
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const opening = sorted.filter((item) => !item.sectionId || !known.has(item.sectionId));
  const named = sections.map((section) => ({
    section,
    items: sorted.filter((item) => item.sectionId === section.id),
  }));
  return opening.length > 0 || sections.length === 0
    ? [{ section: null, items: opening }, ...named]
    : named;
}

function renumber(groups: SectionGroup<Placed>[]): ItemPlace[] {
  return groups
    .flatMap((group) => group.items.map((item) => ({ id: item.id, sectionId: groupId(group) })))
    .map((place, i) => ({ ...place, order: i + 1 }));
}

/** The group a placement names, made (as the opening group) when it is not shown yet. */
function targetGroup(
  groups: SectionGroup<Placed>[],
  sections: readonly BriefingSectionRow[],
  sectionId: string | null,
): SectionGroup<Placed> {
  const id = sectionId && sections.some((s) => s.id === sectionId) ? sectionId : null;
  const found = groups.find((group) => groupId(group) === id);
  if (found) return found;
  const opening: SectionGroup<Placed> = { section: null, items: [] };
  groups.unshift(opening);
  return opening;
}

/** Every item's place after moving one item to `to`; null when the item is not in the briefing. */
export function placeItem(
  sections: readonly BriefingSectionRow[],
  items: readonly Placed[],
  itemId: string,
  to: Placement,
): ItemPlace[] | null {
  const moved = items.find((item) => item.id === itemId);
  if (!moved) return null;
  const groups = groupBySection(
    sections,
    items.filter((item) => item.id !== itemId),
  );
  const target = targetGroup(groups, sections, to.sectionId);
  target.items.splice(Math.max(0, Math.min(to.index, target.items.length)), 0, moved);
  return renumber(groups);
}

/**
 * Where one step up (-1) or down (+1) takes an item, as the keyboard moves it: past its
 * neighbour, or over a section's edge to the end of the section above or the start of the one
 * below. Null at either end of the briefing.
 */
export function stepTarget(
  sections: readonly BriefingSectionRow[],
  items: readonly Placed[],
  itemId: string,
  direction: -1 | 1,
): Placement | null {
  const groups = groupBySection(sections, items);
  const g = groups.findIndex((group) => group.items.some((item) => item.id === itemId));
  const group = groups[g];
  if (!group) return null;
  const next = group.items.findIndex((item) => item.id === itemId) + direction;
  if (next >= 0 && next < group.items.length) return { sectionId: groupId(group), index: next };
  const neighbour = groups[g + direction];
  if (!neighbour) return null;
  return { sectionId: groupId(neighbour), index: direction < 0 ? neighbour.items.length : 0 };
}

/**
 * Removes a section without losing its items: they go to the end of the section above, or to
 * the start of the one below when it was the first, or to the opening items when it was the only one.
 */
export function removeSection(
  sections: readonly BriefingSectionRow[],
  items: readonly Placed[],
  sectionId: string,
): { sections: BriefingSectionRow[]; places: ItemPlace[] } {
  const at = sections.findIndex((s) => s.id === sectionId);
  if (at < 0) return { sections: [...sections], places: renumber(groupBySection(sections, items)) };
  const remaining = sections.filter((s) => s.id !== sectionId);
  const groups = groupBySection(sections, items);
  const leaving = groups.find((group) => groupId(group) === sectionId)!;
  const kept = groups.filter((group) => group !== leaving);
  const above = sections[at - 1];
  const below = sections[at + 1];
  if (above) kept.find((group) => groupId(group) === above.id)!.items.push(...leaving.items);
  else if (below)
    kept.find((group) => groupId(group) === below.id)!.items.unshift(...leaving.items);
  else targetGroup(kept, remaining, null).items.push(...leaving.items);
  return { sections: remaining, places: renumber(kept) };
}

/** The sections with one moved to a new position (clamped to the ends). */
export function moveSectionTo(
  sections: readonly BriefingSectionRow[],
  sectionId: string,
  index: number,
): BriefingSectionRow[] {
  const out = [...sections];
  const from = out.findIndex((s) => s.id === sectionId);
  if (from < 0) return out;
  const [moved] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(index, out.length)), 0, moved!);
  return out;
}
