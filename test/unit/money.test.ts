import { strict as assert } from 'node:assert';
import { findMoney, scanMoney } from '../../src/core/recognition/money';
import { recognize } from '../../src/core/recognition/recognize';
import type { Entity } from '../../src/core/types';

/** What a case expects of one MONEY span; attributes left out are not checked. */
type Expect = Partial<Pick<Entity, 'value' | 'max' | 'currency' | 'qualifier' | 'role' | 'scope'>> & { text: string };

function money(sentence: string): Entity[] {
  return recognize(sentence).filter((e) => e.label === 'MONEY');
}

/** Runs a table: each sentence must yield exactly the listed MONEY spans, in order. */
function table(rows: readonly (readonly [string, readonly Expect[]])[]): void {
  for (const [sentence, expected] of rows) {
    it(`${sentence} → ${expected.map((e) => e.text).join(' | ') || 'no money'}`, () => {
      const found = money(sentence);
      assert.deepEqual(found.map((e) => e.text), expected.map((e) => e.text));
      expected.forEach((exp, i) => {
        const got = found[i];
        assert.equal(got.text, sentence.slice(got.start, got.end));
        for (const key of ['value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const) {
          if (key in exp) assert.equal(got[key], exp[key], `${exp.text}: ${key}`);
        }
      });
    });
  }
}

describe('MONEY', () => {
  describe('numbers and multipliers', () => table([
    ['合同资金达65.1亿元', [{ text: '65.1亿元', value: 6510000000, currency: 'CNY' }]],
    ['签约资金６５．１亿元', [{ text: '６５．１亿元', value: 6510000000 }]],
    ['投资1,200万元', [{ text: '1,200万元', value: 12000000 }]],
    ['计划投资两千万元', [{ text: '两千万元', value: 20000000 }]],
    ['总投资六十五亿元', [{ text: '六十五亿元', value: 6500000000 }]],
    ['投资三点五亿元', [{ text: '三点五亿元', value: 350000000 }]],
    ['奖励3.5万元', [{ text: '3.5万元', value: 35000, role: 'funding' }]],
    ['投资一千二百万元', [{ text: '一千二百万元', value: 12000000 }]],
    ['总投资3亿5000万元', [{ text: '3亿5000万元', value: 350000000 }]],
    ['契約總額達118億64萬3千元', [{ text: '118億64萬3千元', value: 11800643000 }]],
    ['補助經費7億2千元', [{ text: '7億2千元', value: 700002000 }]],
    ['奖励金额为5万3千元', [{ text: '5万3千元', value: 53000 }]],
    ['员工3亿5千人次到访', []],
    ['人民币壹佰万圆整', [{ text: '壹佰万圆', value: 1000000, currency: 'CNY' }]],
    ['總投資95.43億元', [{ text: '95.43億元', value: 9543000000, role: 'investment' }]],
    ['投资50个亿元建设', [{ text: '50个亿元', value: 5000000000 }]],
    ['总投资5000萬(wàn)元', [{ text: '5000萬(wàn)元', value: 50000000 }]],
    ['总投资67元的项目', [{ text: '67元', value: 67, role: 'investment', scope: 'item' }]],
  ]));

  describe('approximation inside the span, qualifiers outside it', () => table([
    ['涉及资金500多万元', [{ text: '500多万元', value: 5000000, qualifier: 'approx' }]],
    ['投资1000余万元', [{ text: '1000余万元', value: 10000000, qualifier: 'approx' }]],
    ['总投资十几亿元', [{ text: '十几亿元', value: 1000000000, qualifier: 'approx' }]],
    ['投资两亿多元', [{ text: '两亿多元', value: 200000000, qualifier: 'approx' }]],
    ['融资数十亿元', [{ text: '数十亿元', value: 1000000000, qualifier: 'approx' }]],
    ['总投资约20亿元', [{ text: '20亿元', qualifier: 'approx' }]],
    ['总投资近20亿元', [{ text: '20亿元', qualifier: 'at_most' }]],
    ['总投资超20亿元', [{ text: '20亿元', qualifier: 'at_least' }]],
    ['总投资逾20亿元', [{ text: '20亿元', qualifier: 'at_least' }]],
    ['年销售收入将不低于30亿元', [{ text: '30亿元', qualifier: 'at_least', role: 'revenue' }]],
    ['每年至少贡献1000万美元外资', [{ text: '1000万美元', qualifier: 'at_least', role: 'foreign' }]],
    ['总投资20亿元左右', [{ text: '20亿元', qualifier: 'approx' }]],
    ['单笔奖励不超过500万元', [{ text: '500万元', qualifier: 'at_most', role: 'funding' }]],
    ['合同资金达65.1亿元', [{ text: '65.1亿元', qualifier: undefined }]],
    ['签约5亿元', [{ text: '5亿元', qualifier: undefined }]],
    ['通过5亿元的贷款', [{ text: '5亿元', qualifier: undefined, role: 'funding' }]],
    ['年营收过亿元', [{ text: '亿元', value: 100000000, qualifier: 'at_least', role: 'revenue' }]],
    ['产值上亿元', [{ text: '亿元', value: 100000000, qualifier: 'at_least' }]],
  ]));

  describe('ranges', () => table([
    ['总投资10-20亿元', [{ text: '10-20亿元', value: 1000000000, max: 2000000000 }]],
    ['总投资10至20亿元', [{ text: '10至20亿元', value: 1000000000, max: 2000000000 }]],
    ['总投资10亿至20亿元', [{ text: '10亿至20亿元', value: 1000000000, max: 2000000000 }]],
    ['投资额10亿元～20亿元', [{ text: '10亿元～20亿元', value: 1000000000, max: 2000000000 }]],
    ['投资5000万到1亿美元', [{ text: '5000万到1亿美元', value: 50000000, max: 100000000, currency: 'USD' }]],
    ['1~3月份完成投资5亿元', [{ text: '5亿元', value: 500000000, role: 'completed' }]],
  ]));

  describe('amounts without a currency word', () => table([
    ['总投资8000万的项目', [{ text: '8000万', value: 80000000, currency: 'CNY', role: 'investment' }]],
    ['投资3亿建设生产线', [{ text: '3亿', value: 300000000, role: 'investment' }]],
    ['年产值达20亿，税收1.5亿', [{ text: '20亿', role: 'revenue' }, { text: '1.5亿', role: 'tax' }]],
    ['人民币5000万', [{ text: '人民币5000万', currency: 'CNY' }]],
    ['美元3000万', [{ text: '美元3000万', currency: 'USD' }]],
    ['人口达100万', []],
    ['销售电池2640万安时', []],
    ['投资建设年产300万吨钢材', []],
    // a verb of signing or drawing money in before a headline's bare amount, and a level reached after a cue
    ['某市赴沪招商签约86亿', [{ text: '86亿', value: 8600000000, currency: 'CNY', role: 'contract' }]],
    ['第五届茶博会揽金23.6亿', [{ text: '23.6亿', value: 2360000000 }]],
    ['某县在深引资迈百亿', [{ text: '百亿', value: 10000000000, role: 'investment' }]],
    ['某園區在滬引資邁百億', [{ text: '百億', value: 10000000000, role: 'investment' }]],
    ['某园区签约12万平方米厂房', []],
    ['某县签约3万人次', []],
    // a spending verb, an estimate or intensity of investment, or a target before it (moneyWordBefore.ts)
    ['青禾科技砸32亿在柳岸设新厂', [{ text: '32亿', value: 3200000000 }]],
    ['其中,体育馆投资估算约3亿,选址位于新城。', [{ text: '3亿', qualifier: 'approx', role: 'investment' }]],
    ['厂房占地40亩,每亩投资强度达300万。', [{ text: '300万', value: 3000000, role: 'investment' }]],
    ['全区完成县里下达任务80亿的101.5%。', [{ text: '80亿', value: 8000000000, role: 'investment' }]],
    // a project right after it, through `的项目` or, in 亿, its kind or name (projectAfterBareAmount)
    ['柳岸18亿智能家居项目落户青禾', [{ text: '18亿', value: 1800000000, role: 'investment' }]],
    ['本次签约的900亿的项目中,600亿的项目已获批复。', [{ text: '900亿' }, { text: '600亿' }]],
    ['青禾县签约年产30万锭纺纱项目,年产1亿颗芯片项目同时开工。', []],
  ]));

  describe('size classes (thresholds)', () => table([
    ['引进10亿元以上项目69个', [{ text: '10亿元', value: 1000000000, qualifier: 'at_least', role: 'threshold', scope: 'aggregate' }]],
    ['全年实施重点项目(3000万元以上)42个', [{ text: '3000万元', qualifier: 'at_least', role: 'threshold' }]],
    ['一季度,全县规上工业增加值(2000万元以上)增长8%', [{ text: '2000万元', qualifier: 'at_least', role: 'threshold' }]],
    ['固定资产投资(500万元以上)完成8.6亿元', [{ text: '500万元', role: 'threshold' }, { text: '8.6亿元', role: 'completed' }]],
    ['奖励(50万元以上,按年度)', [{ text: '50万元', role: 'funding' }]],
    ['億元以上項目16個', [{ text: '億元', value: 100000000, qualifier: 'at_least', role: 'threshold', scope: 'aggregate' }]],
    ['百亿元以上项目4个', [{ text: '百亿元', value: 10000000000, role: 'threshold' }]],
    ['招引超千万美元项目8个', [{ text: '千万美元', value: 10000000, currency: 'USD', qualifier: 'at_least', role: 'threshold' }]],
    ['产值过亿元规上工业企业120家', [{ text: '亿元', role: 'threshold', qualifier: 'at_least' }]],
    ['实际利用省外2000万元以上项目资金', [{ text: '2000万元', role: 'threshold' }]],
    ['年营业收入二千万元以上的企业', [{ text: '二千万元', value: 20000000, role: 'threshold' }]],
    ['1亿元以上社会消费品零售总额', [{ text: '1亿元', qualifier: 'at_least', role: 'revenue', scope: 'item' }]],
    ['单位：万元', []],
    ['万元GDP能耗下降', []],
    // A bare multiplier, or one without 元, right before projects and their count: a size class too.
    ['白石区二季度签约亿元项目12个,涵盖装备制造', [{ text: '亿元', value: 100000000, qualifier: 'at_least', role: 'threshold', scope: 'aggregate' }]],
    ['全年引进项目46个(其中超5亿项目6个),总投资额88.2亿元', [
      { text: '5亿', value: 500000000, currency: 'CNY', qualifier: 'at_least', role: 'threshold' },
      { text: '88.2亿元', role: 'investment' },
    ]],
    // Uncounted too, as `百亿项目` (sizeClass.ts, roundScaleWithYuanOfProjects); before another noun it is no money.
    ['签约亿元项目,涵盖装备制造', [{ text: '亿元', value: 100000000, role: 'threshold', scope: 'aggregate' }]],
    ['打造亿元园区,涵盖装备制造', []],
    ['完成检测5万项,投资3亿元', [{ text: '3亿元' }]],
  ]));

  describe('currencies', () => table([
    ['投资1.2亿美元', [{ text: '1.2亿美元', currency: 'USD' }]],
    ['投资50亿港元', [{ text: '50亿港元', currency: 'HKD' }]],
    ['投资50亿港幣', [{ text: '50亿港幣', currency: 'HKD' }]],
    ['投资2亿欧元', [{ text: '2亿欧元', currency: 'EUR' }]],
    ['投資2億歐元', [{ text: '2億歐元', currency: 'EUR', value: 200000000 }]],
    ['投资50亿日元', [{ text: '50亿日元', currency: 'JPY' }]],
    ['投资3000万英镑', [{ text: '3000万英镑', currency: 'GBP' }]],
    ['投资1.5万亿韩元', [{ text: '1.5万亿韩元', currency: 'KRW', value: 1.5e12 }]],
    ['投資1.5萬億韓元', [{ text: '1.5萬億韓元', currency: 'KRW', value: 1.5e12 }]],
    ['投资5亿元人民币', [{ text: '5亿元人民币', currency: 'CNY' }]],
    // Every currency that may be named before the number lets a qualifier before it reach the amount.
    ['投资约韩币5000万', [{ text: '韩币5000万', currency: 'KRW', qualifier: 'approx' }]],
    ['投资约澳门币5000万', [{ text: '澳门币5000万', currency: 'MOP', qualifier: 'approx' }]],
    ['总投资5.215亿美元(约40.7亿港元)', [
      { text: '5.215亿美元', currency: 'USD', value: 521500000 },
      { text: '40.7亿港元', currency: 'HKD', qualifier: 'approx', value: 4070000000 },
    ]],
  ]));

  describe('(下同) carries a currency to later bare amounts', () => {
    it('within one paragraph and across paragraphs', () => {
      const text = '实际使用外资1.2亿美元(下同)，增长15%；其中制造业实际使用外资8000万。\n服务业实际使用外资3000万。';
      const found = money(text);
      assert.deepEqual(found.map((e) => [e.text, e.currency]), [['1.2亿美元', 'USD'], ['8000万', 'USD'], ['3000万', 'USD']]);
    });
    it('an explicit 元 still means CNY', () => {
      assert.equal(money('实际使用外资1.2亿美元(下同)；税收5000万元')[1].currency, 'CNY');
    });
    it('scanMoney reports the currency in force', () => {
      assert.equal(scanMoney('外资1.2亿美元(下同)').currency, 'USD');
      assert.equal(scanMoney('外资1.2亿美元').currency, undefined);
      assert.equal(scanMoney('投资8000万', 'USD').spans[0].currency, 'USD');
    });
  });

  describe('roles from the words around', () => table([
    ['签约项目17个，合同资金达65.1亿元', [{ text: '65.1亿元', role: 'contract', scope: 'aggregate' }]],
    ['签约12个项目，签约金额共208亿元', [{ text: '208亿元', role: 'contract', scope: 'aggregate' }]],
    ['143个重大项目完成投资247.04亿元', [{ text: '247.04亿元', role: 'completed', scope: 'aggregate' }]],
    ['上半年预计完成工业投资199.54亿元', [{ text: '199.54亿元', role: 'completed', scope: 'aggregate' }]],
    ['到位外资635万美元', [{ text: '635万美元', role: 'foreign' }]],
    ['实际利用外资5000万美元', [{ text: '5000万美元', role: 'foreign' }]],
    ['5年对赌税收1亿元、社会商品零售总额60亿元', [{ text: '1亿元', role: 'tax', scope: 'item' }, { text: '60亿元', role: 'revenue', scope: 'item' }]],
    ['争取上级资金1216万元，已下达389万元', [{ text: '1216万元', role: 'funding' }, { text: '389万元', role: 'funding' }]],
    ['成功申请到“科创贷”，涉及金额2000万元', [{ text: '2000万元', role: 'funding', scope: 'aggregate' }]],
    ['1亿美元外贸指标', [{ text: '1亿美元', role: 'other' }]],
    ['重大项目进场交易41项，交易额达23.69亿元', [{ text: '23.69亿元', role: 'other', scope: 'aggregate' }]],
    ['完成4亿元招商引资任务', [{ text: '4亿元', role: 'investment' }]],
    ['每年引进不低于40亿元固定资产投资项目', [{ text: '40亿元', role: 'investment', qualifier: 'at_least' }]],
    ['争取中央预算内资金3000万元', [{ text: '3000万元', role: 'funding' }]],
    ['房价每平方米1.2万元', [{ text: '1.2万元', role: 'other' }]],
  ]));

  describe('scope: one project, or several', () => table([
    ['总投资50亿元的博通科技产业园项目顺利落户', [{ text: '50亿元', scope: 'item' }]],
    ['现场签约项目10个，涵盖多个领域，总投资78亿元', [{ text: '78亿元', scope: 'aggregate' }]],
    ['本次集中签约的20个项目，总投资达128.3亿元，其中既有投资达50亿元的大项目', [
      { text: '128.3亿元', scope: 'aggregate' }, { text: '50亿元', scope: 'item' }]],
    ['全年省市重大产业项目投资250.4亿元', [{ text: '250.4亿元', scope: 'aggregate' }]],
    ['该公司主要生产锂电池，总投资5000万元', [{ text: '5000万元', scope: 'item' }]],
    // An amount followed by its share of a larger whole is a category's or a place's total; land taken up is no share.
    ['本期新设仓储物流企业注册资本3.27亿美元,占注册资本总额的14.2%。', [{ text: '3.27亿美元', scope: 'aggregate' }]],
    ['本期新设软件企业外方出资2.18亿美元,同比增长18%,占外资总额的9.6%。', [{ text: '2.18亿美元', scope: 'aggregate' }]],
    ['鑫河精密轴承项目总投资6.5亿元,占地180亩。', [{ text: '6.5亿元', scope: 'item' }]],
    // The part of a plan done is one project's progress, no share of a whole.
    ['槐荫陶瓷釉料项目已完成投资380万元,占年度计划21.4%,厂房主体已封顶。', [{ text: '380万元', scope: 'item' }]],
    ['翠岭冷链仓储项目完成投资1.2亿元,占全年投资计划的46%。', [{ text: '1.2亿元', scope: 'item' }]],
    ['在1个月内达成合作意向，总投资5亿元', [{ text: '5亿元', scope: 'item' }]],
    ['两家企业将分别引进投资不低于40亿元', [{ text: '40亿元', scope: 'aggregate' }]],
    ['园区企业平均研发投入500万元', [{ text: '500万元', scope: 'aggregate' }]],
    // `N大…项目` counts projects, with a kind between, in traditional forms too; a rank (`第二大`) counts none.
    ['總投資達86億元的六大項目同步啟動。', [{ text: '86億元', scope: 'aggregate' }]],
    ['列入重点打造的“五大惠民项目”总投资达42亿元。', [{ text: '42亿元', scope: 'aggregate' }]],
    ['总投资12亿元的三大工程今日开工。', [{ text: '12亿元', scope: 'aggregate' }]],
    ['总投资12亿元的第二大项目今日开工。', [{ text: '12亿元', scope: 'item' }]],
    // A total the next sentence, opened by `其中`, breaks down into named works or counted projects is their sum;
    // not a phase of one project, nor a company's cities.
    ['省里近日下达8億元专项资金支持云岭灌区建设。其中白鹭水库工程3億元,青石河灌区工程5億元。', [
      { text: '8億元', scope: 'aggregate' }, { text: '3億元', scope: 'item' }, { text: '5億元', scope: 'item' }]],
    ['今年前8个月,该市吸引外资2.4亿美元,同比增长12%。其中,新批项目31个,投资总额1.6亿美元。', [
      { text: '2.4亿美元', scope: 'aggregate' }, { text: '1.6亿美元', scope: 'aggregate' }]],
    ['目前,某某物流已拥有90亿美元资产。其中,在国内已覆盖25个主要城市。', [{ text: '90亿美元', scope: 'item' }]],
  ]));

  describe('never money', () => table([
    ['年产锂电池2640万安时', []],
    ['占地面积3575.105亩', []],
    ['建筑面积825854平方米', []],
    ['年产钢材300万吨', []],
    ['装机容量50万千瓦', []],
    ['签约项目17个', []],
    ['抽检82批次', []],
    ['同比增长12.5%', []],
    ['1~3月份', []],
    ['2023年', []],
    ['1-4月份', []],
    ['带动就业5000人', []],
    ['引进500强企业', []],
    ['千方百计留住客商', []],
    ['一元化管理', []],
    ['元旦期间', []],
    ['三元区政府', []],
    ['第一季度', []],
    ['十三五期间', []],
    ['千万不要', []],
    ['GDP增长7.5%', []],
    ['A股代码600001', []],
  ]));

  describe('a second article: Traditional Chinese, other parks and currencies', () => table([
    ['香港科學園去年吸引投資逾50億港元，較前年增長兩成。', [{ text: '50億港元', value: 5000000000, currency: 'HKD', qualifier: 'at_least', role: 'investment' }]],
    ['該公司計劃投資一億二千萬美元興建新廠房', [{ text: '一億二千萬美元', value: 120000000, currency: 'USD', role: 'investment' }]],
    ['首期投資約三點五億元人民幣', [{ text: '三點五億元人民幣', value: 350000000, currency: 'CNY', qualifier: 'approx' }]],
    ['中山火炬高新區簽約項目47個，簽約額95.43億元，其中10億元以上項目2個、億元以上項目16個。', [
      { text: '95.43億元', role: 'contract', scope: 'aggregate' },
      { text: '10億元', role: 'threshold', scope: 'aggregate' },
      { text: '億元', role: 'threshold', scope: 'aggregate', value: 100000000 },
    ]],
    ['項目總投資額達5000萬元，簽約金額合共80億元。', [
      { text: '5000萬元', role: 'investment', scope: 'item' }, { text: '80億元', role: 'contract', scope: 'aggregate' }]],
  ]));

  describe('a third article: a city report', () => table([
    ['苏州工业园区一季度新签约项目32个，总投资达218.6亿元，其中外资项目12个，合同外资3.2亿美元。', [
      { text: '218.6亿元', role: 'investment', scope: 'aggregate' },
      { text: '3.2亿美元', role: 'foreign', scope: 'aggregate', currency: 'USD' },
    ]],
    ['园区举行集中签约仪式，现场签约项目15个，签约金额约120亿元。', [{ text: '120亿元', qualifier: 'approx', role: 'contract', scope: 'aggregate' }]],
    ['该项目达产后预计年产值可达50亿元，年纳税超3亿元。', [
      { text: '50亿元', role: 'revenue', scope: 'item' }, { text: '3亿元', role: 'tax', qualifier: 'at_least', scope: 'item' }]],
    ['园区今年计划引进亿元以上项目60个，其中10亿元以上项目不少于15个。', [
      { text: '亿元', role: 'threshold' }, { text: '10亿元', role: 'threshold' }]],
    ['德国某集团拟投资2亿欧元在园区建设研发中心，日资企业追加投资50亿日元。', [
      { text: '2亿欧元', currency: 'EUR', role: 'investment' }, { text: '50亿日元', currency: 'JPY', role: 'investment' }]],
    ['对新引进企业给予最高500万元的奖励。', [{ text: '500万元', qualifier: 'at_most', role: 'funding' }]],
    ['上半年完成固定资产投资45.6亿元。', [{ text: '45.6亿元', role: 'completed', scope: 'aggregate' }]],
    ['年产锂电池2640万安时，占地约3575.105亩，项目总投资10-15亿元。', [{ text: '10-15亿元', value: 1000000000, max: 1500000000 }]],
  ]));

  describe('a fourth article: development-zone half-year report', () => table([
    ['两个项目总投资分别为5亿元和3亿元。', [{ text: '5亿元', scope: 'item' }, { text: '3亿元', scope: 'item' }]],
    ['前5个月，全市实际利用外资3亿美元，同比增长12%。', [{ text: '3亿美元', role: 'foreign', scope: 'aggregate' }]],
    ['今年1-5月，开发区实现税收收入12.6亿元。', [{ text: '12.6亿元', role: 'tax', scope: 'aggregate' }]],
    ['项目总投资约1.2亿元，其中设备投资8000万元，注册资本5000万元。', [
      { text: '1.2亿元', qualifier: 'approx', role: 'investment' }, { text: '8000万元', role: 'investment' },
      { text: '5000万元', role: 'other' }]],
    ['对符合条件的项目，单个项目最高补助200万元。', [{ text: '200万元', qualifier: 'at_most', role: 'funding' }]],
    ['完成进出口总额50亿元，外资到位2000万美元。', [{ text: '50亿元', role: 'other' }, { text: '2000万美元', role: 'foreign' }]],
    ['累计完成投资120亿元，到位资金3.5亿元。', [{ text: '120亿元', role: 'completed', scope: 'aggregate' }, { text: '3.5亿元', role: 'completed' }]],
    ['总投资超百亿元的京东方项目落户，引进亿元级项目12个。', [
      { text: '百亿元', qualifier: 'at_least', role: 'investment', scope: 'item' },
      { text: '亿元', role: 'threshold', scope: 'aggregate' }]],
    ['合肥经开区今年以来新签约亿元以上项目45个，协议引资总额386.5亿元。', [
      { text: '亿元', role: 'threshold' }, { text: '386.5亿元', role: 'contract', scope: 'aggregate' }]],
    ['项目计划总投资 5000 万元，占地 80 亩。', [{ text: '5000 万元', value: 50000000, role: 'investment' }]],
    ['深圳前海签约项目22个，总投资超过1000亿元，平均每个项目投资45亿元。', [
      { text: '1000亿元', qualifier: 'at_least', scope: 'aggregate' }, { text: '45亿元', scope: 'aggregate' }]],
    ['新加坡丰树集团追加投资1.5亿新加坡元。', [{ text: '1.5亿新加坡元', currency: 'SGD', value: 150000000 }]],
    ['某钢铁集团在柔佛州投资總額達48億馬幣,另一家企業投資2.6亿令吉。', [
      { text: '48億馬幣', currency: 'MYR', value: 4800000000 }, { text: '2.6亿令吉', currency: 'MYR', value: 260000000 }]],
    ['海防市财政收入2.3万亿越盾,同比增长5%。', [{ text: '2.3万亿越盾', currency: 'VND', value: 2300000000000 }]],
    ['臺灣地區企業投資新臺幣30億元擴建廠房。', [{ text: '30億元', currency: 'TWD', value: 3000000000 }]],
    ['全年共兑现各类奖补资金1.2亿元，惠及企业326家。', [{ text: '1.2亿元', role: 'funding', scope: 'aggregate' }]],
  ]));

  describe('signed, arrived and accumulated money', () => table([
    ['截至月底,新增签约项目9个,签约投资额为46.3亿元。', [{ text: '46.3亿元', role: 'contract', scope: 'aggregate' }]],
    ['今年全区依然交出了新签约项目27个、协议资金218.6亿元的好成绩。', [{ text: '218.6亿元', role: 'contract', scope: 'aggregate' }]],
    ['全市实际使用外资增幅居前。一季度实际到资8630万美元,同比增长11%。', [{ text: '8630万美元', role: 'foreign' }]],
    ['该项目实际到资2.4亿元,设备已全部进场。', [{ text: '2.4亿元', role: 'completed' }]],
    // A `;` list names its kind once; the share after an item's amount names the whole, not the next item's kind.
    ['从来源地看,其中新加坡42家企业注册外资3.12亿美元,占外方注册资本总数的40.5%;德国9家企业0.77亿美元,占外方注册资本总数的10%;瑞士5家企业0.31亿美元,占外方注册资本总数的4%。', [
      { text: '3.12亿美元', role: 'foreign' }, { text: '0.77亿美元', role: 'foreign' }, { text: '0.31亿美元', role: 'foreign' }]],
    // A bare completion verb before a foreign currency, in a passage about foreign capital: foreign capital.
    ['上半年全县实际利用外资3.12亿美元。分行业看,农业完成215万美元;制造业完成1.87亿美元。', [
      { text: '3.12亿美元', role: 'foreign' }, { text: '215万美元', role: 'foreign' }, { text: '1.87亿美元', role: 'foreign' }]],
    // In yuan it stays investment done, and so it does in dollars with no foreign capital nearby.
    ['全市实际利用外资增长较快。分行业看,农业完成3.6亿元,制造业完成12.4亿元。', [
      { text: '3.6亿元', role: 'completed' }, { text: '12.4亿元', role: 'completed' }]],
    ['某某电子项目一期建设完成4200万美元,二期正在推进。', [{ text: '4200万美元', role: 'completed' }]],
    ['园区入驻企业累计固定资产投资额28.5亿元。', [{ text: '28.5亿元', role: 'completed' }]],
    ['明年拟签约项目6个,累计投资额为31亿元。', [{ text: '31亿元', role: 'investment' }]],
  ]));

  describe('size classes written with 级, 规模 or no 元', () => table([
    ['签约的5个项目中,百亿级项目1个、30亿级项目2个。', [
      { text: '百亿', value: 10000000000, role: 'threshold', scope: 'aggregate' },
      { text: '30亿', value: 3000000000, role: 'threshold', scope: 'aggregate' }]],
    ['这是今年签约的首个百亿级项目。', [{ text: '百亿', role: 'threshold' }]],
    // An industry of a level in 亿 is a size class (guidelines: `百亿级` in a size class is a threshold).
    ['力争打造千亿级产业集群。', [{ text: '千亿', value: 100000000000, role: 'threshold' }]],
    ['其中,优质项目30个;亿元规模以上市外项目21个。', [{ text: '亿元', value: 100000000, qualifier: 'at_least', role: 'threshold' }]],
    ['年营收超过80亿元的企业2家,超过5亿的企业14家。', [
      { text: '80亿元', role: 'threshold' }, { text: '5亿', value: 500000000, qualifier: 'at_least', role: 'threshold', scope: 'aggregate' }]],
    ['超过5亿的数字令人惊讶。', []],
  ]));

  describe('counts that make a sum, and counts that do not', () => table([
    ['总投资96亿元,临江市东湖区14个项目集中签约\n近日,东湖区举行签约仪式。', [{ text: '96亿元', scope: 'aggregate' }]],
    ['该项目总投资5亿元,全县12个项目今年开工。', [{ text: '5亿元', scope: 'item' }]],
    ['项目总用地约20亩,4个单体建筑,总建筑面积约3万平方米,总投资额约2亿元。', [{ text: '2亿元', scope: 'item' }]],
  ]));

  describe('output expected once production starts', () => table([
    // One project's sales after it reaches capacity, though a year dates the start: the project's, not the region's.
    ['该项目总投资6.5亿元。据介绍,一期计划今年年底建成投产,全部达产后,年销售收入将达12亿元。', [
      { text: '6.5亿元', scope: 'item' }, { text: '12亿元', role: 'revenue', scope: 'item' }]],
    ['物流园建成后将吸纳周边商户入驻,年产值预计可达8亿元。', [{ text: '8亿元', role: 'revenue', scope: 'item' }]],
    // A batch's output stays their sum.
    ['这批项目全部达产后,预计年新增产值逾35亿元、税收超2亿元。', [
      { text: '35亿元', scope: 'aggregate' }, { text: '2亿元', scope: 'aggregate' }]],
    ['今年全县新开工项目12个,达产后年产值可达40亿元。', [{ text: '40亿元', scope: 'aggregate' }]],
    // A year's investment with no milestone is still the region's statistic.
    ['今年完成工业投资18亿元。', [{ text: '18亿元', scope: 'aggregate' }]],
  ]));

  it('findMoney works on folded text, spans sorted and disjoint', () => {
    const spans = findMoney('总投资50亿元,其中一期投资20亿元,二期30亿元人民币');
    assert.deepEqual(spans.map((s) => s.value), [5e9, 2e9, 3e9]);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
  });
});
