import { describe, expect, it } from 'vitest';
import { readSpeakerAfter } from './speaker-after';
import { readSpeakerBefore } from './speaker-phrase';

const before = (text: string, cue: string) => readSpeakerBefore(text, 0, text.indexOf(cue));
const after = (text: string, cue: string) =>
  readSpeakerAfter(text, text.indexOf(cue) + cue.length, text.length);

describe('speaker phrases', () => {
  it('strips titles and keeps them as the role', () => {
    expect(before('Finance Minister Jonas Berg said', 'said')).toMatchObject({
      kind: 'name',
      name: 'Jonas Berg',
      role: 'Finance Minister',
    });
  });

  it('reads an appositive role between commas', () => {
    const match = before(
      'Mira Solberg, a research fellow at the Centre for Coastal Studies, noted',
      'noted',
    );
    expect(match).toMatchObject({
      name: 'Mira Solberg',
      role: 'a research fellow at the Centre for Coastal Studies',
    });
  });

  it('takes the name from "a spokesman, Name," and the description as the role', () => {
    expect(before('A ministry spokesman, Ivo Brandt, said', 'said')).toMatchObject({
      name: 'Ivo Brandt',
      role: 'A ministry spokesman',
    });
  });

  it('reads inverted speakers with their role', () => {
    expect(
      after('said Tarik Osei, associate fellow at the Delta Lab, Institute for Rivers.', 'said'),
    ).toMatchObject({
      name: 'Tarik Osei',
      role: 'associate fellow at the Delta Lab, Institute for Rivers',
    });
  });

  it('classifies pronouns, groups and descriptions', () => {
    expect(before('he said', 'said')).toMatchObject({ kind: 'pronoun', gender: 'male' });
    expect(before('Analysts say', 'say')).toMatchObject({ kind: 'group' });
    expect(before('the official added', 'added')).toMatchObject({
      kind: 'description',
      text: 'the official',
    });
    expect(before('The deal said', 'said')).toBeNull();
  });
});
