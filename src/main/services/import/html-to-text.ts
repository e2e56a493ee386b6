/**
 * Converts a DOM subtree to plain text: block elements become paragraphs, <br> a line
 * break, whitespace collapses as a browser would render it. Iterative, so deeply nested
 * markup cannot overflow the stack. Scripts, styles and other non-content is never read.
 */

/** The minimal DOM surface we rely on (linkedom provides it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'SELECT',
  'TEXTAREA',
  'MATH',
  'AUDIO',
  'VIDEO',
  'MAP',
  'DIALOG',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'BUTTON',
  'LABEL',
  'OPTION',
]);

const ELEMENT = 1;
const TEXT = 3;
const PARAGRAPH_BREAK = '\u0000P';
const LINE_BREAK = '\u0000L';

export function domToText(root: DomNode): string {
  const parts: string[] = [];
  // Each stack entry is either a node to visit or a marker to emit after its children.
  const stack: Array<DomNode | string> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT) {
      parts.push(item.textContent ?? '');
      continue;
    }
    if (item.nodeType !== ELEMENT && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const name = item.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      parts.push(LINE_BREAK);
      continue;
    }
    const isBlock = BLOCKS.has(name);
    if (isBlock) parts.push(PARAGRAPH_BREAK);
    if (isBlock) stack.push(PARAGRAPH_BREAK);
    else if (name === 'TD' || name === 'TH') stack.push(' ');
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return normalizeRenderedText(parts.join(''));
}

function normalizeRenderedText(raw: string): string {
  return raw
    .split(PARAGRAPH_BREAK)
    .map((block) =>
      block
        .split(LINE_BREAK)
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((block) => block !== '')
    .join('\n\n');
}

/** Rough maximum element nesting, from the tags alone: lets us refuse to hand pathological markup to Readability. */
export function estimateNestingDepth(html: string): number {
  const voidElements =
    /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|option|td|tr|th)$/i;
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (voidElements.test(match[2]!) || match[3] === '/') continue;
    depth += match[1] === '/' ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
