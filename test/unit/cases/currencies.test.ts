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

  it('reads 元 as TWD in Taiwanese news reposted in Simplified characters, by its offices and currency', () => {
    assert.deepEqual(currencies('竹北园区今年投资逾55亿元\n经济部投资审议会今天核准3家厂商增资,合计18亿元。'), ['55亿元 TWD', '18亿元 TWD']);
    assert.deepEqual(currencies('工业区再添新厂,投资额约9亿元。\n厂商以新台币计价。'), ['9亿元 TWD']);
    assert.deepEqual(currencies('国发会表示,回流投资累计达820亿元。'), ['820亿元 TWD']);
    // Another country's ministry of economy says nothing of the article's 元.
    assert.deepEqual(currencies('德国经济部代表团到访,双方签约项目总投资12亿元。'), ['12亿元 CNY']);
    // Nor does the economic department of an office or a chamber (Hong Kong's liaison office: mainland news).
    assert.deepEqual(currencies('中央人民政府驻香港特别行政区联络办公室经济部副部长出席,片区港企纳税31.6亿元。'), ['31.6亿元 CNY']);
    assert.deepEqual(currencies('中联办经济部、香港总商会经济部代表到访,签约总额8亿元。'), ['8亿元 CNY']);
  });

  it('reads 县府 / 市府 as a Taiwanese mark only beside one of Taiwan\'s counties or cities', () => {
    assert.deepEqual(currencies('彰化县滨海工业区招商再传捷报\n县府今天表示,3家厂商进驻,预计投资16亿元。'), ['16亿元 TWD']);
    // A mainland city's own short name for its government, with no Taiwanese place: CNY.
    assert.deepEqual(currencies('市府常务会议审议通过产业园建设方案,总投资45亿元。'), ['45亿元 CNY']);
    // A street named after the government beside a Taiwanese place word is no mark either.
    assert.deepEqual(currencies('台商在市府大道旁投资的电子项目总投资6亿元。\n公司总部设在台北。'), ['6亿元 CNY']);
    // `平台中` holds no place.
    assert.deepEqual(currencies('市府搭建招商平台中,已签约项目投资30亿元。'), ['30亿元 CNY']);
    // The place named by a later edit turns the whole article, as a full reading does.
    const analysis = new IncrementalAnalysis();
    analysis.update('工业区投资16亿元\n县府今天表示,厂商进驻。\n记者报道');
    const after = '工业区投资16亿元\n县府今天表示,厂商进驻。\n屏东记者报道';
    analysis.update(after, [{ offset: 23, removed: 0, inserted: '屏东' }]);
    assert.deepEqual(analysis.suggestions, recognize(after));
    assert.equal(analysis.suggestions.find((e) => e.label === 'MONEY')?.currency, 'TWD');
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

describe('a currency named in brackets with 下同 after an amount', () => {
  it('gives that amount and every later bare amount or bare 元 the named currency, across paragraphs', () => {
    assert.deepEqual(
      currencies('松岚新区已引入外资企业27家,投资额超过6億元(美元,下同)。\n其中新加坡企业11家,投资总额18.5億元,注册资本约9億。'),
      ['6億元 USD', '18.5億元 USD', '9億 USD'],
    );
    assert.deepEqual(currencies('青禾园注册资本近50亿(欧元,下同),投资总额72.3亿。'), ['50亿 EUR', '72.3亿 EUR']);
  });

  it('keeps a written currency, and a bare 元 after a plain 下同 stays the yuan', () => {
    assert.deepEqual(currencies('投资额3亿元(美元,下同),另有人民币8亿元、5000万港元。'), ['3亿元 USD', '8亿元 CNY', '5000万港元 HKD']);
    assert.deepEqual(currencies('外资5亿美元(下同),总投资8亿,配套2亿元。'), ['5亿美元 USD', '8亿 USD', '2亿元 CNY']);
    // A currency named in brackets for the yuan itself leaves a later written dollar alone.
    assert.deepEqual(currencies('完成投资727亿元(人民币,下同),利用外资14亿美元左右。'), ['727亿元 CNY', '14亿美元 USD']);
  });
});

describe('the currencies of countries Chinese factories abroad are built in', () => {
  it('ends the amount with the currency word, a country name inside it, and gives its code', () => {
    assert.deepEqual(
      currencies('科源公司将在佩奇建设一个85亿福林的电池材料工厂,政府提供3.6亿福林补助。'),
      ['85亿福林 HUF', '3.6亿福林 HUF'],
    );
    assert.deepEqual(currencies('该公司在蒙特雷设立子公司,注册资本为500.00万比索。'), ['500.00万比索 MXN']);
    assert.deepEqual(currencies('投资委员会批准共计38亿马来西亚林吉特的项目。'), ['38亿马来西亚林吉特 MYR']);
    assert.deepEqual(currencies('華盛公司計劃到泰投資,值26億3000萬銖。'), ['26億3000萬銖 THB']);
  });

  it('leaves a number before another word that starts like a currency alone', () => {
    // `福林` only as a currency right after an amount: a village of that name after a count is no money.
    assert.deepEqual(currencies('全县有3个福林村,投资2亿元。'), ['2亿元 CNY']);
  });
});
