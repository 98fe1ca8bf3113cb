// Where an amount starts and ends and what it is worth: decimal points written as 。 or ‧,
// 兆, digit groups split by a space, amounts without 元. Paragraphs invented in the genre.
import { strict as assert } from 'node:assert';
import { foldText } from '../../../src/core/fold';
import { recognize } from '../../../src/core/recognition/recognize';
import { itChecksParagraphs, type MarkedParagraph } from '../paragraphHelpers';
import { currencies, rolesAndScopes, valuesOf as amounts, valuesAndRoles as money } from './caseReaders';

const PARAGRAPHS: readonly MarkedParagraph[] = [
  [
    'a money noun after an amount without a currency word makes it money; other units do not',
    '该项目达产后可实现每年12亿的产值和8000万的利税，带动就业500万人次，吸引300万游客。',
    [
      { text: '12亿', value: 1.2e9, currency: 'CNY', role: 'revenue', scope: 'item' },
      { text: '8000万', value: 8e7, currency: 'CNY', role: 'tax', scope: 'item' },
    ],
  ],
];

describe('whole paragraphs: their marked names and the attributes of each amount', () => {
  itChecksParagraphs(PARAGRAPHS);
});

describe('a decimal point written as 。 or a raised dot between digits', () => {
  it('reads 。 and ‧ between digits before a multiplier or 元 as the decimal point', () => {
    assert.deepEqual(amounts('本批18個專案集中開工,總投資46。8億元;達產後年產值可達93‧25億元。'), ['46。8億元=4680000000', '93‧25億元=9325000000']);
    assert.deepEqual(amounts('新增稅收2。35萬元。'), ['2。35萬元=23500']);
  });

  it('keeps 。 a full stop where a sentence can end: no multiplier or 元 right after the next digits', () => {
    assert.deepEqual(amounts('今年簽約項目共12。6月份再簽約3個,總投資9億元。'), ['9億元=900000000']);
    assert.deepEqual(amounts('增速達10。2%,總投資5億元。'), ['5億元=500000000']);
  });
});

describe('a character lost in conversion, left as ? with its gloss tail', () => {
  it('reads it as an unknown character of the sentence, not as a question mark ending it', () => {
    assert.equal(foldText('年?lì)潤').text, '年\ufffd润'); // 潤 folds to 润 like every Traditional character of the table
    // A real question mark, or one without a gloss after it, stays as written.
    assert.equal(foldText('投資了嗎?ok)').text, '投资了嗎?ok)');
    assert.equal(foldText('是嗎?是的').text, '是嗎?是的');
  });
});

describe('amounts in 兆 and with a raised decimal point', () => {
  it('reads 兆 (10^12) before a lower section or 元, and never as the mega of a unit', () => {
    assert.deepEqual(amounts('累計投資金額逾3兆1,250億元,今年再增1兆元。'), ['3兆1,250億元=3125000000000', '1兆元=1000000000000']);
    assert.deepEqual(amounts('總投資建設500兆瓦光伏電站,裝機容量100兆。'), []);
  });

  it('reads ‧ between Chinese numerals as the decimal point', () => {
    assert.deepEqual(amounts('編列二十三‧五億元專案預算,釋出一‧五公頃用地。'), ['二十三‧五億元=2350000000']);
  });
});

describe('digit groups split by a space', () => {
  it('reads digit groups split by a space in prose as one amount, not in a code or a table', () => {
    const found = recognize('全年实现税收2 380万元。').filter((e) => e.label === 'MONEY');
    assert.deepEqual(found.map((e) => [e.text, e.value, e.role]), [['2 380万元', 23800000, 'tax']]);
    assert.deepEqual(recognize('编号B12 450万元').filter((e) => e.label === 'MONEY').map((e) => e.text), ['450万元']);
    assert.deepEqual(recognize('全年实现税收2 380人次').filter((e) => e.label === 'MONEY'), []);
  });
});

describe('a per-mu figure after 貢獻', () => {
  const money = rolesAndScopes;

  it('reads a per-mu figure after 貢獻 in Traditional text as money', () => {
    // per 亩 in a sentence about one project: that project's own rate (landAverage.ts)
    assert.deepEqual(money('項目投產後,預計年稅收貢獻超80萬/畝。'), ['80萬 tax/item']);
  });
});

describe('the ideographic full stop as a decimal point', () => {
  it('reads the ideographic full stop between digits as a decimal point before a multiplier', () => {
    assert.deepEqual(money('全年完成投资86。4亿元、增长11。2%。'), ['86。4亿元 8640000000 completed']);
    // After a year, or without a multiplier, it ends a sentence.
    assert.deepEqual(money('园区始建于2006。5亿元以上项目8个。'), ['5亿元 500000000 threshold']);
  });
});

describe('an amount without 元 before a project name', () => {
  it('reads an amount without 元 right before a project name as money', () => {
    assert.deepEqual(money('投资2.5亿山泉矿泉水生产项目已签约。'), ['2.5亿 250000000 investment']);
  });
});

describe('a toneless pinyin gloss with a space after it', () => {
  it('keeps the gloss and its space inside the amount, and reads the value through them', () => {
    const found = recognize('這標誌著總投資12億(yi) 元的某某光電項目簽約落戶,稅收突破260萬(wan) 元。').filter((e) => e.label === 'MONEY');
    assert.deepEqual(found.map((e) => [e.text, e.value, e.role]), [['12億(yi) 元', 1.2e9, 'investment'], ['260萬(wan) 元', 2.6e6, 'tax']]);
  });

  it('drops the gloss from the folded text only as one syllable with its space', () => {
    assert.equal(foldText('專(zhuan) 戶').text, '专户');
    assert.equal(foldText('畝(mu) ,').text, '亩,');
    // No space after it, or letters that are no syllable: brackets of the text, kept.
    assert.equal(foldText('園(ab) 區').text, '园(ab) 区');
    assert.equal(foldText('億(yi)元').text, '亿(yi)元');
    assert.equal(foldText('公司(ltd) 成立').text, '公司(ltd) 成立');
  });
});

describe('a space before a multiplier of several characters', () => {
  it('reads `8.0 百万美元` as one amount, the space inside it', () => {
    assert.deepEqual(amounts('该公司注册资本为 6.5 百万美元 (相等於约 50.7 百万港元)。'), ['6.5 百万美元=6500000', '50.7 百万港元=50700000']);
  });

  it('leaves a number before a space and a smaller multiplier alone (`2021 十大`)', () => {
    assert.deepEqual(amounts('榜单公布2021 十大项目,总投资8亿元。'), ['8亿元=800000000']);
  });
});

describe('numerals of tens in one character and an Arabic 0 among Chinese digits', () => {
  it('reads 廿, 卅 and 卌 as twenty, thirty and forty tens, alone or before a digit', () => {
    assert.deepEqual(amounts('台商總部將向寧遠科技增資卅二億元,另撥廿億元擴建倉儲,合計卌億元。'), ['卅二億元=3200000000', '廿億元=2000000000', '卌億元=4000000000']);
  });

  it('never reads 卅 after a digit as a number of tens (`五卅` names a date)', () => {
    assert.deepEqual(amounts('五卅路工程投资3亿元。'), ['3亿元=300000000']);
  });

  it('reads an Arabic 0 between Chinese digits as their 〇, one number with them', () => {
    assert.deepEqual(amounts('某某股份申请汇出三0七0万美元增资苏州某某公司。'), ['三0七0万美元=30700000']);
    // A 0 after Arabic digits, or an Arabic number after a Chinese digit, is read as before.
    assert.deepEqual(amounts('该项目投资3050万元。'), ['3050万元=30500000']);
  });
});

describe('a currency written before the number', () => {
  it('takes the currency into the span when no currency follows the number', () => {
    assert.deepEqual(currencies('本届洽谈会签约外资项目8个,外币合同金额英镑3.2亿、日元45亿。'), ['英镑3.2亿 GBP', '日元45亿 JPY']);
  });

  it('leaves the currency before out of the span when one follows the number', () => {
    assert.deepEqual(currencies('某某科技公告称拟出资人民币6亿元设立全资子公司。'), ['6亿元 CNY']);
  });

  it('reads 新台幣 after 元 as the currency of the amount, one span with it', () => {
    assert.deepEqual(currencies('預計將帶來約80億港元(約312億元新台幣)的投資。'), ['80億港元 HKD', '312億元新台幣 TWD']);
  });
});

describe('two neighbouring Chinese digits before a unit, a range', () => {
  it('reads `两三千万` as a range, the lower end its value and the upper its max', () => {
    const found = recognize('某某机械每年投入两三千万元更新设备,二期再投十二三亿元,另有三五亿元配套。').filter((e) => e.label === 'MONEY');
    assert.deepEqual(found.map((e) => [e.text, e.value, e.max]), [['两三千万元', 2e7, 3e7], ['十二三亿元', 1.2e9, 1.3e9], ['三五亿元', 3e8, 5e8]]);
  });

  it('keeps digits in a row positional: more than two, or not neighbours', () => {
    const found = recognize('累计投资金额达一七四五亿元,另有二〇五七亿元、一三万元。').filter((e) => e.label === 'MONEY');
    assert.deepEqual(found.map((e) => [e.text, e.value, e.max]), [['一七四五亿元', 1.745e11, undefined], ['二〇五七亿元', 2.057e11, undefined], ['一三万元', 130000, undefined]]);
  });
});

describe('one Chinese digit and a bare 元, a word or a name', () => {
  it('reads no money in a ternary battery, a firm or a person named with 三元 or 二元', () => {
    assert.deepEqual(amounts('项目主要生产三元锂电池正极材料,总投资12亿元。'), ['12亿元=1200000000']);
    assert.deepEqual(amounts('先后引进了三元食品、某某乳业等企业,副县长赵二元出席。'), []);
  });

  it('still reads a Chinese number with a multiplier, tens or two digits before 元', () => {
    assert.deepEqual(amounts('该镇投入三万元修缮祠堂,另捐十五元。'), ['三万元=30000', '十五元=15']);
    assert.deepEqual(amounts('全年共引进亿元以上项目12个。'), ['亿元=100000000']);
  });
});

describe('a bare 亿 opening its line after a place, then a verb of building', () => {
  it('reads it as money', () => {
    assert.deepEqual(money('某县30亿打造锂电新材料产业园\n正文'), ['30亿 3000000000 investment']);
    assert.deepEqual(money('18亿建设某某冷链物流园'), ['18亿 1800000000 investment']);
  });

  it('leaves it alone after more than a place, or before something counted', () => {
    assert.deepEqual(amounts('某某公司今年再以30亿打造新园区'), []);
    assert.deepEqual(amounts('某县30亿只口罩生产线投产'), []);
  });
});
