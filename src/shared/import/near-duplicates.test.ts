import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from './near-duplicates';

const STORY = [
  'Dock workers at the port of Valmera walked off the job on Monday, leaving dozens of grain ships waiting offshore, the regional labour office said.',
  'The union is demanding a new pay scale after two years of rising living costs, and says the harbour authority has ignored three rounds of proposals since the autumn.',
  'Exporters warned that a long stoppage could push buyers towards rival terminals, and a mediator is expected to meet both sides on Thursday.',
].join('\n\n');

const OTHER_STORY = [
  'The city council approved a new cycling plan on Tuesday that adds forty kilometres of protected lanes over the next five years.',
  'Shop owners on the main avenue worried about losing parking spaces, while commuters welcomed safer routes to the train station.',
  'Construction on the first section is due to start in the spring once the budget for the project is confirmed by the regional government.',
].join('\n\n');

describe('near-duplicate index', () => {
  it('finds a syndicated copy with small edits and a different sign-off', () => {
    const index = createDuplicateIndex();
    index.add('ledger.txt', STORY);
    index.add('council.txt', OTHER_STORY);
    const copy = `${STORY.replace('on Monday', 'early on Monday').replace('the regional labour office said', 'officials said')}\n\nReporting by the Coastline Daily desk.`;
    const match = index.findDuplicateOf(copy);
    expect(match?.id).toBe('ledger.txt');
    expect(match!.similarity).toBeGreaterThan(0.6);
  });

  it('reports exact body duplicates with similarity 1, ignoring case and punctuation', () => {
    const index = createDuplicateIndex();
    index.add('a.txt', STORY);
    expect(index.findDuplicateOf(STORY.toUpperCase().replace(/,/g, ''))).toEqual({
      id: 'a.txt',
      similarity: 1,
    });
  });

  it('does not pair different stories on the same topic', () => {
    const index = createDuplicateIndex();
    index.add('ledger.txt', STORY);
    const sameTopic =
      'Grain exports from Valmera fell sharply last year as dock workers and the harbour authority argued over pay, according to the regional labour office. Buyers turned to rival terminals while talks dragged on.';
    expect(index.findDuplicateOf(sameTopic)).toBeNull();
    expect(index.findDuplicateOf(OTHER_STORY)).toBeNull();
    expect(index.findDuplicateOf('')).toBeNull();
  });

  // How fast the index grows is measured by npm run bench:import, not asserted here.
  it('holds many editions of one story, pairs a new edition with one of them and no other story', () => {
    const index = createDuplicateIndex();
    const edition = (i: number): string =>
      `${OTHER_STORY} Edition number ${i} with extra words ${i * 7} and ${i * 13}.`;
    for (let i = 0; i < 300; i++) index.add(`doc-${i}`, edition(i));
    expect(index.size).toBe(300);
    expect(index.findDuplicateOf(edition(300))?.id).toMatch(/^doc-\d+$/);
    expect(index.findDuplicateOf(STORY)).toBeNull();
  });
});
