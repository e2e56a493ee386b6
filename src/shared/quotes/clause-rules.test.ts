import { describe, expect, it } from 'vitest';
import { extractAttributions } from './index';

const all = (body: string) =>
  extractAttributions(body).map((a) => ({
    kind: a.kind,
    speaker: a.speaker,
    text: a.text,
    written: a.speakerStart === null ? null : body.slice(a.speakerStart, a.speakerEnd ?? 0),
  }));
const find = (body: string, fragment: string) => all(body).find((a) => a.text.includes(fragment));

describe('content after a longer gap before "that"', () => {
  it('reads a listener of several words and a place phrase with commas', () => {
    expect(
      find('Ines Kaur told a meeting of harbour workers that the cranes would stay.', 'cranes'),
    ).toMatchObject({ speaker: 'Ines Kaur', text: 'the cranes would stay' });
    expect(
      find('Tomas Berg says at a stop in Leeds, England, that the line will open.', 'line'),
    ).toMatchObject({ speaker: 'Tomas Berg', text: 'the line will open' });
    expect(find('Aides say that, by May, the plan will be ready.', 'plan')?.text).toBe(
      'by May, the plan will be ready',
    );
  });

  it('stops a statement before a trailing "…, the source added"', () => {
    const body =
      'Ada Morrow told the clerks that the depot would close, but the board refused, a source added.';
    expect(all(body).map((a) => a.text)).toContain('the depot would close, but the board refused');
  });
});

describe('subjects the word-by-word reader misses', () => {
  it('reads a trailing subject after the comma as a whole', () => {
    expect(find('The levy is unfair to growers, top regional farmers said.', 'levy')).toMatchObject(
      {
        speaker: 'top regional farmers',
        text: 'The levy is unfair to growers',
      },
    );
    expect(
      find('The boy was found safe on Friday, lawyers for the family said.', 'boy')?.speaker,
    ).toBe('lawyers for the family');
  });

  it('reads polls, studies and footage as the subject of "shows"', () => {
    expect(find('Footage of the crash shows the van braking hard.', 'van')).toMatchObject({
      speaker: 'footage of the crash',
      text: 'the van braking hard',
    });
    expect(
      find('The latest harbour survey released Friday shows that most boats are idle.', 'idle')
        ?.text,
    ).toBe('most boats are idle');
  });

  it('skips a participle appositive, adverbs and "percent" subjects', () => {
    expect(
      find('Rosa Lind, speaking to students in Bergen, said the fees would fall.', 'fees')?.speaker,
    ).toBe('Rosa Lind');
    expect(find('The engineers generally praised the new bridge design.', 'bridge')?.speaker).toBe(
      'engineers',
    );
    expect(find('Twelve percent indicated that they were not sure.', 'sure')?.text).toBe(
      'they were not sure',
    );
  });

  it('lets "who" give a person outside the lexicon, but not after a preposition', () => {
    expect(find('We met a welder who said the yard was closing.', 'yard')?.speaker).toBe('welder');
    expect(
      find('Donors from across the region who want change will give.', 'change'),
    ).toBeUndefined();
  });
});

describe('verb chains between subject and cue', () => {
  it('carries the subject over a raising verb, a progressive and "and has"', () => {
    expect(
      find('Pavel Novak appeared to suggest that the vote was rigged.', 'rigged')?.speaker,
    ).toBe('Pavel Novak');
    expect(
      find('Pavel Novak is once again questioning the count in the north.', 'count')?.speaker,
    ).toBe('Pavel Novak');
    expect(
      find('Lena Ortiz has opposed the tolls, and has called for a new ferry.', 'ferry')?.speaker,
    ).toBe('Lena Ortiz');
    expect(find('The union urged voters to reject the plan.', 'reject')?.text).toBe(
      'voters to reject the plan',
    );
  });

  it('reads "spoke emotionally of" and a listener after a trailing cue', () => {
    expect(find('Omar Reyes spoke emotionally of his years at sea.', 'years')?.text).toBe(
      'his years at sea',
    );
    expect(
      find('The mine could reopen next year, Omar Reyes told reporters.', 'mine'),
    ).toMatchObject({ speaker: 'Omar Reyes', text: 'The mine could reopen next year' });
    expect(
      find('Through a spokesman, Omar Reyes declined to comment.', 'spokesman'),
    ).toBeUndefined();
    // A refusal to comment on something is not a statement about it.
    expect(
      all('A spokesperson for the port authority declined to comment on the figures.'),
    ).toEqual([]);
    expect(
      find(
        'Ada Morrow declined to comment on the figures but said a report would follow.',
        'report',
      ),
    ).toMatchObject({ speaker: 'Ada Morrow', text: 'a report would follow' });
  });
});

describe('pronouns', () => {
  it('resolves "it" to the last organisation that spoke', () => {
    const body = 'The port authority said fees would rise. It said the change was overdue.';
    expect(find(body, 'overdue')).toMatchObject({ speaker: 'port authority', written: 'It' });
  });

  it('looks back into the previous paragraph and to a lone name of unknown gender', () => {
    const body =
      'Workers crowded the yard. Senator Ada Morrow visited the mill on Monday. The roof leaked. The pay was late. Everyone waited in the rain.\n\nShe said the mill would stay open.';
    expect(find(body, 'mill would')?.speaker).toBe('Ada Morrow');
    const lone = 'The plan is fair, Okonjo said. He said the vote would follow.';
    expect(find(lone, 'vote')?.speaker).toBe('Okonjo');
  });
});
