/**
 * Builds the labelled quote set from the marked-up sources in ./marked/*.marked:
 *
 *   node --import tsx resources/quote-eval/build.ts
 *
 * writes one `<name>.txt` and one brat `<name>.ann` per article into this folder.
 * The articles are invented for this project (fictional people, outlets and events).
 *
 * Mark-up, inside an article (articles start with a line `=== <name>`):
 *   {qN text}        Content of attribution N (repeat the tag for a discontinuous content)
 *   {qN@M text}      Content of attribution N whose Source is the source span of attribution M
 *   {sN text}        Source of attribution N
 *   {sN|Full Name|text}  Source written as `text` (a pronoun, a surname) that refers to Full Name;
 *                    stored as a brat AnnotatorNotes line, which the evaluation uses as the name
 *   {cN text}        Cue of attribution N
 * Tags do not nest. Offsets are code points, as in brat.
 */

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Span {
  kind: 'q' | 's' | 'c';
  id: number;
  sourceRef: number | null;
  note: string | null;
  start: number;
  end: number;
  text: string;
}

const TAG = /\{([qsc])(\d+)(?:@(\d+))?(?:\|([^|{}]+)\|)?\s?([^{}]*)\}/gu;

function codePoints(text: string): number {
  return [...text].length;
}

function parseArticle(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let last = 0;
  for (const match of marked.matchAll(TAG)) {
    text += marked.slice(last, match.index);
    const [, kind, id, sourceRef, note, inner] = match;
    const start = codePoints(text);
    text += inner;
    spans.push({ kind: kind as Span['kind'], id: Number(id), sourceRef: sourceRef ? Number(sourceRef) : null, note: note ?? null, start, end: codePoints(text), text: inner });
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  if (/[{}]/.test(text)) throw new Error(`unbalanced mark-up near: ${text.slice(text.search(/[{}]/) - 40, text.search(/[{}]/) + 40)}`);
  return { text, spans };
}

function toBrat(spans: Span[]): string {
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  let note = 0;
  const ids = [...new Set(spans.map((s) => s.id))].sort((a, b) => a - b);
  const sourceIdById = new Map<number, string>();
  const pending: { id: number; content: string; cue: string | null; sourceRef: number | null }[] = [];
  for (const id of ids) {
    const own = spans.filter((s) => s.id === id);
    const content = own.filter((s) => s.kind === 'q');
    const source = own.find((s) => s.kind === 's');
    const cue = own.find((s) => s.kind === 'c');
    let sourceT: string | null = null;
    if (source) {
      sourceT = `T${++t}`;
      lines.push(`${sourceT}\tSource ${source.start} ${source.end}\t${source.text}`);
      if (source.note) lines.push(`#${++note}\tAnnotatorNotes ${sourceT}\t${source.note}`);
      sourceIdById.set(id, sourceT);
    }
    let cueT: string | null = null;
    if (cue) {
      cueT = `T${++t}`;
      lines.push(`${cueT}\tCue ${cue.start} ${cue.end}\t${cue.text}`);
    }
    if (content.length > 0) {
      const contentT = `T${++t}`;
      lines.push(`${contentT}\tContent ${content.map((c) => `${c.start} ${c.end}`).join(';')}\t${content.map((c) => c.text).join(' ')}`);
      pending.push({ id, content: contentT, cue: cueT, sourceRef: content.find((c) => c.sourceRef !== null)?.sourceRef ?? null });
    }
  }
  for (const item of pending) {
    const sourceT = sourceIdById.get(item.sourceRef ?? item.id);
    const parts = [`Content:${item.content}`];
    if (item.cue) parts.push(`Cue:${item.cue}`);
    if (sourceT) parts.push(`Source:${sourceT}`);
    lines.push(`E${++e}\t${sourceT ? 'Attribution' : 'Attribution-no-source'}:${item.content} ${parts.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const markedDir = join(here, 'marked');
  let count = 0;
  for (const file of readdirSync(markedDir).filter((f) => f.endsWith('.marked')).sort()) {
    const chunks = readFileSync(join(markedDir, file), 'utf8').split(/^=== /m).filter((c) => c.trim());
    for (const chunk of chunks) {
      const newline = chunk.indexOf('\n');
      const name = chunk.slice(0, newline).trim();
      const { text, spans } = parseArticle(chunk.slice(newline + 1).trim() + '\n');
      writeFileSync(join(here, `${name}.txt`), text);
      writeFileSync(join(here, `${name}.ann`), toBrat(spans));
      count++;
    }
  }
  console.log(`wrote ${count} articles`);
}

main();
