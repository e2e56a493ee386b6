/**
 * Name matching for the corpus's people list: the same person appears as "Scott Bessent",
 * "Bessent" and "Treasury Secretary Bessent" across outlets.
 */
import { rememberRecent } from '../text/remember-recent';

const TITLES = new Set(
  `mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary senator sen rep representative
  governor gov mayor chancellor chairman chairwoman chair ceo chief director general gen colonel col captain capt
  judge justice ambassador commissioner spokesman spokeswoman spokesperson treasury trade foreign defense defence
  state finance interior deputy premier king queen prince princess pope rev father sheikh former us u.s. the`.split(
    /\s+/,
  ),
);

/**
 * Lower-case words of a name without titles and punctuation: "Treasury Secretary Bessent" →
 * ["bessent"]. Import resolves every quote's speaker through these, mostly the same few names
 * again, so recent answers are remembered (and shared: callers must not change them).
 */
export const nameTokens: (name: string) => readonly string[] = rememberRecent((name) => {
  const words = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{M}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && TITLES.has(words[start]!)) start++;
  return words.slice(start);
});

/** A key that equal names share: "Scott  Bessent" and "scott bessent" match. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

export function surnameOf(name: string): string | null {
  const tokens = nameTokens(name);
  return tokens.length ? tokens[tokens.length - 1]! : null;
}

/** Whether a short form ("Bessent", "Secretary Bessent") can refer to a full name ("Scott Bessent"). */
export function isShortFormOf(short: string, full: string): boolean {
  const shortTokens = nameTokens(short);
  const fullTokens = nameTokens(full);
  if (!shortTokens.length || shortTokens.length >= fullTokens.length) return false;
  return (
    shortTokens.every((token) => fullTokens.includes(token)) &&
    shortTokens.at(-1) === fullTokens.at(-1)
  );
}
