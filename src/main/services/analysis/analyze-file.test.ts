import { describe, expect, it } from 'vitest';
import { analyzeFile } from './analyze-file';

const page = `Harbor council delays ferry vote

12 May 2026

The harbor council postponed its vote on the new ferry route on Tuesday.

"We need another month to read the safety report," said council chair Ruth Amsel.

Ferry operator Tomas Vik said that the delay would cost the company its summer season.
`;

describe('analyzeFile', () => {
  it('returns the parsed article with its quotes and speakers', async () => {
    const report = await analyzeFile('ferry.txt', new TextEncoder().encode(page));
    expect(report.status).toBe('imported');
    const quotes = report.article?.quotes ?? [];
    const direct = quotes.find((q) => q.kind === 'direct');
    expect(direct).toMatchObject({
      text: 'We need another month to read the safety report,',
      speaker: 'Ruth Amsel',
    });
    expect(report.article!.body.slice(direct!.start, direct!.end)).toBe(direct!.text);
    expect(quotes.some((q) => q.kind === 'indirect' && q.speaker === 'Tomas Vik')).toBe(true);
  });

  it('leaves failed files as they are', async () => {
    const report = await analyzeFile('empty.txt', new Uint8Array());
    expect(report.status).toBe('failed');
    expect(report.article).toBeNull();
  });
});

describe('near-duplicate signatures', () => {
  it('gives the same article saved with different page chrome nearly the same signature', async () => {
    const withMenus = `Home\nNews\nSearch\n\n${page}\nShare this article\nFollow us on Telegram\n`;
    const a = (await analyzeFile('a.txt', new TextEncoder().encode(page))).article!.signature!;
    const b = (await analyzeFile('b.txt', new TextEncoder().encode(withMenus))).article!.signature!;
    expect(a).toHaveLength(128);
    const same = a.filter((value, i) => value === b[i]).length / a.length;
    expect(same).toBeGreaterThan(0.8);
  });
});
