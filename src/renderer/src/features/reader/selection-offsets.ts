/**
 * Turns a DOM selection inside the rendered article body into character offsets of the body text.
 * Every rendered run carries data-start, its offset in the body.
 */

function runStart(element: Element | null): number | null {
  const run = element?.closest<HTMLElement>('[data-start]');
  return run ? Number(run.dataset['start']) : null;
}

function firstRunStart(node: Node): number | null {
  if (node instanceof HTMLElement && node.dataset['start'] !== undefined)
    return Number(node.dataset['start']);
  const run = node instanceof Element ? node.querySelector<HTMLElement>('[data-start]') : null;
  return run ? Number(run.dataset['start']) : null;
}

function lastRunEnd(node: Node): number | null {
  const runs: HTMLElement[] =
    node instanceof HTMLElement && node.dataset['start'] !== undefined
      ? [node]
      : node instanceof Element
        ? Array.from(node.querySelectorAll<HTMLElement>('[data-start]'))
        : [];
  const last = runs[runs.length - 1];
  return last ? Number(last.dataset['start']) + (last.textContent?.length ?? 0) : null;
}

function pointToOffset(container: Node, offset: number, edge: 'start' | 'end'): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const start = runStart(container.parentElement);
    return start === null ? null : start + offset;
  }
  const children = container.childNodes;
  if (edge === 'start' && offset < children.length) return firstRunStart(children[offset]!);
  if (edge === 'end' && offset > 0) return lastRunEnd(children[offset - 1]!);
  return edge === 'start' ? firstRunStart(container) : lastRunEnd(container);
}

/** Offsets of the current selection in the body, trimmed of surrounding white space; null if none. */
export function selectionOffsets(
  root: HTMLElement,
  body: string,
): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = pointToOffset(range.startContainer, range.startOffset, 'start');
  let end = pointToOffset(range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
