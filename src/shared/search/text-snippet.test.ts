import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { snippetPieces } from './snippet';
import { highlightTerms, snippetFor } from './text-snippet';

const hitsOf = (text: string, query: string, words = 24) =>
  snippetPieces(snippetFor(text, highlightTerms(parseQuery(query)), words))
    .filter((p) => p.hit)
    .map((p) => p.text);

const LONG =
  'The harbour board met on Monday. ' +
  'Nothing else of note was said about the weather, the tides or the ferries that week. '.repeat(
    6,
  ) +
  'Later the dock workers at Port Alva voted to strike over grain exports, the union said.';

describe('text snippets', () => {
  it('shows the part of the text where the query words are densest, highlighted', () => {
    const snippet = snippetFor(LONG, highlightTerms(parseQuery('strike grain')));
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text).toContain('voted to strike over grain exports');
    expect(hitsOf(LONG, 'strike grain')).toEqual(['strike', 'grain']);
  });

  it('highlights phrases as one run and prefixes by the start of a word', () => {
    expect(hitsOf(LONG, '"dock workers" export*')).toEqual(['dock workers', 'exports']);
    expect(hitsOf(LONG, '"workers dock"')).toEqual([]);
  });

  it('matches without regard to case or accents, and ignores negated words and other fields', () => {
    const text = 'Le café du Port ferme. The CAFE owners said so.';
    expect(hitsOf(text, 'cafe')).toEqual(['café', 'CAFE']);
    expect(hitsOf(text, 'owners -cafe speaker:port')).toEqual(['owners']);
    // Letters outside the Basic Multilingual Plane stay inside their word.
    expect(hitsOf('A 𝐀𝐁c word here', '𝐀𝐁c')).toEqual(['𝐀𝐁c']);
  });

  it('shows the opening of the text when nothing matches, with its whitespace tidied', () => {
    const snippet = snippetFor(
      'One  two\nthree four five six',
      highlightTerms(parseQuery('zebra')),
      3,
    );
    expect(snippet).toEqual({ text: 'One two three…', highlights: [] });
    expect(snippetFor('', [], 3)).toEqual({ text: '', highlights: [] });
  });
});
