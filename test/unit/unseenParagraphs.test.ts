// Paragraphs written for these tests in the style of investment-promotion news the samples do not
// cover (other provinces, zone abbreviations, airport zones, region-wide statistics, titled project
// names, companies with bracketed places). Each paragraph lists every PARK/PROJECT/COMPANY span the
// guidelines ask for (marked `[[LABEL:text]]`) and every MONEY span with the attributes it must have.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognize';
import type { Entity } from '../../src/core/types';
import { namedIn, parseMarked } from './namedEntityHelpers';

type MoneyExpect = Partial<Pick<Entity, 'value' | 'max' | 'currency' | 'qualifier' | 'role' | 'scope'>> & { text: string };

const PARAGRAPHS: readonly (readonly [rule: string, marked: string, money: readonly MoneyExpect[]])[] = [
  [
    'a local zone abbreviation (place + one character + 开区) and the usual 经开区',
    '近日，[[PARK:吉安井开区]]与深圳一家电子企业签约，总投资12亿元的[[PROJECT:高端印制电路板项目]]正式落户。' +
      '今年1-5月，[[PARK:南昌经开区]]、[[PARK:赣州经开区]]共引进亿元以上项目46个。',
    [
      { text: '12亿元', value: 1.2e9, currency: 'CNY', role: 'investment', scope: 'item' },
      { text: '亿元', value: 1e8, role: 'threshold', scope: 'aggregate', qualifier: 'at_least' },
    ],
  ],
  [
    '开区 inside a verb phrase is not a zone',
    '双方将在南昌展开区域合作，全面展开区域产业链协作。',
    [],
  ],
  [
    'airport economy zones and a bonded zone abbreviation',
    '[[PARK:郑州航空港区]]今年前4个月实际利用外资2.1亿美元；[[PARK:长沙临空经济示范区]]、[[PARK:昆明空港经济区]]和' +
      '[[PARK:九江综保区]]分别签约项目12个、9个和7个。',
    [{ text: '2.1亿美元', value: 2.1e8, currency: 'USD', role: 'foreign', scope: 'aggregate' }],
  ],
  [
    'a county park whose county opens with 全, a free-trade zone with its bracketed province',
    '[[PARK:全南工业园]]与[[PARK:中国（福建）自由贸易试验区]]签订战略合作协议，[[PARK:成都天府国际生物城]]派员出席。',
    [],
  ],
  [
    'region-wide totals: 全区, a year heading, growth after the amount, clauses after ；',
    '2023年，全区实际利用外资3.2亿美元，规模以上工业总产值达860亿元，同比增长9.6%；完成固定资产投资410余亿元。',
    [
      { text: '3.2亿美元', value: 3.2e8, currency: 'USD', role: 'foreign', scope: 'aggregate' },
      { text: '860亿元', value: 8.6e10, role: 'revenue', scope: 'aggregate' },
      { text: '410余亿元', value: 4.1e10, qualifier: 'approx', role: 'completed', scope: 'aggregate' },
    ],
  ],
  [
    'a region as subject, no count or period word',
    '去年，该区引进省外项目资金125亿元。园区实现工业总产值120亿元，税收5.6亿元。',
    [
      { text: '125亿元', role: 'completed', scope: 'aggregate' },
      { text: '120亿元', role: 'revenue', scope: 'aggregate' },
      { text: '5.6亿元', role: 'tax', scope: 'aggregate' },
    ],
  ],
  [
    'one company or one project stays an item, growth or year notwithstanding',
    '[[COMPANY:江西赣锋锂业股份有限公司]]去年营业收入达418亿元，同比增长2.9%。今年，[[PROJECT:比亚迪电池项目]]计划投资30亿元。' +
      '该区投资5亿元建设污水处理厂。',
    [
      { text: '418亿元', role: 'revenue', scope: 'item' },
      { text: '30亿元', role: 'investment', scope: 'item' },
      { text: '5亿元', role: 'investment', scope: 'item' },
    ],
  ],
  [
    'a cue that qualifies a class noun does not give the award its role',
    '对投资额在5000万欧元以上的外资项目给予最高1000万元奖励。',
    [
      { text: '5000万欧元', value: 5e7, currency: 'EUR', role: 'threshold', scope: 'aggregate' },
      { text: '1000万元', value: 1e7, qualifier: 'at_most', role: 'funding' },
    ],
  ],
  [
    'titled and quoted project names, a phase after 项目 in a list',
    '现场签约[[PROJECT:《赣南客家文化旅游》项目]]、[[PROJECT:“赣州智造谷”项目]]和[[PROJECT:《长征》文旅综合体项目]]；' +
      '[[PROJECT:欣旺达动力电池项目]]二期、' +
      '[[PROJECT:中伟新材料年产10万吨前驱体项目]]同日开工。',
    [],
  ],
  [
    'companies with a bracketed place inside their name',
    '[[COMPANY:三星（中国）半导体有限公司]]、[[COMPANY:博世（中国）投资有限公司]]与[[COMPANY:华润（集团）有限公司]]出席签约仪式。',
    [],
  ],
  [
    'Traditional characters, full-width digits, (下同) and Chinese numerals',
    '[[PARK:廈門火炬高新區]]引進[[COMPANY:香港新世界發展有限公司]]，擬投資１５億港元（下同），首期投入3億；' +
      '另一項目總投資一百二十億元，年產值約3千萬元。',
    [
      { text: '１５億港元', value: 1.5e9, currency: 'HKD', role: 'investment', scope: 'item' },
      { text: '3億', value: 3e8, currency: 'HKD', role: 'investment' },
      // An explicit 元 is CNY whatever currency is in force.
      { text: '一百二十億元', value: 1.2e10, currency: 'CNY', role: 'investment', scope: 'item' },
      { text: '3千萬元', value: 3e7, currency: 'CNY', qualifier: 'approx', role: 'revenue' },
    ],
  ],
  [
    'a gloss in another currency, a currency named before the number, social capital, a reform zone',
    '[[PARK:山西综改示范区]]引进外资项目总投资2亿美元（约合人民币14.3亿元），吸引社会资本约2.3亿元。',
    [
      { text: '2亿美元', value: 2e8, currency: 'USD', role: 'investment' },
      { text: '14.3亿元', value: 1.43e9, currency: 'CNY', qualifier: 'approx' },
      { text: '2.3亿元', qualifier: 'approx', role: 'investment' },
    ],
  ],
  [
    'ranges and web debris',
    '总投资约5～8亿元的[[PROJECT:恒大新能源汽车项目]]👍，一期投资&nbsp;20&nbsp;亿元。',
    [
      { text: '5～8亿元', value: 5e8, max: 8e8, qualifier: 'approx', role: 'investment', scope: 'item' },
      { text: '20&nbsp;亿元', value: 2e9, role: 'investment' },
    ],
  ],
];

describe('paragraphs unlike the samples', () => {
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
