import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

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
