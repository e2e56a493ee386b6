import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIXTURE } from '../briefing/fixture';
import { BRIEFING_LIMITS } from '../limits';
import { argumentSchemas } from './index';

const saveDocx = argumentSchemas['export.saveDocx'];
const call = (briefing: unknown, suggestedName = 'Dam coverage.docx') =>
  saveDocx.safeParse({ briefing, suggestedName, pageSize: 'A4' });
const message = (result: ReturnType<typeof call>) =>
  result.success ? '' : z.prettifyError(result.error);

describe('export.saveDocx arguments', () => {
  it('accepts a briefing with every item type, and the older untyped excerpts', () => {
    const result = call(FIXTURE);
    expect(message(result)).toBe('');
    expect(FIXTURE.items?.[0]?.type).toBeUndefined();
    expect(result.data?.briefing.items?.[0]?.type).toBe('excerpt');
    expect(result.data?.briefing.sections?.[0]?.items.map((i) => i.type)).toEqual(
      FIXTURE.sections?.[0]?.items.map((i) => i.type),
    );
  });

  it('names the field at fault when an item has an unknown type', () => {
    const bad = structuredClone(FIXTURE);
    (bad.sections![0]!.items[0] as { type: string }).type = 'video';
    const result = call(bad);
    expect(result.success).toBe(false);
    expect(message(result)).toContain('briefing.sections[0].items[0].type');
  });

  it('refuses fields it does not know, wrong dates and file names that are not plain .docx', () => {
    expect(message(call({ ...FIXTURE, script: '<x>' }))).toContain('script');
    expect(message(call({ ...FIXTURE, date: '8 April 2026' }))).toContain('YYYY-MM-DD');
    expect(message(call(FIXTURE, '../escape.docx'))).toContain('ending in .docx');
    expect(message(call(FIXTURE, 'brief.pdf'))).toContain('ending in .docx');
  });

  it('bounds strings, tables and the number of items', () => {
    const long = { ...FIXTURE, summary: 'x'.repeat(BRIEFING_LIMITS.longText + 1) };
    expect(message(call(long))).toContain('briefing.summary');
    const wide = {
      ...FIXTURE,
      sections: [
        {
          title: 'Wide',
          items: [
            {
              type: 'table',
              caption: 'Too wide',
              header: Array.from({ length: BRIEFING_LIMITS.tableColumns + 1 }, () => 'c'),
              rows: [],
              commentary: '',
            },
          ],
        },
      ],
    };
    expect(message(call(wide))).toContain('briefing.sections[0].items[0].header');
    const note = { type: 'text', body: 'n', commentary: '' };
    const half = Math.ceil((BRIEFING_LIMITS.items + 1) / 2);
    const many = {
      ...FIXTURE,
      sections: [0, 1].map((s) => ({
        title: `Part ${s}`,
        items: Array.from({ length: half }, () => note),
      })),
    };
    expect(message(call(many))).toContain(`at most ${BRIEFING_LIMITS.items} items`);
  });
});
