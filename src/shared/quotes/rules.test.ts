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

describe('reported speech beyond "said that"', () => {
  it('takes an infinitive after promise-like verbs and a person before "to"', () => {
    expect(find('Mayor Ines Kaur promised to reopen the ferry route.', 'reopen')).toMatchObject({
      speaker: 'Ines Kaur',
      text: 'to reopen the ferry route',
    });
    expect(find('The union urged members to reject the offer.', 'reject')?.text).toBe(
      'members to reject the offer',
    );
    expect(find('The firm agreed to a pay rise for drivers.', 'pay rise')).toBeUndefined();
  });

  it('takes embedded questions and prepositional objects', () => {
    expect(find('Tomas Berg questioned whether the dam was safe.', 'dam')?.text).toBe(
      'whether the dam was safe',
    );
    expect(find('The senator called for a full recount of the ballots.', 'recount')?.text).toBe(
      'a full recount of the ballots',
    );
    expect(find('Lena Ortiz talked about her plans for the harbour.', 'harbour')?.text).toBe(
      'her plans for the harbour',
    );
  });

  it('lets polls and studies "show" without "that"', () => {
    expect(find('Recent polls show the mayor ahead by four points.', 'ahead')).toMatchObject({
      speaker: 'recent polls',
      text: 'the mayor ahead by four points',
    });
    expect(find('Ines Kaur showed the visitors around the plant.', 'visitors')).toBeUndefined();
  });

  it('reads progressives, coordinated verbs and passives with an agent', () => {
    expect(find('Pavel Novak is calling for an inquiry into the fire.', 'inquiry')?.speaker).toBe(
      'Pavel Novak',
    );
    expect(
      find('Rosa Lind is wary of the budget and expects it to fall apart by spring.', 'fall apart')
        ?.speaker,
    ).toBe('Rosa Lind');
    expect(
      find('The new bridge design was criticized by Marta Hale at the hearing.', 'bridge'),
    ).toMatchObject({ speaker: 'Marta Hale', text: 'The new bridge design' });
  });

  it('splits a parenthetical attribution around the cue', () => {
    const body = 'The new plant, Omar Reyes said, would employ 300 people.';
    expect(all(body).map((a) => a.text)).toEqual(['The new plant', 'would employ 300 people']);
  });

  it('does not take a time phrase for the content', () => {
    expect(all('“We are ready,” Ines Kaur said Friday as she left the hall.')).toHaveLength(1);
    expect(find('Editor’s note: this story has been updated with new figures.', 'story')).toBe(
      undefined,
    );
  });
});

describe('speakers of quotations without a cue of their own', () => {
  it('inherits an unresolved pronoun within the paragraph', () => {
    const body = '“We cannot wait,” she said. “The roof leaks every winter.”';
    expect(find(body, 'roof')).toMatchObject({ written: 'she' });
  });

  it('takes the speaker of an earlier reported statement in the paragraph', () => {
    const body = 'Nadia Perez said the clinic would close. “It breaks my heart to say it.”';
    expect(find(body, 'heart')?.speaker).toBe('Nadia Perez');
  });

  it('takes the speaker that opens the next sentence', () => {
    const body =
      'The vote was close.\n\n“This is only the start.” Karl Weiss said the party would appeal.';
    expect(find(body, 'only the start')?.speaker).toBe('Karl Weiss');
  });

  it('gives a participle before a quote the subject of the sentence', () => {
    const body =
      'During the debate, Ada Morrow attacked Bob Lane over the budget, saying, “He has no plan at all.”';
    expect(find(body, 'no plan')?.speaker).toBe('Ada Morrow');
  });

  it('accepts documents, narrators and modifiers before a title as speakers', () => {
    expect(find('“We demand a public hearing,” the letter reads.', 'hearing')?.speaker).toBe(
      'letter',
    );
    expect(
      find('“Who will answer the phone?” the ad’s narrator asks.', 'phone')?.written,
    ).toContain('narrator');
    expect(
      find('“Subpoenas are not optional,” panel Chairman Ray Dunn said after the vote.', 'optional')
        ?.speaker,
    ).toBe('Ray Dunn');
  });

  it('does not take a clause inside an appositive for the speaker', () => {
    const body =
      '“It is an overreach,” Ana Silva, the attorney general of the state, one of the states suing the agency, said.';
    expect(find(body, 'overreach')?.speaker).toBe('Ana Silva');
  });

  it('sees an open quote that ends in an inner closing mark', () => {
    const body = '“They call us ‘troublemakers,’” Lea Moss told The Harbour Times.';
    expect(find(body, 'troublemakers')?.speaker).toBe('Lea Moss');
  });

  it('drops short titles in quotes but keeps quoted words', () => {
    const body = 'Ines Kaur told the radio show “Morning Harbour” that the plan was dead.';
    expect(all(body).some((a) => a.kind === 'direct')).toBe(false);
  });
});

describe('headlines', () => {
  it('reads "Source: statement" and title-case "Says"', () => {
    const colon = 'Kaur: Ferry Route Will Reopen in May\n\nThe ferry has been idle for a year.';
    expect(find(colon, 'Ferry Route')).toMatchObject({ speaker: 'Kaur' });
    const says = 'Ferry Route Will Reopen in May, Ines Kaur Says\n\nThe ferry has been idle.';
    expect(find(says, 'Ferry Route')?.speaker).toBe('Ines Kaur');
    const plain = 'The Latest: Ferry Route Will Reopen\n\nThe ferry has been idle.';
    expect(find(plain, 'Ferry Route')).toBeUndefined();
  });
});
