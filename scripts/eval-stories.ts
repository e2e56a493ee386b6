/**
 * Evaluates story grouping against labelled articles.
 *
 *   node --import tsx scripts/eval-stories.ts <folder> <labels.csv> [--half a|b] [--sweep]
 *     [--with <folder>] [--errors]
 *
 * Article files: every .txt or .md file in <folder>. An optional header block opens the file, one
 * `Key: value` per line, ended by a blank line:
 *
 *   Outlet: The Harbour Courier
 *   Date: 2025-03-14
 *   Title: Dockers walk out at Port Ellery      (optional)
 *
 *   Dockers walk out at Port Ellery             ← without Title:, the first non-empty line is the title
 *   Body text…
 *
 * Files with no header are read as the app imports them (the importer's parseFile: page clutter
 * cut, headline, outlet and date found), since the app groups what the importer stored.
 *
 * Labels: a CSV with a header row and the columns `file,story` (file name as in the folder).
 * Only labelled files are scored; unlabelled files are still grouped (as distractors).
 *
 * Figures: pairwise precision, recall and F1 over pairs of labelled articles put in one story;
 * stories found vs labelled (over labelled articles); time taken by groupStories.
 * --half a|b keeps every other labelled story (sorted by name: a = 1st, 3rd, …; b = 2nd, 4th, …),
 * so thresholds can be tuned on one half and checked on the other.
 * --sweep prints F1 over a grid of link/merge thresholds instead of one run.
 * --with <folder> adds that folder's articles as unlabelled distractors (e.g. the held-out set in
 * resources/story-eval/holdout scored with the tuning set around it, as in a real library).
 * --errors lists the labelled pairs grouped wrongly (split stories and merged look-alikes).
 *
 * resources/story-eval: the tuning set. resources/story-eval/holdout: stories written for checking
 * only, never used to choose parameters (long-running stories that must group, and look-alikes
 * that must not: same airline in one week, the same valley's earthquakes months apart).
 */

import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseFile } from '../src/main/services/import/parse-file';
import { type GroupingParams, type StoryInput, groupStories } from '../src/shared/stories/index';

export function parseArticle(id: string, raw: string): StoryInput {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  for (; i < lines.length; i++) {
    const match = /^(Outlet|Date|Title|Source|Published):\s*(.*)$/i.exec(lines[i].trim());
    if (!match) break;
    header[match[1].toLowerCase()] = match[2].trim();
  }
  let rest = lines.slice(i);
  let title = header.title ?? '';
  if (!title) {
    const first = rest.findIndex((line) => line.trim() !== '');
    if (first >= 0) {
      title = rest[first].trim().replace(/^#+\s*/, '');
      rest = rest.slice(first + 1);
    }
  }
  const date = header.date ?? header.published ?? null;
  return {
    id,
    title,
    body: rest.join('\n').trim(),
    outlet: header.outlet ?? header.source ?? null,
    published: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
  };
}

/** Article files of a set: its README is not one. */
export const isArticleFile = (name: string): boolean =>
  /\.(?:txt|md)$/i.test(name) && !/^readme\.md$/i.test(name);

const HEADER = /^\s*(?:Outlet|Date|Title|Source|Published):/i;

/**
 * One article as the app would hold it: a file with a header block as written, any other file
 * through the importer (as the app stores it after import).
 */
export async function readArticle(id: string, path: string): Promise<StoryInput> {
  const bytes = readFileSync(path);
  const raw = bytes.toString('utf8');
  if (HEADER.test(raw.replace(/^\uFEFF/, ''))) return parseArticle(id, raw);
  const report = await parseFile(basename(path), new Uint8Array(bytes));
  if (!report.article) return parseArticle(id, raw);
  const { metadata, body } = report.article;
  return {
    id,
    title: metadata.title.value ?? '',
    body,
    outlet: metadata.outlet.value,
    published: metadata.published.value,
  };
}

export function readLabels(path: string): Map<string, string> {
  const labels = new Map<string, string>();
  const rows = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  for (const row of rows.slice(1)) {
    const [file, ...story] = row.split(',');
    labels.set(file.trim(), story.join(',').trim().replace(/^"|"$/g, ''));
  }
  return labels;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  found: number;
  labelled: number;
  ms: number;
  errors: string[];
}

export function score(
  articles: StoryInput[],
  labels: Map<string, string>,
  tuning: Partial<GroupingParams> = {},
): Score {
  const started = performance.now();
  const groups = groupStories(articles, { tuning });
  const ms = performance.now() - started;
  const predicted = new Map<string, string>();
  for (const g of groups) for (const id of g.memberIds) predicted.set(id, g.id);
  const ids = articles.map((a) => a.id).filter((id) => labels.has(id));
  let truePositive = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  const errors: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const same = labels.get(ids[i]) === labels.get(ids[j]);
      const together = predicted.get(ids[i]) === predicted.get(ids[j]);
      if (same) goldPairs++;
      if (together) predictedPairs++;
      if (same && together) truePositive++;
      if (same !== together) errors.push(`${same ? 'split ' : 'merged'} ${ids[i]}  ${ids[j]}`);
    }
  }
  const precision = predictedPairs ? truePositive / predictedPairs : 1;
  const recall = goldPairs ? truePositive / goldPairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    found: new Set(ids.map((id) => predicted.get(id))).size,
    labelled: new Set(ids.map((id) => labels.get(id))).size,
    ms,
    errors,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const valued = new Set(['--half', '--with']);
  const positional = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]));
  const [folder, labelsPath] = positional;
  if (!folder || !labelsPath) {
    console.error('usage: eval-stories <folder> <labels.csv> [--half a|b] [--sweep]');
    process.exit(2);
  }
  const halfIndex = args.indexOf('--half');
  const half = halfIndex >= 0 ? args[halfIndex + 1] : null;

  let labels = readLabels(labelsPath);
  if (half === 'a' || half === 'b') {
    const stories = [...new Set(labels.values())].sort();
    const keep = new Set(stories.filter((_, i) => (i % 2 === 0) === (half === 'a')));
    labels = new Map([...labels].filter(([, story]) => keep.has(story)));
  }
  const files = readdirSync(folder)
    .filter(isArticleFile)
    .filter((f) => half === null || labels.has(f))
    .sort();
  const articles: StoryInput[] = [];
  for (const f of files) articles.push(await readArticle(f, join(folder, f)));
  const withIndex = args.indexOf('--with');
  if (withIndex >= 0) {
    const extra = args[withIndex + 1];
    for (const f of readdirSync(extra).filter(isArticleFile).sort())
      articles.push(await readArticle(`with:${f}`, join(extra, f)));
  }
  const unlabelled = articles.filter((a) => !labels.has(a.id)).length;

  if (args.includes('--sweep')) {
    for (const link of [0.06, 0.08, 0.1, 0.11, 0.12, 0.13, 0.14, 0.16, 0.18, 0.2]) {
      const row = [0.6, 0.7, 0.8, 0.9, 1].map((ratio) => {
        const s = score(articles, labels, { linkThreshold: link, mergeThreshold: link * ratio });
        return `${ratio.toFixed(1)}:${s.f1.toFixed(3)}`;
      });
      console.log(`link ${link.toFixed(2)}  merge/link→F1  ${row.join('  ')}`);
    }
    return;
  }

  const s = score(articles, labels);
  console.log(
    `articles: ${articles.length}${unlabelled ? ` (${unlabelled} unlabelled)` : ''}${half ? ` (half ${half})` : ''}`,
  );
  console.log(
    `pairwise: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`,
  );
  console.log(`stories: found ${s.found} labelled ${s.labelled}`);
  console.log(`time: ${s.ms.toFixed(0)} ms`);
  if (args.includes('--errors')) for (const line of s.errors) console.log(line);
}

// Run only when invoked as a script, so parseArticle can be imported by other tools.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  void main();
