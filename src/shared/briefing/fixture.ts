/** A small briefing with one item of every type and awkward text, for the exporters' tests. */
import type { BriefingDocument, CitedSource } from './types';

export const FIXTURE_SOURCE: CitedSource = {
  title: 'Dam vote <delayed> & "reviewed"',
  outlet: 'Riverside Herald',
  published: '2026-04-05',
  author: 'Amir Haddad',
  sourcePath: 'world/dam.md',
  url: 'https://example.org/dam?a=1&b=2',
  contentHash: 'abc123',
};

export const FIXTURE_SOURCE_2: CitedSource = {
  title: 'Council: *no* decision before May',
  outlet: 'Valley Post',
  published: '2026-04-06',
  author: null,
  sourcePath: 'valley/council.html',
  url: null,
  contentHash: 'def456',
};

export const FIXTURE: BriefingDocument = {
  title: 'Korsa dam <coverage>',
  author: 'Desk',
  date: '2026-04-08',
  summary: 'Outlets disagree on *why* the vote moved.',
  sections: [
    {
      title: 'How outlets framed the delay',
      intro: 'Two outlets, two framings.',
      items: [
        {
          type: 'text',
          heading: 'Overview',
          body: 'First paragraph with # hash and [link](x).\n\nSecond | paragraph.',
          commentary: '',
        },
        {
          type: 'quote',
          speaker: 'Mayor Ilse Brandt',
          kind: 'direct',
          text: 'We will not be rushed <again>',
          start: 120,
          end: 150,
          commentary: 'Only the Herald carries this.',
          source: FIXTURE_SOURCE,
        },
        {
          type: 'table',
          caption: 'Side by side',
          header: ['', 'Riverside Herald', 'Valley Post'],
          rows: [
            ['Headline', 'Dam vote delayed', 'Council: no decision'],
            ['Words', '812', ''],
          ],
          commentary: 'Lengths differ | a lot.',
        },
        {
          type: 'timeline',
          caption: 'When each outlet published',
          lanes: [
            { label: 'Riverside Herald', dates: ['2026-04-05', '2026-04-07'] },
            { label: 'Valley Post', dates: ['2026-04-06', 'spring 2026'] },
          ],
          commentary: '',
        },
        { type: 'citation', source: FIXTURE_SOURCE_2, commentary: 'Background piece.' },
      ],
    },
  ],
  items: [
    {
      kind: 'coded',
      claim: null,
      note: '',
      exact: 'the only fair answer',
      start: 10,
      end: 30,
      tags: [{ name: 'Process', color: '#0072b2' }],
      commentary: 'Key line',
      source: FIXTURE_SOURCE,
    },
    {
      kind: 'claim',
      claim: { status: 'disputed', evidence: 'Minutes <b>say</b> otherwise' },
      note: 'Check the minutes',
      exact: '<img src=x onerror=alert(1)> =SUM(A1)',
      start: 40,
      end: 60,
      tags: [{ name: 'Odd', color: 'red;background:url(x)' }],
      commentary: '',
      source: FIXTURE_SOURCE_2,
    },
  ],
};
