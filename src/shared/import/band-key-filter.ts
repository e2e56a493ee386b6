/**
 * A Bloom filter over near-duplicate band keys: "not there" is certain, "maybe there" is wrong
 * about once in a hundred. An import asks the database only for band keys the filter may hold,
 * so an article whose bands nobody shares (most of them) costs no lookup at all.
 *
 * Written here rather than taken from a package: the filter is thirty lines over two string
 * hashes, and the packages on npm bring hashing and encoding dependencies it does not need.
 */

/** Ten bits and seven probes per key: about 1% false positives at the expected size. */
const BITS_PER_KEY = 10;
const PROBES = 7;
const MIN_BITS = 1 << 12;
/** 16 MB: past this many keys the filter fills up and answers "maybe" more often, never wrongly "no". */
const MAX_BITS = 1 << 27;

/** Two independent 32-bit hashes of a string (FNV-1a and a multiply-shift variant). */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // An odd step visits distinct bits on the power-of-two table.
  return [a >>> 0, (b >>> 0) | 1];
}

export class BandKeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(expectedKeys: number) {
    let size = MIN_BITS;
    while (size < expectedKeys * BITS_PER_KEY && size < MAX_BITS) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  add(key: string): void {
    const [first, step] = hashes(key);
    for (let probe = 0; probe < PROBES; probe++) {
      const bit = (first + probe * step) & this.mask;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** False only for a key never added. */
  mightHave(key: string): boolean {
    const [first, step] = hashes(key);
    for (let probe = 0; probe < PROBES; probe++) {
      const bit = (first + probe * step) & this.mask;
      if (!(this.bits[bit >>> 5]! & (1 << (bit & 31)))) return false;
    }
    return true;
  }
}
