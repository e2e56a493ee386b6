/**
 * Scores story grouping on every labelled set under resources/story-eval (the tuning set and
 * each holdout-N folder with a labels.csv) and on their pool, all sets grouped together as in one
 * library (the harder test: look-alikes from different sets can merge), in one run:
 *
 *   node --import tsx scripts/eval-all-stories.ts ['{"linkThreshold":0.1}' ...]
 *
 * Each argument is a tuning to compare (JSON of GroupingParams); none: the defaults. The set
 * named in ERRORS (e.g. ERRORS=holdout-6) has its wrongly grouped pairs listed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GroupingParams, StoryInput } from '../src/shared/stories/index';
import { isArticleFile, readArticle, readLabels, score } from './eval-stories';

const ROOT = 'resources/story-eval';

interface LabelledSet {
  name: string;
  articles: StoryInput[];
  labels: Map<string, string>;
}

async function loadSet(name: string, folder: string): Promise<LabelledSet> {
  const articles: StoryInput[] = [];
  for (const file of readdirSync(folder).filter(isArticleFile).sort())
    articles.push(await readArticle(file, join(folder, file)));
  return { name, articles, labels: readLabels(join(folder, 'labels.csv')) };
}

async function main(): Promise<void> {
  const tunings: Partial<GroupingParams>[] = process.argv.slice(2).map((a) => JSON.parse(a));
  if (tunings.length === 0) tunings.push({});
  const sets = [await loadSet('tuning', ROOT)];
  // In number order: holdout, holdout-2, …, holdout-10.
  const order = (name: string): number => Number(/\d+$/.exec(name)?.[0] ?? 1);
  for (const name of readdirSync(ROOT).sort((a, b) => order(a) - order(b))) {
    if (/^holdout(-\d+)?$/.test(name) && existsSync(join(ROOT, name, 'labels.csv')))
      sets.push(await loadSet(name, join(ROOT, name)));
  }
  // The pool: every set's articles and labels, named by set so nothing collides.
  sets.push({
    name: 'pool',
    articles: sets.flatMap((set) => set.articles.map((a) => ({ ...a, id: `${set.name}/${a.id}` }))),
    labels: new Map(
      sets.flatMap((set) =>
        [...set.labels].map(([file, story]): [string, string] => [
          `${set.name}/${file}`,
          `${set.name}/${story}`,
        ]),
      ),
    ),
  });
  for (const tuning of tunings) {
    console.log(JSON.stringify(tuning));
    for (const { name, articles, labels } of sets) {
      const s = score(articles, labels, tuning);
      console.log(
        `  ${name.padEnd(10)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`,
      );
      if (process.env['ERRORS'] === name) for (const line of s.errors) console.log(`    ${line}`);
    }
  }
}

void main();
