/**
 * The corpus's people list. Quotes point at speakers; names seen in articles are matched to
 * existing speakers by full name, alias, or a surname that only one speaker carries.
 */
import { isShortFormOf, nameKey, surnameOf } from '../../../shared/quotes/speaker-names';
import { db } from './database';
import type { SpeakerRow } from './schema';

/**
 * Finds the speaker a name refers to, creating or improving one as needed. Indexed by name key and
 * by surname so each lookup is constant-time however long the people list grows.
 */
export class SpeakerIndex {
  private readonly byKey = new Map<string, SpeakerRow>();
  private readonly bySurname = new Map<string, Set<SpeakerRow>>();
  /** Speakers created or changed since the index was built: the caller stores them. */
  readonly touched = new Map<string, SpeakerRow>();

  constructor(speakers: SpeakerRow[]) {
    for (const speaker of speakers) this.index(speaker);
  }

  private index(speaker: SpeakerRow): void {
    for (const name of [speaker.name, ...speaker.aliases]) this.byKey.set(nameKey(name), speaker);
    const surname = surnameOf(speaker.name);
    if (!surname) return;
    const set = this.bySurname.get(surname) ?? new Set<SpeakerRow>();
    set.add(speaker);
    this.bySurname.set(surname, set);
  }

  resolve(rawName: string, role: string | null = null): SpeakerRow {
    const name = rawName.trim().replace(/\s+/g, ' ');
    const exact = this.byKey.get(nameKey(name));
    if (exact) {
      if (!exact.role && role) {
        exact.role = role;
        this.touched.set(exact.id, exact);
      }
      return exact;
    }
    const sameSurname = [...(this.bySurname.get(surnameOf(name) ?? '') ?? [])];
    // "Bessent" refers to the one speaker whose full name ends that way; two candidates mean no guess.
    const longer = sameSurname.filter((s) => isShortFormOf(name, s.name));
    if (longer.length === 1) {
      const speaker = longer[0]!;
      speaker.aliases = [...new Set([...speaker.aliases, name])];
      return this.changed(speaker);
    }
    // A full name arriving after its short form takes over that speaker.
    const shorter = sameSurname.filter((s) => isShortFormOf(s.name, name));
    if (shorter.length === 1) {
      const speaker = shorter[0]!;
      speaker.aliases = [...new Set([...speaker.aliases, speaker.name])];
      speaker.name = name;
      speaker.role ??= role;
      return this.changed(speaker);
    }
    return this.changed({ id: crypto.randomUUID(), name, aliases: [], role });
  }

  private changed(speaker: SpeakerRow): SpeakerRow {
    this.index(speaker);
    this.touched.set(speaker.id, speaker);
    return speaker;
  }
}

export async function renameSpeaker(id: string, newName: string): Promise<void> {
  const name = newName.trim().replace(/\s+/g, ' ');
  if (!name) throw new Error('A speaker needs a name.');
  await db.transaction('rw', db.speakers, db.quotes, async () => {
    const speaker = await db.speakers.get(id);
    if (!speaker) throw new Error('That speaker no longer exists.');
    const aliases = [...new Set([...speaker.aliases, speaker.name])].filter((a) => a !== name);
    await db.speakers.update(id, { name, aliases });
    await db.quotes.where('speakerId').equals(id).modify({ speaker: name });
  });
}

/** Merges speakers into one: their quotes and names move to the target. */
export async function mergeSpeakers(targetId: string, otherIds: string[]): Promise<void> {
  await db.transaction('rw', db.speakers, db.quotes, async () => {
    const target = await db.speakers.get(targetId);
    if (!target) throw new Error('That speaker no longer exists.');
    const others = (await db.speakers.bulkGet(otherIds.filter((id) => id !== targetId))).filter(
      (s): s is SpeakerRow => Boolean(s),
    );
    const aliases = new Set(target.aliases);
    for (const other of others) {
      aliases.add(other.name);
      other.aliases.forEach((a) => aliases.add(a));
      await db.quotes
        .where('speakerId')
        .equals(other.id)
        .modify({ speakerId: target.id, speaker: target.name });
    }
    aliases.delete(target.name);
    await db.speakers.update(target.id, {
      aliases: [...aliases],
      role: target.role ?? others.find((o) => o.role)?.role ?? null,
    });
    await db.speakers.bulkDelete(others.map((o) => o.id));
  });
}

/** Gives quotes to another speaker (found or created by name): how a wrongly merged speaker is split. */
export async function assignQuotes(quoteIds: string[], speakerName: string): Promise<void> {
  const name = speakerName.trim();
  await db.transaction('rw', db.speakers, db.quotes, async () => {
    let speakerId: string | null = null;
    let resolvedName: string | null = null;
    if (name) {
      const speakers = await db.speakers.toArray();
      // An explicit choice by the user is taken as typed: only an exact name or alias matches.
      const exact = speakers.find(
        (s) =>
          nameKey(s.name) === nameKey(name) || s.aliases.some((a) => nameKey(a) === nameKey(name)),
      );
      const speaker = exact ?? { id: crypto.randomUUID(), name, aliases: [], role: null };
      if (!exact) await db.speakers.add(speaker);
      speakerId = speaker.id;
      resolvedName = speaker.name;
    }
    await db.quotes.bulkUpdate(
      quoteIds.map((key) => ({ key, changes: { speakerId, speaker: resolvedName } })),
    );
    // A speaker left without quotes is removed from the list.
    const used = new Set((await db.quotes.toArray()).map((q) => q.speakerId));
    const orphans = (await db.speakers.toArray()).filter((s) => !used.has(s.id)).map((s) => s.id);
    await db.speakers.bulkDelete(orphans);
  });
}

/**
 * The people list as one import keeps it from batch to batch: read at the first batch, grown by
 * the speakers each batch adds, and read again only after something else wrote to it (a rename,
 * a merge). Reading the whole list for every batch read about 4,500 rows per batch in an import
 * of 10,000 files.
 */
export class ImportSpeakers {
  private index: SpeakerIndex | null = null;
  private othersWrites: number | null = null;

  /**
   * Called in each batch's transaction, with the count of writes to the speakers table that were
   * not this import's. The batch before stored what it touched (else `forget` was called).
   */
  async forBatch(othersWrites: number): Promise<SpeakerIndex> {
    if (this.index && othersWrites === this.othersWrites) this.index.touched.clear();
    else this.index = new SpeakerIndex(await db.speakers.toArray());
    this.othersWrites = othersWrites;
    return this.index;
  }

  /** After a batch that was not stored: its speakers were never written. */
  forget(): void {
    this.index = null;
  }
}
