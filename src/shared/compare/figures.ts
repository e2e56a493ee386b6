import { extractFigures } from '../stories';
import { forEachWord, normaliseWord } from '../stories/tokens';
import type { ArticleFigure, FigureConflict, Sentence } from './types';

/** Content words taken as a figure's subject: this many before it and after it, in its sentence. */
const BEFORE = 3;
const AFTER = 2;
/** Values this close (relative) are the same report, rounded differently. */
const SAME_VALUE = 0.005;

const sameValue = (a: number, b: number): boolean =>
  Math.abs(a - b) <= SAME_VALUE * Math.max(Math.abs(a), Math.abs(b));

/**
 * Figures in a body with the words around them that say what they count: "an export quota of
 * 12,000 tonnes of cobalt" → subject quota, export, cobalt.
 */
export function articleFigures(body: string, sentences: Sentence[]): ArticleFigure[] {
  const figures = extractFigures(body);
  if (figures.length === 0) return [];
  const out: ArticleFigure[] = [];
  let s = 0;
  for (const figure of figures) {
    while (s < sentences.length - 1 && sentences[s].end <= figure.start) s++;
    const sentence = sentences[s];
    const own = new Set<string>();
    forEachWord(figure.text, (w) => {
      const n = normaliseWord(w);
      if (n) own.add(n);
    });
    const before: string[] = [];
    const after: string[] = [];
    if (sentence) {
      forEachWord(sentence.text, (word, offset) => {
        const at = sentence.start + offset;
        const normal = normaliseWord(word);
        if (!normal || own.has(normal)) return;
        if (at + word.length <= figure.start) before.push(normal);
        else if (at >= figure.end && after.length < AFTER) after.push(normal);
      });
    }
    const subject = [...new Set([...before.slice(-BEFORE), ...after])].sort();
    out.push({ ...figure, subject });
  }
  return out;
}

type Report = FigureConflict['reports'][number] & { kind: ArticleFigure['kind'] };

/**
 * The same quantity reported with different values: figures of one unit whose subjects share a
 * word, where two articles give value sets with nothing in common. An article that gives both
 * the old and the new quota agrees with each article giving either, so it raises no conflict.
 */
export function figureConflicts(
  articles: { articleId: string; figures: ArticleFigure[] }[],
): FigureConflict[] {
  const bySubject = new Map<string, Map<string, Report[]>>();
  for (const { articleId, figures } of articles) {
    for (const f of figures) {
      if (f.kind === 'year' || f.kind === 'date') continue;
      for (const word of f.subject) {
        const key = `${f.kind}\u0000${f.unit}\u0000${word}`;
        const perArticle = bySubject.get(key) ?? new Map<string, Report[]>();
        bySubject.set(key, perArticle);
        const list = perArticle.get(articleId) ?? [];
        list.push({
          articleId,
          text: f.text,
          value: f.value,
          start: f.start,
          end: f.end,
          kind: f.kind,
        });
        perArticle.set(articleId, list);
      }
    }
  }

  const conflicts = new Map<string, FigureConflict>();
  for (const [key, perArticle] of bySubject) {
    if (perArticle.size < 2) continue;
    const lists = [...perArticle.values()];
    let disagree = false;
    for (let i = 0; i < lists.length && !disagree; i++)
      for (let j = i + 1; j < lists.length && !disagree; j++)
        disagree = !lists[i].some((x) => lists[j].some((y) => sameValue(x.value, y.value)));
    if (!disagree) continue;
    const [kind, unit, word] = key.split('\u0000');
    const reports = lists.flat().map(({ kind: _kind, ...report }) => report);
    // The same figures often meet under several subject words ("quota", "cobalt"): one conflict.
    const identity = `${kind}\u0000${unit}\u0000${reports.map((r) => `${r.articleId}@${r.start}`).join(',')}`;
    const existing = conflicts.get(identity);
    if (existing) {
      existing.subject.push(word);
      continue;
    }
    const values: number[] = [];
    for (const r of reports) if (!values.some((v) => sameValue(v, r.value))) values.push(r.value);
    conflicts.set(identity, {
      unit,
      kind: kind as FigureConflict['kind'],
      subject: [word],
      values: values.sort((a, b) => a - b),
      reports,
    });
  }
  // A conflict whose reports are all inside a bigger one of the same unit is the same dispute.
  const all = [...conflicts.values()];
  const ids = all.map((c) => c.reports.map((r) => `${r.articleId}@${r.start}`));
  const holding = new Map<string, number[]>();
  ids.forEach((list, i) =>
    list.forEach((id) => {
      const at = holding.get(id);
      if (at) at.push(i);
      else holding.set(id, [i]);
    }),
  );
  const sets = ids.map((list) => new Set(list));
  const kept = all.filter((c, i) => {
    const outer = (holding.get(ids[i][0]) as number[]).find(
      (j) =>
        j !== i &&
        all[j].unit === c.unit &&
        all[j].kind === c.kind &&
        sets[j].size > sets[i].size &&
        ids[i].every((id) => sets[j].has(id)),
    );
    if (outer !== undefined) all[outer].subject.push(...c.subject);
    return outer === undefined;
  });
  return kept
    .map((c) => ({ ...c, subject: [...new Set(c.subject)].sort() }))
    .sort(
      (a, b) =>
        new Set(b.reports.map((r) => r.articleId)).size -
          new Set(a.reports.map((r) => r.articleId)).size ||
        b.subject.length - a.subject.length ||
        (a.subject[0] < b.subject[0] ? -1 : a.subject[0] > b.subject[0] ? 1 : 0),
    );
}
