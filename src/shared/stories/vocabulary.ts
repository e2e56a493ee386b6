import { normaliseWord } from './tokens';

const EMPTY = -1;

/**
 * Term ids for one grouping run. Words are looked up once per spelling as written (so a repeated
 * word costs one Map hit, not a lowercase + stem + lookup), and bigrams live in an open-addressing
 * table keyed by the two word ids: the hot loop builds no strings and no nested Maps.
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
  size = 0;

  private next(): number {
    if (this.size === this.df.length) {
      const grown = new Int32Array(this.df.length * 2);
      grown.set(this.df);
      this.df = grown;
    }
    return this.size++;
  }

  /** Id of a stemmed term or a synthetic one ("#12000tonnes"). */
  term(key: string): number {
    let id = this.stems.get(key);
    if (id === undefined) {
      id = this.next();
      this.stems.set(key, id);
    }
    return id;
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
    const id = this.next();
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
