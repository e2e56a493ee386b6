import { describe, expect, it } from 'vitest';
import { extractNamedEntities } from './entities';
import { normaliseWord } from './tokens';

describe('extractNamedEntities', () => {
  const text =
    'Treasury Secretary Scott Bessent met Chinese Vice-Premier He Lifeng in Geneva. The Port of Rotterdam Authority said ' +
    'dockers would strike. Officials in Kuala Lumpur agreed with the Bank of England.';
  const entities = extractNamedEntities(text);
  const byKey = new Map(entities.map((e) => [e.key, e]));

  it('strips titles and keeps the person', () => {
    expect(byKey.get('scott bessent')?.type).toBe('person');
    expect(byKey.get('he lifeng')?.type).toBe('person');
  });

  it('finds organisations and places with connectors inside', () => {
    expect(byKey.get('port of rotterdam authority')?.type).toBe('organisation');
    expect(byKey.get('bank of england')?.type).toBe('organisation');
    expect(byKey.get('kuala lumpur')?.type).toBe('place');
    expect(byKey.has('geneva')).toBe(true);
  });

  it('does not take sentence-initial words for names or run across sentences', () => {
    expect(byKey.has('the')).toBe(false);
    expect(byKey.has('officials')).toBe(false);
    expect(entities.every((e) => !e.text.includes('.'))).toBe(true);
  });

  it('reports offsets that point at the text', () => {
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('calendar abbreviations', () => {
  it('are not words of a story, so a wire dateline ("Oct 14") names no one', () => {
    for (const word of ['Oct', 'Feb', 'Sept', 'Thu']) expect(normaliseWord(word)).toBe('');
    expect(normaliseWord('October')).toBe('');
  });
});
