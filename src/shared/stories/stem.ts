/**
 * A light suffix stripper: enough to meet "strike", "strikes", "striking" and "negotiations",
 * "negotiated" at one form. Full Porter stemming gains little here and costs speed.
 */
const VOWEL = /[aeiouy]/;

function undouble(word: string): string {
  const n = word.length;
  if (n > 3 && word[n - 1] === word[n - 2] && !/[lsz]/.test(word[n - 1])) return word.slice(0, -1);
  return word;
}

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2)))
    w = undouble(w.slice(0, -2));
  else if (/[ts]ions?$/.test(w) && w.length > 6) w = w.replace(/ions?$/, '');

  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
