import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['file', 'reason'], [['a, b.txt', 'said "no"\nthen left']])).toBe(
      'file,reason\r\n"a, b.txt","said ""no""\nthen left"\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@cmd']])).toBe(
      'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+1\r\n\'-2\r\n\'@cmd\r\n',
    );
  });
});

describe('parseCsv', () => {
  it('reads what toCsv writes, including quotes, commas and line breaks', () => {
    const rows = [
      ['name', 'description'],
      ['Legal, court', 'said "no"\nthen left'],
      ['Plain', ''],
    ];
    const csv = toCsv(rows[0]!, rows.slice(1));
    expect(parseCsv(csv)).toEqual(rows);
  });

  it('accepts LF line ends, a byte-order mark and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
