// Paragraphs written for the kinds of case met in real development-zone articles (issue 13):
// roles of foreign capital, size classes stated as a predicate or a range, amounts whose money
// noun comes after them, a company's own running totals, batches of projects, and `；` clauses
// with a subject of their own. Not taken from any article: each sentence is invented in the genre.
// Each paragraph lists every PARK/PROJECT/COMPANY span (marked `[[LABEL:text]]`) and every
// MONEY span with the attributes it must have.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { withLinks } from '../../src/core/links/links';
import type { Entity } from '../../src/core/types';
import { namedIn, parseMarked } from './namedEntityHelpers';

type MoneyExpect = Partial<Pick<Entity, 'value' | 'max' | 'currency' | 'qualifier' | 'role' | 'scope'>> & { text: string };

const PARAGRAPHS: readonly (readonly [rule: string, marked: string, money: readonly MoneyExpect[]])[] = [
  [
    'capital from Taiwan and Hong Kong is foreign capital, next to total investment',
    '今年1-9月，全市新批台资项目12个，总投资8.6亿美元，合同台资3.1亿美元；新批港资项目5个，协议港资9000万美元。',
    [
      { text: '8.6亿美元', currency: 'USD', role: 'investment', scope: 'aggregate' },
      { text: '3.1亿美元', currency: 'USD', role: 'foreign', scope: 'aggregate' },
      { text: '9000万美元', value: 9e7, role: 'foreign', scope: 'aggregate' },
    ],
  ],
  [
    'a count of projects whose investment passes an amount is a size class; a count after its noun is a sum',
    '本次签约的18个项目中有4个计划投资超过20亿元，11个项目投资超5亿元。另一批共签约项目9个总投资超40亿元。',
    [
      { text: '20亿元', value: 2e9, role: 'threshold', scope: 'aggregate', qualifier: 'at_least' },
      { text: '5亿元', value: 5e8, role: 'threshold', scope: 'aggregate', qualifier: 'at_least' },
      { text: '40亿元', value: 4e9, role: 'investment', scope: 'aggregate', qualifier: 'at_least' },
    ],
  ],
  [
    'a range or an amount followed by a class noun and its count is a size class',
    '其中，总投资20亿元以上项目3个，1亿元至5亿元项目12个，3000万元项目6个；完成投资19亿元。',
    [
      { text: '20亿元', role: 'threshold', scope: 'aggregate' },
      { text: '1亿元至5亿元', value: 1e8, max: 5e8, role: 'threshold', scope: 'aggregate' },
      { text: '3000万元', value: 3e7, role: 'threshold', scope: 'aggregate' },
      { text: '19亿元', role: 'completed', scope: 'aggregate' },
    ],
  ],
  [
    'a money noun after an amount without a currency word makes it money; other units do not',
    '该项目达产后可实现每年12亿的产值和8000万的利税，带动就业500万人次，吸引300万游客。',
    [
      { text: '12亿', value: 1.2e9, currency: 'CNY', role: 'revenue', scope: 'item' },
      { text: '8000万', value: 8e7, currency: 'CNY', role: 'tax', scope: 'item' },
    ],
  ],
  [
    'a company\'s running totals since its own start, and its half-year report, are items',
    '投产以来，华晟光电累计实现销售收入86亿元，累计纳税7亿元。公司上半年实现营业收入36.5亿元，同比增长21%，净利润3.2亿元。' +
      '全市42家上市公司上半年实现营业收入920亿元。',
    [
      { text: '86亿元', role: 'revenue', scope: 'item' },
      { text: '7亿元', role: 'tax', scope: 'item' },
      { text: '36.5亿元', role: 'revenue', scope: 'item' },
      { text: '3.2亿元', role: 'other', scope: 'item' },
      { text: '920亿元', role: 'revenue', scope: 'aggregate' },
    ],
  ],
  [
    'a batch of projects states the batch\'s total',
    '这批项目总投资156亿元，年度计划投资40亿元。此次集中签约的项目总投资88亿元。',
    [
      { text: '156亿元', role: 'investment', scope: 'aggregate' },
      { text: '40亿元', role: 'investment', scope: 'aggregate' },
      { text: '88亿元', role: 'investment', scope: 'aggregate' },
    ],
  ],
  [
    'a ；clause opening with 另外 has a subject of its own',
    '签约的5个项目中，4个为工业项目，总投资12亿元；另外一个项目为[[PROJECT:青岚康养小镇项目]]，投资额3亿元。',
    [
      { text: '12亿元', role: 'investment', scope: 'aggregate' },
      { text: '3亿元', role: 'investment', scope: 'item' },
    ],
  ],
  [
    'project names: a brand before an industry head, a capacity multiple with its web entity; kinds after 等 and bare phases are generic',
    '会上签约了[[PROJECT:云岭生物医药产业项目]]、文旅产业项目和[[PROJECT:玉泉2&times;60万千瓦热电联产项目]]，' +
      '还有年产5万吨PVC等化工项目，二期300MW项目明年开工。全县养老产业项目进展顺利。',
    [],
  ],
  [
    'a group\'s name written straight before its member company\'s is one company',
    '考察团参观了[[COMPANY:青峰集团华康制药公司]]，并与[[COMPANY:远航集团]]座谈。',
    [],
  ],
  [
    'items of a list closed by 等项目, each after its amount and 的, are projects; a list of kinds is not',
    '开发区签约了总投资3亿元的[[PROJECT:华泰精密轴承制造]]、总投资1.2亿元的[[PROJECT:新禾环保材料生产]]等项目，还引进了食品、纺织等项目。',
    [
      { text: '3亿元', role: 'investment', scope: 'item' },
      { text: '1.2亿元', role: 'investment', scope: 'item' },
    ],
  ],
];

describe('real-text paragraphs (issue 13: roles, size classes, company totals)', () => {
  for (const [rule, marked, money] of PARAGRAPHS) {
    it(rule, () => {
      const { text, expected } = parseMarked(marked);
      assert.deepEqual(namedIn(text), expected);
      const found = recognize(text).filter((e) => e.label === 'MONEY');
      assert.deepEqual(found.map((e) => e.text), money.map((m) => m.text));
      money.forEach((exp, i) => {
        for (const key of ['value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const) {
          if (key in exp) assert.equal(found[i][key], exp[key], `${exp.text}: ${key}`);
        }
      });
    });
  }
});

describe('links to projects named in a list closed by 等项目', () => {
  it('links each amount to the item right after it', () => {
    const text = '开发区签约了总投资3亿元的华泰精密轴承制造、总投资1.2亿元的新禾环保材料生产等项目。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    const projectOf = (e: Entity) => (e.links?.project ? text.slice(e.links.project.start, e.links.project.end) : undefined);
    assert.deepEqual(linked.map(projectOf), ['华泰精密轴承制造', '新禾环保材料生产']);
  });
});

describe('links to a registered company named afterwards by its brand', () => {
  const companyOf = (text: string, e: Entity) => (e.links?.company ? text.slice(e.links.company.start, e.links.company.end) : undefined);

  it('links the brand\'s amounts to the registered name', () => {
    const text = '宏远机电(成都)有限公司于2009年在高新区成立，主要生产电机。\n今年高新区新签约项目12个。\n宏远机电2012年实现营业收入36亿元。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => companyOf(text, e)), ['宏远机电(成都)有限公司']);
  });

  it('links nothing when two registered names share the brand', () => {
    const text = '宏远机电(成都)有限公司和宏远机电(重庆)有限公司相继成立。\n今年高新区新签约项目12个。\n宏远机电2012年实现营业收入36亿元。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => companyOf(text, e)), [undefined]);
  });

  it('takes a paragraph opened by the brand as that company\'s profile', () => {
    const text = '宏远机电(成都)有限公司于2009年在高新区成立。公司主要生产电机。\n宏远机电此次新建的智能电机基地占地600亩。项目投资12亿元，建成后年产值可达30亿元。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => companyOf(text, e)), ['宏远机电(成都)有限公司', '宏远机电(成都)有限公司']);
  });

  it('does not take a brand named inside a paragraph as its subject', () => {
    const text = '宏远机电(成都)有限公司于2009年在高新区成立。公司主要生产电机。\n该市还为宏远机电配套了物流中心。项目投资12亿元。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => companyOf(text, e)), [undefined]);
  });
});

describe('short company names the text says are companies (brand mentions)', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);
  const companyLinks = (text: string) =>
    withLinks(text, recognize(text))
      .filter((e) => e.label === 'MONEY')
      .map((e) => (e.links?.company ? text.slice(e.links.company.start, e.links.company.end) : undefined));

  it('tags a registered name\'s place and brand later in its paragraph, and links its amounts to it', () => {
    const text = '高新区动态\n宏远机电(成都)有限公司于2009年在高新区成立，主要生产电机。2015年，成都宏远已发展成为产值超50亿元的大型企业。建厂以来，成都宏远累计纳税8亿元。';
    assert.deepEqual(companiesIn(text), ['宏远机电(成都)有限公司', '成都宏远', '成都宏远']);
    assert.deepEqual(companyLinks(text), ['成都宏远', '成都宏远']);
  });

  it('does not take the place and brand without the registered name in the paragraph', () => {
    assert.deepEqual(companiesIn('2015年，成都宏远已发展成为产值超50亿元的大型企业。'), []);
  });

  it('tags a four-character name said to be a company, whose profile the amounts after it are', () => {
    const text = '二是项目质量高。华盛精工是国内轴承行业的首家上市公司，为扩大产能，公司计划总投资3.2亿元建设新厂房，预计每年可形成销售额4亿元左右。';
    assert.deepEqual(companiesIn(text), ['华盛精工']);
    assert.deepEqual(companyLinks(text), ['华盛精工', '华盛精工']);
  });

  it('tags a two-character brand with its trade that invests, as the amount\'s company', () => {
    const text = '其中,卓越科技投资3亿元建设的精密传感器研发及生产项目稳步推进。';
    assert.deepEqual(companiesIn(text), ['卓越科技']);
    assert.deepEqual(companyLinks(text), ['卓越科技']);
  });

  it('tags a foreign company by country and brand among what was signed, and links the project named after it', () => {
    const text = '开发区签约了总投资5亿元的德国博恒汽车电池包生产等项目。\n今年成功签约了德国博恒等项目,同时推进多个项目。';
    assert.deepEqual(companiesIn(text), ['德国博恒']);
    assert.deepEqual(companyLinks(text), ['德国博恒']);
  });

  it('does not take two places signed as projects for a company', () => {
    assert.deepEqual(companiesIn('今年成功签约了江西南昌等项目,引进了上海浦东等企业。'), []);
  });

  it('leaves places, determiners and generic words that invest or are said to be companies untagged', () => {
    const text = '其中,全市科技投资3亿元。该市是全国首家试点企业,当地是知名企业。本地企业是骨干企业。';
    assert.deepEqual(companiesIn(text), []);
    assert.deepEqual(companyLinks(text), [undefined]);
  });
});
