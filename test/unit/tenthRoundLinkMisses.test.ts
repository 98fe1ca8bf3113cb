// Paragraphs written for the link misses of a tenth held-out round (statistics reports and
// company-centric articles): a project said to be built by a company, whose figures follow in later
// sentences. Every sentence is invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { linksOf } from './linkHelpers';

describe('tenth-round link misses: a project built by a company', () => {
  it('gives the project\'s later amounts to the company that builds it (`P项目由C投资建设`)', () => {
    const text = '精密轴承生产项目由湖南恒钧机械科技有限公司投资建设,该公司主要生产汽车轴承。项目总投资2亿元,达产后可实现年产值5亿元,年纳税1500万元。';
    assert.deepEqual(linksOf(text), [
      '2亿元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
      '5亿元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
      '1500万元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
    ]);
  });

  it('does not give it a company named otherwise (`P项目由C牵线引进`)', () => {
    const text = '精密轴承生产项目由湖南恒钧招商咨询有限公司牵线引进。项目总投资2亿元。';
    assert.deepEqual(linksOf(text), ['2亿元: 精密轴承生产项目 - -']);
  });
});

describe('tenth-round link misses: a project named in a sentence without money', () => {
  it('gives `项目计划总投资X` in the next sentence to the one project the sentence before named', () => {
    const text = '公司控股子公司将在当地投资、建设和运营汽车座椅骨架智能工厂项目。项目计划总投资3亿元,主要生产座椅骨架。项目投产后,年产座椅骨架80万套;达产后次年年产值不低于4亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: 汽车座椅骨架智能工厂项目 - -', '4亿元: 汽车座椅骨架智能工厂项目 - -']);
  });

  it('leaves the amount alone when the sentence before named two projects', () => {
    const text = '公司将建设座椅骨架智能工厂项目和汽车内饰件项目。项目计划总投资3亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - - -']);
  });

  it('needs the anaphor: an amount of another subject stays unlinked', () => {
    const text = '公司将建设座椅骨架智能工厂项目。全县今年完成固定资产投资30亿元。';
    assert.deepEqual(linksOf(text), ['30亿元: - - -']);
  });
});

describe('tenth-round link misses: the project after its amount', () => {
  it('links `投资X新上P项目` (a new line of production)', () => {
    assert.deepEqual(linksOf('青禾食品公司今年投资4000万元新上速冻水饺生产项目。'), ['4000万元: 速冻水饺生产项目 青禾食品公司 -']);
  });

  it('links `投资X在Q扩建的P项目` (where the money builds it, then its name)', () => {
    assert.deepEqual(linksOf('本月新开工的项目主要有:某某商贸投资0.5亿元在东城区原百货大楼扩建的东城购物中心项目。').map((l) => l.split(' ')[1]), ['东城购物中心项目']);
  });
});

describe('tenth-round link misses: a park written after its province', () => {
  it('places the money in `在X省K` as in `在K`', () => {
    assert.deepEqual(linksOf('公司拟在江西省抚州市青石工业园投资建设电子化学品生产基地。该项目计划总投资12亿元。'), ['12亿元: - - 抚州市青石工业园']);
  });

  it('does not place it there when the province is where something else happens', () => {
    assert.deepEqual(linksOf('来自江西省抚州市青石工业园的代表出席。该市今年完成投资12亿元。'), ['12亿元: - - -']);
  });
});

describe('tenth-round link misses: a park\'s figures over `;` clauses', () => {
  const TEXT = '其中,我区单独签约项目50个,签约资金30亿元;白沙高新区签约项目20个,签约资金12亿元;引进企业6家,完成全年目标任务5家的120%;上报到位资金7亿元,完成全年目标任务6亿元的116%。';

  it('keeps the park whose totals opened the clauses for its later figures, past a clause naming nothing', () => {
    assert.deepEqual(linksOf(TEXT).slice(1), ['12亿元: - - 白沙高新区', '7亿元: - - 白沙高新区', '6亿元: - - 白沙高新区']);
  });

  it('stops at a full stop', () => {
    const text = TEXT.replace('120%;', '120%。');
    assert.deepEqual(linksOf(text).slice(2), ['7亿元: - - -', '6亿元: - - -']);
  });
});

describe('tenth-round link misses: a contract in the title restating the investment', () => {
  it('gives the title\'s contract amount the links of the project\'s investment of the same value', () => {
    const text = '某某股份:签订8亿元项目投资合同\n公司控股子公司将投资、建设和运营汽车座椅骨架智能工厂项目。项目计划总投资8亿元。';
    assert.deepEqual(linksOf(text), ['8亿元: 汽车座椅骨架智能工厂项目 - -', '8亿元: 汽车座椅骨架智能工厂项目 - -']);
  });
});

describe('tenth-round link misses: a subsidiary opening the announcement', () => {
  it('gives the next sentence\'s project money to the subsidiary named after `公司控股子公司`', () => {
    const text = '某某股份晚间公告称,公司控股子公司云南青禾包装有限公司拟在县工业园投资新建生产厂房。项目建设期限为12个月,总投资约为1.5亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['云南青禾包装有限公司']);
  });

  it('does not take a subsidiary named inside a clause about something else', () => {
    const text = '某某股份晚间公告称,拟为子公司云南青禾包装有限公司提供担保。全县今年完成投资30亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['-']);
  });
});

describe('tenth-round link misses: a breadcrumb trail above the title', () => {
  it('reads the line after the trail as the title, which restates its lead', () => {
    const text = '您的位置:首页 >> 证券要闻 >> 文章正文\n某某科技:拟8亿元投资建设电池材料生产基地\n公司拟在江西省抚州市青石工业园投资建设电池材料项目。该项目计划总投资8亿元。';
    assert.deepEqual(linksOf(text), ['8亿元: 电池材料项目 - 抚州市青石工业园', '8亿元: 电池材料项目 - 抚州市青石工业园']);
  });
});

describe('tenth-round link misses: the company an announcement is of', () => {
  const TEXT = '鼎力机电晚间公告,为完善公司产业布局,加强母子公司之间的协同,公司计划在当地建立华东生产基地。\n2020年3月5日,公司与某区人民政府签订投资意向书,公司拟投资2-3亿元。\n公司将于合同生效之后投入注册资金5000万元成立全资子公司。';

  it('gives the amounts of sentences opened by `公司` to the company announcing', () => {
    assert.deepEqual(linksOf(TEXT).map((l) => l.split(' ')[2]), ['鼎力机电', '鼎力机电']);
  });

  it('does not when two companies announce, or another company is named before the amount', () => {
    assert.deepEqual(linksOf(`${TEXT}\n星河股份晚间公告,公司拟投资1亿元。`).map((l) => l.split(' ')[2]), ['-', '-', '星河股份']);
    assert.deepEqual(linksOf('鼎力机电晚间公告。公司与青禾科技有限公司签约,青禾科技有限公司拟投资1亿元。').map((l) => l.split(' ')[2]), ['青禾科技有限公司']);
  });
});
