/** Escaping for Markdown (CommonMark / GitHub): text stays text, never markup, links or HTML. */

/**
 * Backslash-escapes what Markdown could read as syntax: emphasis, code, links, HTML, tables and
 * entities anywhere; headings, lists, quotes and rules where a line starts.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** One line of inline text: newlines folded to spaces. */
export function inlineMarkdown(text: string): string {
  return escapeMarkdown(text.replace(/\s*\r?\n\s*/g, ' ').trim());
}

/** A table cell: inline text with line breaks kept as <br>. */
export function cellMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .join('<br>');
}

/** A block quote: every line prefixed, blank lines kept inside the quote. */
export function blockquoteMarkdown(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line.trim())}` : '>'))
    .join('\n');
}

/** Paragraphs separated by blank lines, each escaped. */
export function paragraphsMarkdown(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => inlineMarkdown(p))
    .filter(Boolean)
    .join('\n\n');
}

/** A heading anchor GitHub-style Markdown viewers and our links agree on. */
export const anchorTag = (id: string): string => `<a id="${id.replace(/[^a-z0-9-]/gi, '')}"></a>`;
