/**
 * Wraps a pure function of a string so that recent answers are remembered. The analysis asks
 * about the same lines and words many times per article (every headline candidate against every
 * line, every rule over every word); the memory is dropped whole once it holds `limit` keys,
 * which bounds it without the bookkeeping of a true LRU.
 */
/** Enough for every line of the pages being analysed at once, few enough to stay small. */
const DEFAULT_LIMIT = 4096;

export function rememberRecent<T>(
  compute: (key: string) => T,
  limit = DEFAULT_LIMIT,
): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    // One look-up for a remembered answer; `has` only tells a remembered undefined from none.
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
