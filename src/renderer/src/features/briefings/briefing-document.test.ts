import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BriefingTable, BriefingTimeline } from '../../../../shared/briefing/types';
import { deleteArticle } from '../../db/articles';
import {
  addSection,
  addToBriefing,
  createBriefing,
  moveItemTo,
  updateItemCommentary,
} from '../../db/briefings';
import { db } from '../../db/database';
import type { ArticleRow, QuoteRow } from '../../db/schema';
import { loadBriefingDocument } from './briefing-document';

function article(id: string, outlet: string, published: string | null, storyId = 's1'): ArticleRow {
  const field = <T>(value: T) => ({ value, source: 'file', guessed: false });
  return {
    id,
    title: `${outlet} on the dam vote`,
    outlet,
    published,
    author: null,
    url: null,
    language: 'en',
    wordCount: 120,
    kind: 'article',
    format: 'txt',
    sourcePath: `${id}.txt`,
    importFolder: 'fixtures',
    contentHash: `hash-${id}`,
    importedAt: 1,
    duplicateOf: null,
    storyId,
    metadata: {
      title: field(`${outlet} on the dam vote`),
      outlet: field(outlet),
      published: field(published),
      author: field(null),
      language: field('en'),
      url: field(null),
    },
    aggregator: null,
  };
}

function quote(id: string, articleId: string, speaker: string): QuoteRow {
  return {
    id,
    articleId,
    kind: 'direct',
    text: 'We will decide when the survey is done.',
    speaker,
    cue: 'said',
    start: 0,
    end: 10,
    origin: 'auto',
    review: 'pending',
    speakerId: null,
  };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.articles.bulkAdd([
    article('a1', 'Valley Post', '2026-04-05T09:00:00Z'),
    article('a2', 'Lakeside Courier', '2026-04-06'),
    article('a3', 'Lakeside Courier', null),
  ]);
  await db.bodies.bulkAdd(
    ['a1', 'a2', 'a3'].map((articleId) => ({
      articleId,
      body: 'The council delayed the dam vote.',
      original: '',
      bodyMap: [],
    })),
  );
  await db.stories.add({
    id: 's1',
    label: 'Dam vote delayed',
    labelByUser: false,
    articleCount: 3,
    outletCount: 2,
    firstPublished: '2026-04-05',
    lastPublished: '2026-04-06',
  });
  await db.quotes.bulkAdd([
    quote('q1', 'a1', 'Mara Quist'),
    quote('q2', 'a1', 'Mara Quist'),
    quote('q3', 'a2', 'Mara Quist'),
    quote('q4', 'a1', 'Ola Berg'),
  ]);
  await db.tags.add({
    id: 't1',
    name: 'Delay',
    color: '#0072b2',
    createdAt: 1,
    parentId: null,
    description: '',
  });
  await db.highlights.add({
    id: 'h1',
    articleId: 'a2',
    tagIds: ['t1'],
    note: '',
    createdAt: 1,
    kind: 'coded',
    claim: null,
    target: {
      position: { type: 'TextPositionSelector', start: 4, end: 11 },
      quote: { type: 'TextQuoteSelector', exact: 'council', prefix: 'The ', suffix: ' delayed' },
    },
  });
});

describe('loadBriefingDocument', () => {
  it('exports the briefing’s sections in order with its date, each holding its items', async () => {
    const briefing = await createBriefing('Dam vote');
    await addToBriefing(briefing.id, { highlightId: 'h1' });
    const findings = await addSection(briefing.id, 'Findings');
    await addToBriefing(briefing.id, { articleId: 'a1' });
    await db.briefings.update(briefing.id, { date: '2026-04-08' });

    const doc = await loadBriefingDocument(briefing.id);
    expect(doc.date).toBe('2026-04-08');
    expect(doc.items).toBeUndefined();
    expect(doc.sections!.map((s) => [s.title, s.items.map((i) => i.type)])).toEqual([
      ['Excerpts', ['excerpt']],
      ['Findings', ['citation']],
    ]);
    expect(doc.sections![1]!.items[0]).toMatchObject({
      type: 'citation',
      source: { title: 'Valley Post on the dam vote', contentHash: 'hash-a1' },
    });

    // Moving the excerpt leaves the first section empty: it is still exported, empty.
    const [excerpt] = await db.briefingItems.where('highlightId').equals('h1').toArray();
    await moveItemTo(briefing.id, excerpt!.id, 0, findings.id);
    const moved = await loadBriefingDocument(briefing.id);
    expect(moved.sections!.map((s) => [s.title, s.items.length])).toEqual([
      ['Excerpts', 0],
      ['Findings', 2],
    ]);
  });

  it('builds the timeline and matrices the Stories view shows, with the commentary', async () => {
    const { id } = await createBriefing();
    await addToBriefing(id, { figure: { kind: 'timeline', storyId: 's1' } });
    await addToBriefing(id, { figure: { kind: 'speaker-matrix', storyId: 's1' } });
    await addToBriefing(id, { figure: { kind: 'code-matrix', storyId: 's1' } });
    await addToBriefing(id, { figure: { kind: 'code-matrix', storyId: null } });
    const timelineRow = (await db.briefingItems.toArray()).find(
      (item) => item.figure?.kind === 'timeline',
    );
    await updateItemCommentary(timelineRow!.id, 'Valley Post was first.');

    const [timeline, speakers, codes, corpus] = (await loadBriefingDocument(id)).sections![0]!
      .items as [BriefingTimeline, BriefingTable, BriefingTable, BriefingTable];
    expect(timeline).toMatchObject({
      type: 'timeline',
      caption: 'When each outlet published: Dam vote delayed',
      commentary: 'Valley Post was first.',
      lanes: [
        { label: 'Lakeside Courier', dates: ['2026-04-06', 'undated'] },
        { label: 'Valley Post', dates: ['2026-04-05'] },
      ],
    });
    expect(speakers).toMatchObject({
      type: 'table',
      caption: 'Who is quoted, by whom: Dam vote delayed',
      header: ['Speaker', 'Valley Post', 'Lakeside Courier', 'Lakeside Courier'],
      rows: [
        ['Mara Quist', '2', '1', ''],
        ['Ola Berg (only one outlet)', '1', '', ''],
      ],
    });
    expect(speakers.sources?.map((s) => s.contentHash)).toEqual(['hash-a1', 'hash-a2', 'hash-a3']);
    expect(codes).toMatchObject({
      caption: 'Codes by outlet: Dam vote delayed',
      header: ['Code', 'Lakeside Courier'],
      rows: [['Delay', '1']],
    });
    expect(corpus.caption).toBe('Codes by outlet: whole corpus');
  });

  it('splits a matrix over too many articles into parts, each citing its own articles', async () => {
    await db.articles.bulkAdd(
      Array.from({ length: 8 }, (_, i) => article(`x${i}`, `Outlet ${i}`, '2026-04-07')),
    );
    await db.quotes.bulkAdd(
      Array.from({ length: 8 }, (_, i) => quote(`xq${i}`, `x${i}`, 'Mara Quist')),
    );
    const { id } = await createBriefing();
    await addToBriefing(id, { figure: { kind: 'speaker-matrix', storyId: 's1' } });
    const parts = (await loadBriefingDocument(id)).sections![0]!.items as BriefingTable[];
    expect(parts.map((p) => p.caption)).toEqual([
      'Who is quoted, by whom: Dam vote delayed (1 of 2)',
      'Who is quoted, by whom: Dam vote delayed (2 of 2)',
    ]);
    expect(parts.map((p) => p.header.length)).toEqual([9, 4]);
    expect(parts[1]!.sources).toHaveLength(3);
    expect(parts[1]!.rows[0]![0]).toBe('Mara Quist');
  });

  it('leaves out figures of a deleted story; deleting an article removes its citation', async () => {
    const { id } = await createBriefing();
    await addToBriefing(id, { figure: { kind: 'timeline', storyId: 's1' } });
    await addToBriefing(id, { articleId: 'a1' });
    await db.stories.delete('s1');
    await deleteArticle('a1');
    expect(await db.briefingItems.count()).toBe(1);
    expect((await loadBriefingDocument(id)).sections![0]!.items).toEqual([]);
  });
});
