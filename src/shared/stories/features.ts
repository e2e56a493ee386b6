import { extractFigures } from './figures';
import { GAP_SENTENCE, forEachWord } from './tokens';
import type { StoryInput } from './types';
import type { Vocabulary } from './vocabulary';

/** Headlines name the event; body text wanders into background. */
const TITLE_WEIGHT = 3;
/** Exact shared figures ("4.5 billion USD", "magnitude 6.4") are strong evidence of the same event. */
const FIGURE_WEIGHT = 1.5;
const SKIPPED_FIGURE_UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes']);

/** One article's weighted term counts (term ids ascending) and its event-specific terms. */
export interface ArticleTerms {
  terms: Int32Array;
  counts: Float64Array;
  /**
   * Names (words capitalised mid-sentence: people, places, organisations) and figures, ascending:
   * the evidence that tells one event from a look-alike.
   */
  specific: Int32Array;
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
  private flags = new Uint8Array(1 << 16);
  private touched: number[] = [];

  constructor(private readonly vocabulary: Vocabulary) {}

  private add(id: number, weight: number, specific: boolean): void {
    if (id >= this.weights.length) {
      const size = Math.max(id + 1, this.weights.length * 2);
      const weights = new Float64Array(size);
      weights.set(this.weights);
      this.weights = weights;
      const flags = new Uint8Array(size);
      flags.set(this.flags);
      this.flags = flags;
    }
    if (this.flags[id] === 0) {
      this.flags[id] = 1;
      this.touched.push(id);
    }
    this.weights[id] += weight;
    if (specific) this.flags[id] = 2;
  }

  private addText(text: string, weight: number, names: boolean): void {
    const vocabulary = this.vocabulary;
    let previous = -1;
    forEachWord(text, (spelling, _start, gap, upper) => {
      const id = vocabulary.word(spelling);
      if (id < 0) {
        previous = -1;
        return;
      }
      if (gap !== 0) previous = -1;
      this.add(id, weight, names && upper && gap !== GAP_SENTENCE);
      if (previous >= 0) this.add(vocabulary.bigram(previous, id), weight, false);
      previous = id;
    });
  }

  /** Figures worth matching across articles: with a unit, or large enough not to be a list index. */
  private addFigures(text: string): void {
    for (const figure of extractFigures(text)) {
      if (figure.kind === 'year' || figure.kind === 'date' || SKIPPED_FIGURE_UNITS.has(figure.unit))
        continue;
      if (figure.kind === 'number' && figure.value < 100) continue;
      this.add(this.vocabulary.term(`#${figure.value}${figure.unit}`), FIGURE_WEIGHT, true);
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
    let specificCount = 0;
    const df = this.vocabulary.df;
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k];
      counts[k] = this.weights[id];
      if (this.flags[id] === 2) specificCount++;
      df[id]++;
    }
    const specific = new Int32Array(specificCount);
    for (let k = 0, s = 0; k < terms.length; k++) {
      const id = terms[k];
      if (this.flags[id] === 2) specific[s++] = id;
      this.weights[id] = 0;
      this.flags[id] = 0;
    }
    this.touched.length = 0;
    return { terms, counts, specific };
  }
}
