/**
 * HTML → page text + Readability's article text + stated metadata. linkedom builds a DOM
 * without running scripts; Readability only runs on markup shallow enough for its
 * recursive walk, otherwise the plain-text cleaner works on the page text alone.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { StatedMetadata } from '../../../shared/import';
import { domToText, estimateNestingDepth, type DomNode } from './html-to-text';
import { readHtmlMetadata } from './html-metadata';

export interface ExtractedText {
  text: string;
  metadata?: StatedMetadata;
  articleText?: string;
  notes: string[];
}

/** Readability recurses per nesting level; beyond this we skip it rather than risk the stack. */
const MAX_DEPTH_FOR_READABILITY = 400;
const MAX_ELEMENTS_FOR_READABILITY = 60_000;
const NON_CONTENT =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, link, meta[http-equiv]';

/** Last resort for markup linkedom cannot handle: drop tags, keep text. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(?:br|\/p|\/div|\/h\d|\/li|\/tr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n\n');
}

type LinkedomDocument = ReturnType<typeof parseHTML>['document'];
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

function readabilityText(document: LinkedomDocument): string | undefined {
  const clone = document.cloneNode(true) as unknown as ReadabilityDocument;
  const article = new Readability(clone, {
    maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY,
    charThreshold: 200,
  }).parse();
  if (!article?.content) return undefined;
  const { document: articleDocument } = parseHTML(
    `<!doctype html><html><body>${article.content}</body></html>`,
  );
  return domToText(articleDocument.body as unknown as DomNode);
}

export function extractHtml(html: string): ExtractedText {
  const notes: string[] = [];
  let document: LinkedomDocument;
  try {
    document = parseHTML(html).document;
  } catch (error) {
    notes.push(
      `HTML could not be parsed (${(error as Error).message}); text was taken without markup`,
    );
    return { text: stripTags(html), notes };
  }
  const metadata = readHtmlMetadata(document as unknown as Parameters<typeof readHtmlMetadata>[0]);
  for (const element of Array.from(document.querySelectorAll(NON_CONTENT)) as Array<{
    remove(): void;
  }>)
    element.remove();
  const root = (document.body ?? document.documentElement) as unknown as DomNode | null;
  const text = root ? domToText(root) : stripTags(html);

  let articleText: string | undefined;
  const depth = estimateNestingDepth(html);
  if (depth > MAX_DEPTH_FOR_READABILITY) {
    notes.push(`HTML is nested ${depth} levels deep; the article was found without Readability`);
  } else {
    try {
      articleText = readabilityText(document);
    } catch (error) {
      notes.push(
        `Readability could not read the page (${(error as Error).message}); the article was found from the page text`,
      );
    }
  }
  return { text, metadata, articleText, notes };
}
