/**
 * Term ids for one grouping run. Bigrams are looked up by their two word ids, so the hot loop
 * never builds "word word" strings (most of the time on 10,000 articles went there).
 */
export class Vocabulary {
  private readonly words = new Map<string, number>();
  /** first word id → second word id → bigram id; small-integer keys keep Map lookups fast. */
  private readonly pairs = new Map<number, Map<number, number>>();
  /** Document frequency by term id. */
  readonly df: number[] = [];

  private next(): number {
    this.df.push(0);
    return this.df.length - 1;
  }

  word(term: string): number {
    let id = this.words.get(term);
    if (id === undefined) {
      id = this.next();
      this.words.set(term, id);
    }
    return id;
  }

  bigram(first: number, second: number): number {
    let followers = this.pairs.get(first);
    if (followers === undefined) {
      followers = new Map();
      this.pairs.set(first, followers);
    }
    let id = followers.get(second);
    if (id === undefined) {
      id = this.next();
      followers.set(second, id);
    }
    return id;
  }

  get size(): number {
    return this.df.length;
  }
}
