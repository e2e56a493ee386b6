/**
 * Scores story grouping on every labelled set under resources/story-eval and on their pool
 * (/tmp/pool7 when present), in one run: node --import tsx scripts/eval-all-stories.ts ['{"tuning":..}']
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from './eval-stories';
import { type GroupingParams, type StoryInput, groupStories } from '../src/shared/stories/index';

const ROOT = 'resources/story-eval';
const SETS: [string, string][] = [
  ['tuning', ROOT],
  ...['holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6'].map(
    (h): [string, string] => [h, join(ROOT, h)],
  ),
];
if (existsSync('/tmp/pool7')) SETS.push(['pool7', '/tmp/pool7']);

function labelsOf(path: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const row of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    if (!row.trim()) continue;
    const [f, s] = row.split(',');
    m.set(f.trim(), s.trim());
  }
  return m;
}

async function main(): Promise<void> {
  const tunings: Partial<GroupingParams>[] = process.argv.slice(2).map((a) => JSON.parse(a));
  if (tunings.length === 0) tunings.push({});
  const loaded: { name: string; articles: StoryInput[]; labels: Map<string, string> }[] = [];
  for (const [name, folder] of SETS) {
    const files = readdirSync(folder)
      .filter((f) => /\.(txt|md)$/i.test(f) && !/^readme\.md$/i.test(f))
      .sort();
    const articles: StoryInput[] = [];
    for (const f of files) articles.push(await readArticle(f, join(folder, f)));
    loaded.push({ name, articles, labels: labelsOf(join(folder, 'labels.csv')) });
  }
  const errorsFor = process.env.ERRORS;
  for (const tuning of tunings) {
    const cells: string[] = [];
    for (const { name, articles, labels } of loaded) {
      const groups = groupStories(articles, { tuning });
      const pred = new Map<string, string>();
      for (const g of groups) for (const id of g.memberIds) pred.set(id, g.id);
      const ids = articles.map((a) => a.id).filter((id) => labels.has(id));
      let tp = 0;
      let pp = 0;
      let gp = 0;
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const same = labels.get(ids[i]) === labels.get(ids[j]);
          const tog = pred.get(ids[i]) === pred.get(ids[j]);
          if (same) gp++;
          if (tog) pp++;
          if (same && tog) tp++;
          if (errorsFor === name && same !== tog)
            console.log(
              `${same ? 'split ' : 'merged'} ${ids[i]} ${ids[j]} ${labels.get(ids[i])} ${labels.get(ids[j])}`,
            );
        }
      const p = pp ? tp / pp : 1;
      const r = gp ? tp / gp : 1;
      const f = p + r ? (2 * p * r) / (p + r) : 0;
      cells.push(`${name} ${p.toFixed(3)}/${r.toFixed(3)}/${f.toFixed(3)}`);
    }
    console.log(`${JSON.stringify(tuning)}\n  ${cells.join('\n  ')}`);
  }
}
void main();
