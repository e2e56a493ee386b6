import { describe, expect, it } from 'vitest';
import { cueVerbFormCount, framesDirectQuote, lookupCueVerb } from './cue-verbs';

describe('cue verbs', () => {
  it('knows a few hundred speech verb forms', () => {
    expect(cueVerbFormCount()).toBeGreaterThan(600);
  });

  it('inflects regular, irregular, doubled and British forms', () => {
    expect(lookupCueVerb('said')?.base).toBe('say');
    expect(lookupCueVerb('told')?.frame).toBe('listener');
    expect(lookupCueVerb('admitted')?.base).toBe('admit');
    expect(lookupCueVerb('signalled')?.base).toBe('signal');
    expect(lookupCueVerb('highlighting')).toMatchObject({ base: 'highlight', participle: true });
    expect(lookupCueVerb('described')?.frame).toBe('object');
    expect(lookupCueVerb('table')).toBeNull();
  });

  it('separates verbs that frame quotations from belief verbs that need a clause', () => {
    expect(framesDirectQuote('added')).toBe(true);
    expect(framesDirectQuote('rejected')).toBe(false);
  });
});
