import { extractFigures } from './figures';
import { GAP_SENTENCE, forEachWord } from './tokens';
import type { StoryInput } from './types';
import { KIND_FIGURE, KIND_FINGERPRINT, type Vocabulary } from './vocabulary';

/** Headlines name the event; body text wanders into background. */
const TITLE_WEIGHT = 3;
/**
 * Exact shared figures ("1,100 jobs", "$1.2 billion") are strong evidence of the same event: in
 * the labelled sets, two articles sharing names and a figure were always on one story.
 */
const FIGURE_WEIGHT = 3;
const SKIPPED_FIGURE_UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes']);
/**
 * Units kept in a figure's key: a percentage is not a head count. Other figures match by value
 * alone, since outlets count the same thing in other words ("3,500 jobs", "3,500 people").
 */
const KEPT_UNITS = new Set(['%', 'percentage points', 'magnitude']);

/** One article's weighted term counts, term ids ascending. */
export interface ArticleTerms {
  terms: Int32Array;
  counts: Float64Array;
}

const wordCount = (line: string): number => {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
};

/**
 * Menu items, share buttons and tag clouds in saved pages are short lines without sentence
 * punctuation; they are noise for grouping.
 */
const keepLine = (line: string): boolean => {
  const words = wordCount(line);
  return words >= 8 || (words >= 4 && /[.!?"”]\s*$/.test(line));
};

function storyLines(body: string): string {
  if (!body.includes('\n')) return keepLine(body) ? body : '';
  return body.split('\n').filter(keepLine).join('\n');
}

/** Accumulates one article at a time in a dense scratch array indexed by term id. */
export class TermCounter {
  private weights = new Float64Array(1 << 16);
  private seen = new Uint8Array(1 << 16);
  private touched: number[] = [];

  constructor(private readonly vocabulary: Vocabulary) {}

  private add(id: number, weight: number): void {
    if (id >= this.weights.length) {
      const size = Math.max(id + 1, this.weights.length * 2);
      const weights = new Float64Array(size);
      weights.set(this.weights);
      this.weights = weights;
      const seen = new Uint8Array(size);
      seen.set(this.seen);
      this.seen = seen;
    }
    if (this.seen[id] === 0) {
      this.seen[id] = 1;
      this.touched.push(id);
    }
    this.weights[id] += weight;
  }

  /** Counts words and bigrams; in body text also whether each word is written as a name. */
  private addText(text: string, weight: number, body: boolean): void {
    const vocabulary = this.vocabulary;
    let previous = -1;
    forEachWord(text, (spelling, _start, gap, upper) => {
      const id = vocabulary.word(spelling);
      if (id < 0) {
        previous = -1;
        return;
      }
      if (gap !== 0) previous = -1;
      // Headlines capitalise everything and sentence starts anything: neither tells a name.
      if (body && gap !== GAP_SENTENCE) {
        if (upper) vocabulary.capitalised[id]++;
        else vocabulary.lowercase[id]++;
      }
      this.add(id, weight);
      if (previous >= 0) this.add(vocabulary.bigram(previous, id), weight);
      previous = id;
    });
  }

  /** Figures worth matching across articles: with a unit, or large enough not to be a list index. */
  private addFigures(text: string): void {
    for (const figure of extractFigures(text)) {
      if (figure.kind === 'year' || figure.kind === 'date' || SKIPPED_FIGURE_UNITS.has(figure.unit))
        continue;
      if (figure.kind === 'number' && figure.value < 100) continue;
      const unit = KEPT_UNITS.has(figure.unit) ? figure.unit : '';
      const kind = unit === 'magnitude' ? KIND_FINGERPRINT : KIND_FIGURE;
      this.add(this.vocabulary.term(`#${figure.value}${unit}`, kind), FIGURE_WEIGHT);
    }
  }

  /** Weighted term counts for one article: stemmed unigrams and bigrams, title boosted, plus figures. */
  count(article: StoryInput): ArticleTerms {
    const body = storyLines(article.body);
    this.addText(article.title, TITLE_WEIGHT, false);
    this.addText(body, 1, true);
    this.addFigures(`${article.title}\n${body}`);

    const terms = Int32Array.from(this.touched).sort();
    const counts = new Float64Array(terms.length);
    const df = this.vocabulary.df;
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k];
      counts[k] = this.weights[id];
      df[id]++;
      this.weights[id] = 0;
      this.seen[id] = 0;
    }
    this.touched.length = 0;
    return { terms, counts };
  }
}
