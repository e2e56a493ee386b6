/**
 * Seeded random strings built from given pieces, for tests that compare a hand-written text walk
 * with the regex that defines it. Seeded, so a failure names a string that can be reproduced.
 */

/** Mulberry32: small, fast, and every bit of its output is usable (low bits included). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export function* randomTexts(
  pieces: readonly string[],
  count: number,
  maxPieces: number,
  seed = 20261124,
): Generator<string> {
  const next = mulberry32(seed);
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = next() % (maxPieces + 1);
    for (let i = 0; i < length; i++) text += pieces[next() % pieces.length];
    yield text;
  }
}
