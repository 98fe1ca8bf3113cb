// CSV cells a spreadsheet would run as formulas are neutralised (OWASP: a leading single quote);
// numbers stay numbers.
import { strict as assert } from 'node:assert';
import { csvField, exportCsv } from '../../src/core/interop/csv';

describe('CSV export against formula injection', () => {
  for (const text of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '＝1+1']) {
    it(`neutralises a cell starting with ${JSON.stringify(text[0])}`, () => {
      const field = csvField(text);
      const unquoted = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
      assert.equal(unquoted, `'${text}`);
    });
  }

  it('keeps numbers numeric, negative ones too, and plain text as it is', () => {
    assert.equal(csvField(-5), '-5');
    assert.equal(csvField(6510000000), '6510000000');
    assert.equal(csvField('65.1亿元'), '65.1亿元');
    assert.equal(csvField('a-b=c'), 'a-b=c', 'only the first character counts');
  });

  it('neutralises file names and span texts in a whole export', () => {
    const text = '=cmd|x!A1 投资5亿元';
    const csv = exportCsv([{ file: '@evil.txt', text, annotations: [{ label: 'COMPANY', start: 0, end: 9, text: text.slice(0, 9) }, { label: 'MONEY', start: 12, end: 15, text: '5亿元', value: 500000000, currency: 'CNY' }] }]).files[0].content;
    const rows = csv.trim().split('\r\n').slice(1);
    assert.equal(rows[0], "'@evil.txt,COMPANY,'=cmd|x!A1,0,9,,,,,,,accepted,,,,");
    assert.equal(rows[1], "'@evil.txt,MONEY,5亿元,12,15,500000000,,CNY,,,,accepted,,,,");
  });
});
