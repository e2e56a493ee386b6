/**
 * Turns a speaker phrase into a speaker string using what came before in the article:
 * surnames link to earlier full names, pronouns go to the last person of matching gender
 * in the current or previous paragraph (at least the previous two sentences), "the official" links to "a White House official".
 * When nothing fits, the answer is null rather than a guess.
 */

import type { PersonMention } from './mentions';
import { type Gender, isOrganizationWord, surnameOf } from './names';
import type { Sentence } from './paragraphs';
import type { SpeakerMatch } from './speaker-phrase';
import type { SpeakerResolution } from './types';

export interface ResolvedSpeaker {
  speaker: string | null;
  resolution: SpeakerResolution;
  role: string | null;
}

interface KnownSpeaker {
  speaker: string;
  offset: number;
  paragraph: number;
  gender: Gender | 'plural';
  isPerson: boolean;
  /** Last word of a description ("official"), to link "the official" back. */
  head: string | null;
}

const compatible = (wanted: Gender | 'plural', actual: Gender | 'plural'): boolean =>
  wanted === 'plural' ? actual === 'plural' : actual === 'unknown' || actual === wanted;

const stripArticle = (text: string): string => text.replace(/^(the|a|an)\s+/i, '');

/** Lower-cases a sentence-initial common noun ("Analysts" -> "analysts") but keeps names. */
const tidyGroup = (text: string): string => {
  const stripped = stripArticle(text);
  return /^\p{Lu}\p{Ll}+$/u.test(stripped.split(' ')[0]) &&
    stripped === text &&
    !/\s\p{Lu}/u.test(stripped)
    ? stripped.toLowerCase()
    : stripped;
};

export class SpeakerResolver {
  private readonly known: KnownSpeaker[] = [];

  constructor(
    private readonly mentions: PersonMention[],
    private readonly sentences: Sentence[],
  ) {}

  private sentenceIndexAt(offset: number): number {
    let low = 0;
    let high = this.sentences.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.sentences[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private fullNameFor(name: string, offset: number): { name: string; gender: Gender } | null {
    if (name.includes(' ')) return null;
    const surname = surnameOf(name).toLowerCase();
    const candidates = [
      ...this.mentions.map((m) => ({ name: m.name, gender: m.gender, offset: m.start })),
      ...this.known
        .filter((k) => k.isPerson)
        .map((k) => ({ name: k.speaker, gender: k.gender as Gender, offset: k.offset })),
    ].filter((c) => c.name.includes(' ') && surnameOf(c.name).toLowerCase() === surname);
    const before = candidates.filter((c) => c.offset < offset).sort((a, b) => b.offset - a.offset);
    const pick = before[0] ?? candidates.sort((a, b) => a.offset - b.offset)[0];
    return pick ? { name: pick.name, gender: pick.gender } : null;
  }

  private personGender(name: string): Gender {
    const mention = this.mentions.find((m) => m.name === name && m.gender !== 'unknown');
    return mention?.gender ?? 'unknown';
  }

  /** The last speaker before `offset`, if it is in the same or the previous paragraph. */
  lastSpeaker(offset: number, paragraph: number): KnownSpeaker | null {
    const last = [...this.known].reverse().find((k) => k.offset < offset);
    return last && paragraph - last.paragraph <= 1 ? last : null;
  }

  /**
   * Where a pronoun may look back to: the previous two sentences, widened to the start of the
   * previous paragraph ("he" often opens a paragraph about the person named in the one before).
   */
  private windowStart(offset: number, paragraph: number): number {
    const index = this.sentenceIndexAt(offset);
    let first = Math.max(0, index - 2);
    while (first > 0 && this.sentences[first - 1].paragraph >= paragraph - 1) first--;
    return this.sentences[first].start;
  }

  private resolvePronoun(
    gender: Gender | 'plural',
    offset: number,
    paragraph: number,
  ): string | null {
    const windowStart = this.windowStart(offset, paragraph);
    type Candidate = { name: string; offset: number; gender: Gender | 'plural'; isPerson: boolean };
    const candidates: Candidate[] = [
      ...this.mentions.map((m) => ({
        name: m.name,
        offset: m.start,
        gender: m.gender as Gender | 'plural',
        isPerson: true,
      })),
      ...this.known.map((k) => ({
        name: k.speaker,
        offset: k.offset,
        gender: k.gender,
        isPerson: k.isPerson,
      })),
    ].filter(
      (c) =>
        c.offset >= windowStart &&
        c.offset < offset &&
        (gender === 'plural' ||
          (c.isPerson && (c.gender !== 'unknown' || /\p{Lu}/u.test(c.name[0] ?? '')))),
    );
    candidates.sort((a, b) => b.offset - a.offset);
    // A person whose gender is known to match beats a more recent one whose gender is unknown.
    const hit =
      candidates.find((c) => c.gender === gender) ??
      candidates.find((c) => compatible(gender, c.gender));
    if (hit) return hit.name;
    // "Obama said. He …": a short capitalised name not known as a person is still the best guess.
    if (gender !== 'plural') {
      const named = this.known.filter(
        (k) =>
          k.offset >= windowStart &&
          k.offset < offset &&
          k.gender === 'unknown' &&
          /^\p{Lu}\p{Ll}/u.test(k.speaker) &&
          k.speaker.split(' ').length <= 3 &&
          !k.speaker.split(' ').some(isOrganizationWord),
      );
      // Only when there is no choice to make: "Obama … Suu Kyi … she" must not guess.
      if (new Set(named.map((k) => k.speaker)).size === 1) return named[0].speaker;
    }
    const last = this.lastSpeaker(offset, paragraph);
    if (last && (gender === 'plural' || last.isPerson) && compatible(gender, last.gender))
      return last.speaker;
    return null;
  }

  /** "It said": the last organisation or document that spoke, in this or the previous paragraph. */
  private resolveIt(offset: number, paragraph: number): string | null {
    const windowStart = this.windowStart(offset, paragraph);
    const hit = [...this.known]
      .reverse()
      .find(
        (k) =>
          k.offset >= windowStart &&
          k.offset < offset &&
          k.gender === 'unknown' &&
          (!k.isPerson || /^\p{Ll}/u.test(k.speaker)),
      );
    return hit?.speaker ?? null;
  }

  resolve(phrase: SpeakerMatch, paragraph: number): ResolvedSpeaker {
    const offset = phrase.start;
    let result: ResolvedSpeaker;
    let gender = phrase.gender;
    let head: string | null = null;
    let isPerson = phrase.isPerson;
    switch (phrase.kind) {
      case 'name': {
        const full = this.fullNameFor(phrase.name ?? phrase.text, offset);
        if (full) {
          if (gender === 'unknown') gender = full.gender;
          isPerson = true;
          result = { speaker: full.name, resolution: 'surname-link', role: phrase.role };
        } else {
          const name = phrase.name ?? phrase.text;
          if (gender === 'unknown') gender = this.personGender(name);
          result = { speaker: name, resolution: 'name', role: phrase.role };
        }
        break;
      }
      case 'pronoun': {
        const speaker =
          phrase.gender === 'unknown'
            ? this.resolveIt(offset, paragraph)
            : this.resolvePronoun(phrase.gender, offset, paragraph);
        const linked = speaker
          ? [...this.known].reverse().find((k) => k.speaker === speaker)
          : undefined;
        if (linked) gender = linked.gender;
        result = { speaker, resolution: speaker ? 'pronoun' : 'none', role: null };
        break;
      }
      case 'description':
      case 'group': {
        head = phrase.text.split(/\s+/).pop()?.toLowerCase() ?? null;
        const definite = /^(the|this|that)\s/i.test(phrase.text);
        const earlier = definite
          ? [...this.known].reverse().find((k) => k.head === head && k.offset < offset)
          : undefined;
        result = earlier
          ? { speaker: earlier.speaker, resolution: 'description-link', role: phrase.role }
          : { speaker: tidyGroup(phrase.text), resolution: phrase.kind, role: phrase.role };
        break;
      }
    }
    if (result.speaker) {
      this.known.push({ speaker: result.speaker, offset, paragraph, gender, isPerson, head });
    }
    return result;
  }

  /** Records a speaker carried over (inherited) so later pronouns can find it. */
  rememberInherited(speaker: string, offset: number, paragraph: number): void {
    const previous = [...this.known].reverse().find((k) => k.speaker === speaker);
    this.known.push({
      speaker,
      offset,
      paragraph,
      gender: previous?.gender ?? 'unknown',
      isPerson: previous?.isPerson ?? true,
      head: previous?.head ?? null,
    });
  }
}
