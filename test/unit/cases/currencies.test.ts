// What currency an amount is in, chiefly what a bare 元 stands for in an article.
import { strict as assert } from 'node:assert';
import { IncrementalAnalysis, mayDeclare, type TextChange } from '../../../src/core/recognition/incrementalAnalysis';
import { recognize } from '../../../src/core/recognition/recognize';
import { currencies } from './caseReaders';

describe('what a bare 元 stands for', () => {
  it('reads 元 as TWD in the whole article once a paragraph names 新台幣 or a Taiwanese office', () => {
    // The headline and lead come before the paragraph with the marker: they are TWD too.
    assert.deepEqual(currencies('園區吸引投資5億元\n今年新增投資案4件,總投資8億。\n據經濟部統計,今年核准投資新台幣12億元。\n另有增資3.5億元,外資1000萬美元。'), [
      '5億元 TWD',
      '8億 TWD',
      '12億元 TWD',
      '3.5億元 TWD',
      '1000萬美元 USD',
    ]);
    assert.deepEqual(currencies('行政院表示,計畫投入8億元,帶動民間投資20億。'), ['8億元 TWD', '20億 TWD']);
  });

  it('keeps 元 CNY in mainland news, also when it is mirrored into Traditional characters', () => {
    assert.deepEqual(currencies('本市簽約項目12個,總投資35億元,其中台商投資5億元。'), ['35億元 CNY', '5億元 CNY']);
    // A named currency wins over the article's: 人民幣 is written, so it is CNY.
    assert.deepEqual(currencies('國科會指出,陸資廠商投資人民幣3億元。'), ['3億元 CNY']);
  });

  it('re-recognises the whole article when an edit adds or removes the marker, earlier paragraphs too', () => {
    assert.equal(mayDeclare('據經濟部統計'), true);
    assert.equal(mayDeclare('據商务部統計'), false);
    const steps: [string, TextChange][] = [
      // A marker added in the last paragraph turns the headline's 元 into TWD.
      ['園區招商投資3億元\n今年引進廠商2家。\n經濟部說,另有增資5億元。', { offset: 20, removed: 2, inserted: '經濟部' }],
      // Removed again: back to CNY everywhere.
      ['園區招商投資3億元\n今年引進廠商2家。\n官方說,另有增資5億元。', { offset: 20, removed: 3, inserted: '官方' }],
    ];
    const analysis = new IncrementalAnalysis();
    analysis.update('園區招商投資3億元\n今年引進廠商2家。\n官方說,另有增資5億元。');
    const seen: string[][] = [];
    for (const [text, change] of steps) {
      analysis.update(text, [change]);
      assert.deepEqual(analysis.suggestions, recognize(text));
      seen.push(analysis.suggestions.filter((e) => e.label === 'MONEY').map((e) => `${e.text} ${e.currency}`));
    }
    assert.deepEqual(seen, [
      ['3億元 TWD', '5億元 TWD'],
      ['3億元 CNY', '5億元 CNY'],
    ]);
  });

  it('reads 澳元 as the pataca in an article that names the pataca anywhere, else as the Australian dollar', () => {
    assert.deepEqual(currencies('澳門項目落地投資120億澳元\n首批項目預計投資金額約120億澳門元。'), ['120億澳元 MOP', '120億澳門元 MOP']);
    assert.deepEqual(currencies('該礦業公司投資5億澳元收購鋰礦。'), ['5億澳元 AUD']);
    // Adding the pataca's name in a later paragraph turns the headline's 澳元 into MOP.
    const analysis = new IncrementalAnalysis();
    analysis.update('項目投資120億澳元\n首批項目預計投資約120億。');
    const after = '項目投資120億澳元\n首批項目預計投資約120億澳門元。';
    analysis.update(after, [{ offset: 24, removed: 0, inserted: '澳門元' }]);
    assert.deepEqual(analysis.suggestions, recognize(after));
    assert.equal(analysis.suggestions.find((e) => e.label === 'MONEY')?.currency, 'MOP');
  });

  it('reads an edited paragraph before the marker with the article currency', () => {
    const analysis = new IncrementalAnalysis();
    const before = '標題\n今年引進廠商2家。\n據國科會統計,核准投資12億元。';
    analysis.update(before);
    const after = '標題:投資9億元\n今年引進廠商2家。\n據國科會統計,核准投資12億元。';
    const region = analysis.update(after, [{ offset: 2, removed: 0, inserted: ':投資9億元' }]);
    // Taken incrementally (only the headline re-read), and still the same as a full reading.
    assert.deepEqual(region, { start: 0, end: 8, delta: 6 });
    assert.deepEqual(analysis.suggestions, recognize(after));
    assert.deepEqual(
      analysis.suggestions.filter((e) => e.label === 'MONEY').map((e) => `${e.text} ${e.currency}`),
      ['9億元 TWD', '12億元 TWD'],
    );
  });
});
