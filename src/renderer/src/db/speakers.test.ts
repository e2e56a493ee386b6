import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import type { QuoteRow } from './schema';
import { assignQuotes, mergeSpeakers, renameSpeaker, SpeakerIndex } from './speakers';

function quote(id: string, speakerId: string | null, speaker: string | null): QuoteRow {
  return {
    id,
    articleId: 'a',
    kind: 'direct',
    text: 'x',
    speaker,
    cue: null,
    start: 0,
    end: 1,
    origin: 'auto',
    review: 'pending',
    speakerId,
  };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('SpeakerIndex', () => {
  it('does not guess between two people who share a surname', () => {
    const speakers = [
      { id: '1', name: 'Ana Lind', aliases: [], role: null },
      { id: '2', name: 'Hanna Lind', aliases: [], role: null },
    ];
    const index = new SpeakerIndex(speakers);
    const speaker = index.resolve('Lind');
    expect(speakers.map((s) => s.id)).not.toContain(speaker.id);
    expect(speaker.name).toBe('Lind');
    expect(index.resolve('Ana Lind').id).toBe('1');
  });
});

describe('editing the people list', () => {
  beforeEach(async () => {
    await db.speakers.bulkAdd([
      { id: 's1', name: 'Jane Ortega', aliases: [], role: null },
      { id: 's2', name: 'J. Ortega', aliases: ['Minister Ortega'], role: 'Trade minister' },
    ]);
    await db.quotes.bulkAdd([
      quote('q1', 's1', 'Jane Ortega'),
      quote('q2', 's2', 'J. Ortega'),
      quote('q3', 's2', 'J. Ortega'),
    ]);
  });

  it('merges speakers: quotes, names and role move to the one kept', async () => {
    await mergeSpeakers('s1', ['s2']);
    expect(await db.speakers.toArray()).toEqual([
      {
        id: 's1',
        name: 'Jane Ortega',
        aliases: ['J. Ortega', 'Minister Ortega'],
        role: 'Trade minister',
      },
    ]);
    expect(
      (await db.quotes.toArray()).every((q) => q.speakerId === 's1' && q.speaker === 'Jane Ortega'),
    ).toBe(true);
  });

  it('renames a speaker everywhere and keeps the old name as an alias', async () => {
    await renameSpeaker('s1', 'Jane M. Ortega');
    expect(await db.speakers.get('s1')).toMatchObject({
      name: 'Jane M. Ortega',
      aliases: ['Jane Ortega'],
    });
    expect((await db.quotes.get('q1'))?.speaker).toBe('Jane M. Ortega');
  });

  it('splits quotes off to another person, and drops a speaker left with none', async () => {
    await assignQuotes(['q2', 'q3'], 'Julio Ortega');
    const speakers = await db.speakers.orderBy('name').toArray();
    expect(speakers.map((s) => s.name)).toEqual(['Jane Ortega', 'Julio Ortega']);
    expect((await db.quotes.get('q2'))?.speaker).toBe('Julio Ortega');
  });
});
