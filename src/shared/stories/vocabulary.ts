import { normaliseWord } from './tokens';

const EMPTY = -1;

/** What a term id stands for. */
export const KIND_WORD = 0;
export const KIND_BIGRAM = 1;
export const KIND_FIGURE = 2;
/** A figure that identifies one event on its own: an earthquake's magnitude. */
export const KIND_FINGERPRINT = 3;

/**
 * Term ids for one grouping run. Words are looked up once per spelling as written (so a repeated
 * word costs one Map hit, not a lowercase + stem + lookup), and bigrams live in an open-addressing
 * table keyed by the two word ids: the hot loop builds no strings and no nested Maps.
 *
 * Per term it also keeps how often the word was written capitalised mid-sentence and how often in
 * lower case, over the whole corpus: that decides whether the term is a name (isName).
 */
export class Vocabulary {
  /** Word as written → term id, or -1 for a stopword. */
  private readonly spellings = new Map<string, number>();
  /** Stemmed form → term id. */
  private readonly stems = new Map<string, number>();
  private pairKeys = new Int32Array(1 << 16).fill(EMPTY);
  private pairSeconds = new Int32Array(1 << 16);
  private pairIds = new Int32Array(1 << 16);
  private pairCount = 0;
  /** Document frequency by term id (valid up to `size`). */
  df = new Int32Array(1 << 16);
  /** Uses capitalised mid-sentence, by word id. */
  capitalised = new Int32Array(1 << 16);
  /** Uses in lower case, by word id. */
  lowercase = new Int32Array(1 << 16);
  /** KIND_* by term id. */
  kind = new Uint8Array(1 << 16);
  /** For a bigram, its first and second word ids. */
  first = new Int32Array(1 << 16);
  second = new Int32Array(1 << 16);
  size = 0;

  private next(kind: number): number {
    if (this.size === this.df.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const grown = new (a.constructor as new (n: number) => T)(a.length * 2);
        grown.set(a);
        return grown;
      };
      this.df = grow(this.df);
      this.capitalised = grow(this.capitalised);
      this.lowercase = grow(this.lowercase);
      this.kind = grow(this.kind);
      this.first = grow(this.first);
      this.second = grow(this.second);
    }
    this.kind[this.size] = kind;
    return this.size++;
  }

  /** Id of a stemmed word, or of a figure ("#12000", "#5.2magnitude") with its KIND_*. */
  term(key: string, kind = KIND_WORD): number {
    let id = this.stems.get(key);
    if (id === undefined) {
      id = this.next(kind);
      this.stems.set(key, id);
    }
    return id;
  }

  /**
   * A name (person, place, organisation): written capitalised mid-sentence at least twice as
   * often as in lower case across the corpus. Sentence starts say nothing either way. A bigram
   * is a name when both its words are ("Lina Vasko"), not when one is ("Ostrel recall").
   */
  isName(id: number): boolean {
    const kind = this.kind[id];
    if (kind === KIND_BIGRAM) return this.isName(this.first[id]) && this.isName(this.second[id]);
    if (kind !== KIND_WORD) return false;
    const capitalised = this.capitalised[id];
    return capitalised > 0 && capitalised >= 2 * this.lowercase[id];
  }

  /** Id of a word as it appears in text, or -1 when it is a stopword. */
  word(spelling: string): number {
    let id = this.spellings.get(spelling);
    if (id === undefined) {
      const normal = normaliseWord(spelling);
      id = normal ? this.term(normal) : -1;
      this.spellings.set(spelling, id);
    }
    return id;
  }

  bigram(first: number, second: number): number {
    const mask = this.pairKeys.length - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
    for (;;) {
      const key = this.pairKeys[slot];
      if (key === EMPTY) break;
      if (key === first && this.pairSeconds[slot] === second) return this.pairIds[slot];
      slot = (slot + 1) & mask;
    }
    const id = this.next(KIND_BIGRAM);
    this.first[id] = first;
    this.second[id] = second;
    this.pairKeys[slot] = first;
    this.pairSeconds[slot] = second;
    this.pairIds[slot] = id;
    if (++this.pairCount * 2 > this.pairKeys.length) this.growPairs();
    return id;
  }

  private growPairs(): void {
    const keys = this.pairKeys;
    const seconds = this.pairSeconds;
    const ids = this.pairIds;
    const capacity = keys.length * 2;
    const mask = capacity - 1;
    this.pairKeys = new Int32Array(capacity).fill(EMPTY);
    this.pairSeconds = new Int32Array(capacity);
    this.pairIds = new Int32Array(capacity);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      let slot = (Math.imul(keys[i], 0x9e3779b1) ^ Math.imul(seconds[i], 0x85ebca6b)) & mask;
      while (this.pairKeys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.pairKeys[slot] = keys[i];
      this.pairSeconds[slot] = seconds[i];
      this.pairIds[slot] = ids[i];
    }
  }
}
