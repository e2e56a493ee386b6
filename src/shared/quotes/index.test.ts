import { describe, expect, it } from 'vitest';
import { extractAttributions, extractQuotes } from './index';

/** Speaker, kind and text of each result, for compact assertions. */
const summary = (body: string) =>
  extractAttributions(body).map((a) => ({
    kind: a.kind,
    speaker: a.speaker,
    text: a.text,
    rule: a.rule,
  }));
const find = (body: string, fragment: string, kind?: 'direct' | 'indirect') =>
  extractAttributions(body).find((a) => a.text.includes(fragment) && (!kind || a.kind === kind));

describe('extractQuotes: direct quotations', () => {
  it('attributes “…,” said X with exact offsets', () => {
    const body = '“The bridge will open in May,” said Lina Petrov, the city engineer.';
    const [quote] = extractQuotes(body);
    expect(quote).toEqual({
      kind: 'direct',
      text: 'The bridge will open in May,',
      speaker: 'Lina Petrov',
      cue: 'said',
      start: 1,
      end: 29,
    });
    expect(body.slice(quote.start, quote.end)).toBe(quote.text);
    expect(find(body, 'bridge')?.role).toBe('the city engineer');
  });

  it('attributes "…," X said with straight marks and a title', () => {
    expect(
      summary('"We are not done yet," Treasury Secretary Ada Morrow stated on Sunday.'),
    ).toEqual([
      {
        kind: 'direct',
        speaker: 'Ada Morrow',
        text: 'We are not done yet,',
        rule: 'quote-then-cue',
      },
    ]);
  });

  it('attributes both halves of a quote split by "he said"', () => {
    const body =
      'Omar Reyes runs the depot.\n\n“We lost two trucks,” he said. “Both were insured.”';
    expect(summary(body).filter((q) => q.kind === 'direct')).toEqual([
      {
        kind: 'direct',
        speaker: 'Omar Reyes',
        text: 'We lost two trucks,',
        rule: 'quote-then-cue',
      },
      { kind: 'direct', speaker: 'Omar Reyes', text: 'Both were insured.', rule: 'same-paragraph' },
    ]);
  });

  it('attributes X said: “…” and a quote running over two paragraphs', () => {
    const body = 'Mayor Carla Brandt said: “The budget is tight.\n\n“We will still fix the roads.”';
    expect(summary(body)).toEqual([
      {
        kind: 'direct',
        speaker: 'Carla Brandt',
        text: 'The budget is tight.',
        rule: 'cue-then-quote',
      },
      {
        kind: 'direct',
        speaker: 'Carla Brandt',
        text: 'We will still fix the roads.',
        rule: 'multi-paragraph',
      },
    ]);
  });

  it('gives a paragraph that is all quote the previous speaker', () => {
    const body =
      '“Prices are falling,” said Jonas Ekberg, a grain trader.\n\n“Nobody expected it this early in the season.”';
    expect(find(body, 'Nobody')).toMatchObject({
      speaker: 'Jonas Ekberg',
      rule: 'paragraph-inherits',
    });
  });

  it('attributes a partial quote inside reported speech to the reported speaker', () => {
    const body =
      'Tove Lind, author of Salt Roads, noted the port could recover, but “not this year or next.”';
    expect(find(body, 'not this year', 'direct')).toMatchObject({
      kind: 'direct',
      speaker: 'Tove Lind',
      rule: 'partial-in-reported',
    });
    expect(find(body, 'the port could recover', 'indirect')).toMatchObject({
      kind: 'indirect',
      speaker: 'Tove Lind',
      cue: 'noted',
    });
  });

  it('leaves unattributed quotes without a speaker and drops short scare quotes', () => {
    const body =
      'The so-called “green deal” tariffs began in April.\n\n“This is a long quotation with nobody named anywhere near it.”';
    expect(summary(body)).toEqual([
      {
        kind: 'direct',
        speaker: null,
        text: 'This is a long quotation with nobody named anywhere near it.',
        rule: 'unattributed',
      },
    ]);
  });

  it('reads a quote signed with a dash at the end of a paragraph', () => {
    expect(find('“The debate changed my mind completely.” ― Rosa Delgado', 'debate')).toMatchObject(
      { speaker: 'Rosa Delgado' },
    );
  });
});

describe('extractQuotes: reported speech', () => {
  it.each([
    ['Ada Morrow said that the mine would reopen.', 'Ada Morrow', 'said', 'the mine would reopen'],
    ['Ada Morrow noted the mine would reopen.', 'Ada Morrow', 'noted', 'the mine would reopen'],
    [
      'Ada Morrow stressed that the mine would reopen.',
      'Ada Morrow',
      'stressed',
      'the mine would reopen',
    ],
    [
      'Ada Morrow highlighted that the mine would reopen.',
      'Ada Morrow',
      'highlighted',
      'the mine would reopen',
    ],
    [
      'Ada Morrow indicated that the mine would reopen.',
      'Ada Morrow',
      'indicated',
      'the mine would reopen',
    ],
    [
      'Ada Morrow warned that the mine would reopen.',
      'Ada Morrow',
      'warned',
      'the mine would reopen',
    ],
    ['Ada Morrow believes the mine will reopen.', 'Ada Morrow', 'believes', 'the mine will reopen'],
    [
      'Ada Morrow expressed hope that the mine would reopen.',
      'Ada Morrow',
      'expressed',
      'hope that the mine would reopen',
    ],
    [
      'Ada Morrow told Meridian Wire that the mine would reopen.',
      'Ada Morrow',
      'told',
      'the mine would reopen',
    ],
    [
      'Ada Morrow described the deal as a lifeline for the valley.',
      'Ada Morrow',
      'described',
      'the deal as a lifeline for the valley',
    ],
    [
      'Ada Morrow rejected any suggestion of a secret payment.',
      'Ada Morrow',
      'rejected',
      'any suggestion of a secret payment',
    ],
    [
      'According to Ada Morrow, the mine will reopen.',
      'Ada Morrow',
      'according to',
      'the mine will reopen',
    ],
    [
      'The mine will reopen, according to Ada Morrow.',
      'Ada Morrow',
      'according to',
      'The mine will reopen',
    ],
    [
      'The mine will reopen in June, the company said on Friday.',
      'company',
      'said',
      'The mine will reopen in June',
    ],
    [
      'The mine will reopen in June, said a company spokesman.',
      'company spokesman',
      'said',
      'The mine will reopen in June',
    ],
  ])('%s', (body, speaker, cue, text) => {
    expect(extractQuotes(body)).toEqual([
      {
        kind: 'indirect',
        speaker,
        cue,
        text,
        start: body.indexOf(text),
        end: body.indexOf(text) + text.length,
      },
    ]);
  });

  it('splits "X described A, while Y rejected B" into two statements', () => {
    const body =
      'President Ola Brenn described the pact as a fair deal, while Trade Secretary Nils Varga rejected any suggestion of a trade-off.';
    expect(summary(body)).toEqual([
      {
        kind: 'indirect',
        speaker: 'Ola Brenn',
        text: 'the pact as a fair deal',
        rule: 'speaker-cue-content',
      },
      {
        kind: 'indirect',
        speaker: 'Nils Varga',
        text: 'any suggestion of a trade-off',
        rule: 'speaker-cue-content',
      },
    ]);
  });

  it('carries the speaker into "…, adding that …"', () => {
    expect(
      find('Ada Morrow said the mine would reopen, adding that jobs would return.', 'jobs'),
    ).toMatchObject({ speaker: 'Ada Morrow', rule: 'participle' });
  });

  it('reports groups as speakers', () => {
    expect(find('Analysts say the harvest will be late.', 'harvest')).toMatchObject({
      speaker: 'analysts',
    });
    expect(find('Authorities reported a rise in smuggling cases.', 'smuggling')).toMatchObject({
      speaker: 'authorities',
    });
  });
});

describe('speaker resolution', () => {
  it('links a surname, with or without a title, to the full name given earlier', () => {
    const body =
      'The Treasury Secretary, Scott Varnel, met the envoys.\n\nTreasury Secretary Varnel said that talks would resume. “We are close,” Varnel said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Scott Varnel', 'Scott Varnel']);
  });

  it('sends he and she to the last person of matching gender', () => {
    const body =
      'Maria Holt met Peter Sand on Monday. “It went well,” she said. “We agreed on a date,” he said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Maria Holt', 'Peter Sand']);
  });

  it('links "the official added" to the earlier description', () => {
    const body =
      'The summit will take place in May, a senior foreign ministry official said.\n\nThe leaders will also discuss fishing rights, the official added.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual([
      'senior foreign ministry official',
      'senior foreign ministry official',
    ]);
  });

  it('says null rather than guessing a pronoun with nobody to refer to', () => {
    expect(extractQuotes('“We will appeal,” she said.')).toEqual([
      { kind: 'direct', text: 'We will appeal,', speaker: null, cue: 'said', start: 1, end: 16 },
    ]);
  });

  it('records how the speaker was found', () => {
    const body = 'Maria Holt chairs the board. “We will appeal,” she said.';
    expect(extractAttributions(body)[0]).toMatchObject({
      resolution: 'pronoun',
      speakerStart: body.indexOf('she'),
      speakerEnd: body.indexOf('she') + 3,
    });
  });
});
