import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';

const pick = (text: string) =>
  extractFigures(text).map((f) => ({ text: f.text, value: f.value, unit: f.unit, kind: f.kind }));

describe('extractFigures', () => {
  it('normalises quantities, percentages and money', () => {
    expect(pick('Exports fell by 12,000 tonnes, or 99%, to $4.5 billion.')).toEqual([
      { text: '12,000 tonnes', value: 12000, unit: 'tonnes', kind: 'quantity' },
      { text: '99%', value: 99, unit: '%', kind: 'percent' },
      { text: '$4.5 billion', value: 4_500_000_000, unit: 'USD', kind: 'money' },
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'A fine of €2.5 million was imposed.';
    const [figure] = extractFigures(text);
    expect(text.slice(figure.start, figure.end)).toBe('€2.5 million');
    expect(figure).toMatchObject({ value: 2_500_000, unit: 'EUR' });
  });

  it('reads currency words, short scales and per cent', () => {
    expect(pick('£12bn, 300 million euros and 1.2 per cent')).toEqual([
      { text: '£12bn', value: 12e9, unit: 'GBP', kind: 'money' },
      { text: '300 million euros', value: 3e8, unit: 'EUR', kind: 'money' },
      { text: '1.2 per cent', value: 1.2, unit: '%', kind: 'percent' },
    ]);
  });

  it('reads earthquake magnitudes written either way', () => {
    expect(
      pick('A magnitude 6.1 quake and a 4.8-magnitude aftershock').map((f) => [f.value, f.unit]),
    ).toEqual([
      [6.1, 'magnitude'],
      [4.8, 'magnitude'],
    ]);
  });

  it('treats "m" as metres unless it is money', () => {
    expect(pick('a 5m wall cost $5m').map((f) => [f.value, f.unit])).toEqual([
      [5, 'm'],
      [5_000_000, 'USD'],
    ]);
  });

  it('marks years and days of the month so they are not taken for amounts', () => {
    expect(pick('On May 9, 2025 and 12 March').map((f) => f.kind)).toEqual([
      'date',
      'year',
      'date',
    ]);
  });
});
