import { extractFigures } from './figures';
import { contentTokens } from './tokens';
import type { StoryInput } from './types';
import type { Vocabulary } from './vocabulary';

/** Headlines name the event; body text wanders into background. */
const TITLE_WEIGHT = 3;
/** Exact shared figures ("4.5 billion USD", "magnitude 6.4") are strong evidence of the same event. */
const FIGURE_WEIGHT = 1.5;
const SKIPPED_FIGURE_UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes']);

/** Weighted term counts by term id. */
export type TermBag = Map<number, number>;

/**
 * Menu items, share buttons and tag clouds in saved pages are short lines without sentence
 * punctuation; they are noise for grouping.
 */
function storyLines(body: string): string {
  return body
    .split(/\n+/)
    .filter((line) => {
      const words = line.trim().split(/\s+/).filter(Boolean);
      return words.length >= 8 || (words.length >= 4 && /[.!?"”]\s*$/.test(line.trim()));
    })
    .join('\n');
}

const add = (bag: TermBag, id: number, weight: number): void => {
  bag.set(id, (bag.get(id) ?? 0) + weight);
};

function addTokens(bag: TermBag, vocabulary: Vocabulary, text: string, weight: number): void {
  let previous = -1;
  for (const token of contentTokens(text)) {
    if (token === null) {
      previous = -1;
      continue;
    }
    const id = vocabulary.word(token);
    add(bag, id, weight);
    if (previous >= 0) add(bag, vocabulary.bigram(previous, id), weight);
    previous = id;
  }
}

/** Figures worth matching across articles: with a unit, or large enough not to be a list index. */
function addFigures(bag: TermBag, vocabulary: Vocabulary, text: string): void {
  for (const figure of extractFigures(text)) {
    if (figure.kind === 'year' || figure.kind === 'date' || SKIPPED_FIGURE_UNITS.has(figure.unit))
      continue;
    if (figure.kind === 'number' && figure.value < 100) continue;
    add(bag, vocabulary.word(`#${figure.value}${figure.unit}`), FIGURE_WEIGHT);
  }
}

/** Weighted term counts for one article: stemmed unigrams and bigrams, title boosted, plus figures. */
export function articleFeatures(article: StoryInput, vocabulary: Vocabulary): TermBag {
  const bag: TermBag = new Map();
  const body = storyLines(article.body);
  addTokens(bag, vocabulary, article.title, TITLE_WEIGHT);
  addTokens(bag, vocabulary, body, 1);
  addFigures(bag, vocabulary, `${article.title}\n${body}`);
  for (const id of bag.keys()) vocabulary.df[id]++;
  return bag;
}
