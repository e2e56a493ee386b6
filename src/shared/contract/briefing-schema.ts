/**
 * The briefing document as the host accepts it for rendering: every field checked, nothing
 * extra let through, every list and string bounded (BRIEFING_LIMITS). Mirrors briefing/types.ts;
 * the type annotation below keeps the two in step.
 */
import { z } from 'zod';
import type { BriefingDocument } from '../briefing/types';
import { BRIEFING_LIMITS as LIMIT } from '../limits';

const shortText = z.string().max(LIMIT.shortText);
const longText = z.string().max(LIMIT.longText);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const offset = z.number().int().nonnegative();

const citedSource = z
  .object({
    title: shortText,
    outlet: shortText.nullable(),
    published: shortText.nullable(),
    author: shortText.nullable(),
    sourcePath: z.string().max(LIMIT.path),
    url: z.string().max(LIMIT.path).nullable(),
    contentHash: z.string().max(128),
  })
  .strict();

const verdict = z.enum(['unverified', 'supported', 'disputed', 'false']);

const excerpt = z
  .object({
    type: z.literal('excerpt'),
    kind: z.enum(['coded', 'claim', 'memo']),
    claim: z.object({ status: verdict, evidence: longText }).strict().nullable(),
    note: longText,
    exact: longText,
    start: offset,
    end: offset,
    tags: z
      .array(z.object({ name: shortText, color: z.string().max(64) }).strict())
      .max(LIMIT.listEntries),
    commentary: longText,
    source: citedSource,
  })
  .strict();

const quote = z
  .object({
    type: z.literal('quote'),
    speaker: shortText.nullable(),
    kind: z.enum(['direct', 'indirect']),
    text: longText,
    start: offset,
    end: offset,
    commentary: longText,
    source: citedSource,
  })
  .strict();

const row = z.array(shortText).max(LIMIT.tableColumns);

const table = z
  .object({
    type: z.literal('table'),
    caption: shortText,
    header: row,
    rows: z.array(row).max(LIMIT.tableRows),
    rowHeaders: z.boolean().optional(),
    sources: z.array(citedSource).max(LIMIT.listEntries).optional(),
    commentary: longText,
  })
  .strict();

const timeline = z
  .object({
    type: z.literal('timeline'),
    caption: shortText,
    lanes: z
      .array(
        z
          .object({ label: shortText, dates: z.array(z.string().max(64)).max(LIMIT.listEntries) })
          .strict(),
      )
      .max(LIMIT.listEntries),
    commentary: longText,
  })
  .strict();

const text = z
  .object({
    type: z.literal('text'),
    heading: shortText.optional(),
    body: longText,
    commentary: longText,
  })
  .strict();

const citation = z
  .object({
    type: z.literal('citation'),
    source: citedSource,
    start: offset.nullable().optional(),
    end: offset.nullable().optional(),
    commentary: longText,
  })
  .strict();

/** Excerpts may leave out their type (the older shape); it is filled in before checking. */
const item = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && !('type' in value)
      ? { ...value, type: 'excerpt' }
      : value,
  z.discriminatedUnion('type', [excerpt, quote, table, timeline, text, citation]),
);

const items = z.array(item).max(LIMIT.items);

const section = z
  .object({
    title: shortText,
    intro: longText.optional(),
    newPage: z.boolean().optional(),
    items,
  })
  .strict();

const checked: z.ZodType<BriefingDocument> = z
  .object({
    title: shortText,
    author: shortText,
    date: isoDate,
    summary: longText,
    sections: z.array(section).max(LIMIT.sections).optional(),
    items: items.optional(),
  })
  .strict()
  .refine(
    (doc) =>
      (doc.sections ?? []).reduce((n, s) => n + s.items.length, doc.items?.length ?? 0) <=
      LIMIT.items,
    { message: `a briefing may hold at most ${LIMIT.items} items` },
  );

/** Callers pass a BriefingDocument (the preprocess step alone would type the input as unknown). */
export const briefingDocumentSchema = checked as z.ZodType<BriefingDocument, BriefingDocument>;
