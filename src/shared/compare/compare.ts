import type { NamedEntity } from '../stories';
import { articleEntities, canonicalKeys, entitiesIn, storyType, withStoryNames } from './entities';
import { articleFigures, figureConflicts } from './figures';
import { alignQuotes, quoteEntries, speakerCoverage, speakerKey } from './quotes';
import { alignSentences, sentenceSets } from './sentences';
import { WordIds, countWords, leadOf, splitSentences } from './text';
import type {
  ArticleSummary,
  CompareArticle,
  EntityCoverage,
  FigureCoverage,
  StoryComparison,
} from './types';

const byKey = (a: { key: string }, b: { key: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/**
 * Lines up several articles on one story for the side-by-side view: each article's lead, length,
 * names and figures; who carries which name, figure and speaker; the same quote across outlets
 * with how each version differs; near-identical sentences; and figures that disagree.
 * Pure and deterministic: the same articles in the same order give the same result.
 */
export function compareCoverage(articles: CompareArticle[]): StoryComparison {
  const ids = articles.map((a) => a.id);
  const sentences = articles.map((a) => splitSentences(a.body));
  const found = articles.map((a) => entitiesIn(a.body));
  const oneWordNames = new Map<string, NamedEntity['type']>();
  for (const list of found)
    for (const m of list) {
      if (!m.key.includes(' ')) {
        if (!oneWordNames.has(m.key)) oneWordNames.set(m.key, m.type);
      } else if (m.type === 'person') {
        // A surname alone ("Karrow said") names a person the story already knows.
        const surname = m.key.slice(m.key.lastIndexOf(' ') + 1);
        oneWordNames.set(surname, 'person');
      }
    }
  const mentions = articles.map((a, i) => withStoryNames(a.body, found[i], oneWordNames));

  // Story-wide keys: a surname in one outlet meets the full name in another.
  const people = new Set<string>();
  const allKeys: string[] = [];
  for (const list of mentions)
    for (const m of list) {
      allKeys.push(m.key);
      if (m.type === 'person') people.add(m.key);
    }
  for (const a of articles)
    for (const q of a.quotes) {
      const key = q.speaker ? speakerKey(q.speaker) : '';
      if (key) {
        allKeys.push(key);
        if (key.includes(' ')) people.add(key);
      }
    }
  const canonical = canonicalKeys(allKeys, people);

  const summaries: ArticleSummary[] = articles.map((article, i) => {
    const entities = articleEntities(mentions[i], canonical);
    const ofType = (type: string) => entities.filter((e) => e.type === type);
    return {
      articleId: article.id,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      author: article.author,
      lead: leadOf(sentences[i]),
      wordCount: countWords(article.body),
      sentences: sentences[i],
      people: ofType('person'),
      organisations: ofType('organisation'),
      places: ofType('place'),
      otherEntities: ofType('other'),
      figures: articleFigures(article.body, sentences[i]),
      quoteCount: article.quotes.length,
    };
  });

  const entityMap = new Map<
    string,
    { label: string; types: ArticleSummary['people'][number]['type'][]; articles: Set<string> }
  >();
  for (const s of summaries)
    for (const e of [...s.people, ...s.organisations, ...s.places, ...s.otherEntities]) {
      const entry = entityMap.get(e.key) ?? { label: e.name, types: [], articles: new Set() };
      entityMap.set(e.key, entry);
      if (e.name.length > entry.label.length) entry.label = e.name;
      entry.types.push(e.type);
      entry.articles.add(s.articleId);
    }
  const entities: EntityCoverage[] = [...entityMap]
    .map(([key, e]) => ({
      key,
      label: e.label,
      type: storyType(e.types),
      articleIds: ids.filter((id) => e.articles.has(id)),
      missingFrom: ids.filter((id) => !e.articles.has(id)),
    }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length || byKey(a, b));

  const figureMap = new Map<string, FigureCoverage>();
  for (const s of summaries)
    for (const f of s.figures) {
      const key = `${f.kind}:${f.value}${f.unit ? ` ${f.unit}` : ''}`;
      const entry = figureMap.get(key) ?? {
        key,
        label: f.text,
        value: f.value,
        unit: f.unit,
        kind: f.kind,
        articleIds: [],
        missingFrom: [],
      };
      figureMap.set(key, entry);
      if (!entry.articleIds.includes(s.articleId)) entry.articleIds.push(s.articleId);
    }
  const figures = [...figureMap.values()]
    .map((f) => ({
      ...f,
      articleIds: ids.filter((id) => f.articleIds.includes(id)),
      missingFrom: ids.filter((id) => !f.articleIds.includes(id)),
    }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length || byKey(a, b));

  const entries = quoteEntries(articles, (name) => {
    const key = speakerKey(name);
    return canonical.get(key) ?? key;
  });
  const words = new WordIds();
  return {
    articles: summaries,
    entities,
    figures,
    speakers: speakerCoverage(entries, ids),
    quotes: alignQuotes(entries, ids),
    sentences: alignSentences(summaries.map((s) => sentenceSets(s.articleId, s.sentences, words))),
    conflicts: figureConflicts(
      summaries.map((s) => ({ articleId: s.articleId, figures: s.figures })),
    ),
  };
}
