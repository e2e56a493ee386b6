/**
 * Stable story id: a hash of the sorted member ids, so the same members give the same id
 * whatever order they arrive in.
 */
export function storyIdFor(memberIds: readonly string[]): string {
  const sorted = [...memberIds].sort();
  // Two independent 32-bit FNV-1a streams make a 64-bit id: collisions stay negligible for a library.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (const id of sorted) {
    for (let i = 0; i <= id.length; i++) {
      // The code 0 after each id separates ["ab","c"] from ["a","bc"].
      const code = i < id.length ? id.charCodeAt(i) : 0;
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x5bd1e995) ^ (h2 >>> 15);
    }
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return `story-${hex(h1)}${hex(h2)}`;
}
