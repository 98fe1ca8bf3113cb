// Whose a figure is when its clause says who (or how many) stand behind it: several pointed at or said uncounted,
// a count heading the noun the amount modifies, firms a project will host, the markets a product reaches.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('several projects or firms pointed at or said uncounted as the figure\'s owners', () => {
  it('sums what a plural pointer with a kind of projects before the amount yields', () => {
    assert.deepEqual(attributes('管委会负责人称,这些新落户智能装备项目达产后总产出近80亿元。'), ['80亿元 revenue aggregate']);
    // Without the pointer the one project spoken of owns it.
    assert.deepEqual(attributes('该智能装备项目达产后年产值近80亿元。'), ['80亿元 revenue item']);
  });

  it('reads a pointer opening a later clause of one project\'s `；` item as a subject of its own', () => {
    assert.deepEqual(attributes('加快推进总投资6亿元的青川纺织项目前期工作;力促总投资9亿元的北岭光电项目落地,以上项目均达产后,可实现年产值45亿元,利税3亿元。'), [
      '6亿元 investment item',
      '9亿元 investment item',
      '45亿元 revenue aggregate',
      '3亿元 tax aggregate',
    ]);
  });

  it('keeps 以上 after a number a bound, no pointer', () => {
    assert.deepEqual(attributes('该公司去年营收10亿元以上。'), ['10亿元 revenue item']);
  });

  it('sums the money of projects said to be several without a count', () => {
    assert.deepEqual(attributes('在推介会上,多个文旅项目集中签约落户南岭,签约总金额近50亿元。'), ['50亿元 contract aggregate']);
  });
});

describe('a count heading the noun the amount modifies', () => {
  it('sums the projects counted after a place and a quoted name in the modified noun', () => {
    assert.deepEqual(attributes('活动现场,总投资近26亿元的青州“一粒米”全产业链八大项目签约。'), ['26亿元 investment aggregate']);
    // The quoted name alone is one project.
    assert.deepEqual(attributes('活动现场,总投资近26亿元的青州“一粒米”项目签约。').slice(0, 1), ['26亿元 investment item']);
  });

  it('leaves the owner of a figure the noun of which is a kind of money to the clause', () => {
    assert.deepEqual(attributes('38个项目建成后每年将新增超过90亿元的产值。'), ['90亿元 revenue aggregate']);
    assert.deepEqual(attributes('该项目建成后每年将新增超过9亿元的产值。'), ['9亿元 revenue item']);
  });
});

describe('firms one project will host and markets it sells to count no owners', () => {
  it('reads an approximate count of firms a project will hold as its tenants', () => {
    assert.deepEqual(attributes('项目达产后预计可容纳300多家企业,年产值可达45亿元。'), ['45亿元 revenue item']);
    // Firms already counted as signed are the owners.
    assert.deepEqual(attributes('今年新签约300多家企业,总投资45亿元。'), ['45亿元 investment aggregate']);
  });

  it('reads firms a project plans to bring in, its phase opening the clause, as its tenants', () => {
    assert.deepEqual(attributes('项目首期投资8亿元,首期建成后计划引入企业约60多家,建成达产后年创税可达5000万元以上。'), [
      '8亿元 investment item',
      '5000万元 tax item',
    ]);
  });

  it('does not count the countries a product is sold to', () => {
    assert.deepEqual(attributes('项目竣工投产后主要生产户外用品,产品销往欧美等40多个国家和地区,预计年开票销售4亿元。'), ['4亿元 revenue item']);
    // Where the people behind the deals come from is no market.
    assert.deepEqual(attributes('来自32个国家和地区的客商齐聚南岭,现场签约15亿元投资项目。'), ['15亿元 investment aggregate']);
  });
});

describe('one project singled out, and an average of another measure', () => {
  it('reads the largest project, subject of its own investment, as that one project', () => {
    assert.deepEqual(attributes('洽谈会上签约项目27个,投资最大的项目总投资达26亿元。').slice(-1), ['26亿元 investment item']);
    assert.deepEqual(attributes('其中,最大一单外资项目—中法合资建设的康养项目“注入”3.5亿美元。').slice(-1), ['3.5亿美元 investment item']);
    // The counted projects' own money stays their sum.
    assert.deepEqual(attributes('洽谈会上签约项目27个,总投资达126亿元。'), ['126亿元 investment aggregate']);
  });

  it('does not read an average of another measure as an average of the money', () => {
    assert.deepEqual(attributes('该公司开通的中欧班列平均12天1列,已发送80个标准箱,货值600万美元。'), ['600万美元 other item']);
    assert.deepEqual(attributes('签约项目平均每个投资1.2亿元。'), ['1.2亿元 investment aggregate']);
  });
});

describe('one thing settling at a place, then its investment', () => {
  it('reads the investment right after one thing settles as that one project\'s', () => {
    assert.deepEqual(attributes('5月8日,青禾智造城落户南岭镇,计划总投资30亿元。'), ['30亿元 investment item']);
    assert.deepEqual(attributes('列为本省重点外资项目之一的北辰精工总部项目,落地南岭临空区,总投资6亿美元。').slice(-1), ['6亿美元 investment item']);
  });

  it('keeps the investment of several things settling their sum', () => {
    assert.deepEqual(attributes('冷链物流中心等9个项目落户南岭园区,总投资达21亿元。').slice(-1), ['21亿元 investment aggregate']);
    assert.deepEqual(attributes('青禾智造城、北辰精工总部落户南岭镇,计划总投资30亿元。').slice(-1), ['30亿元 investment aggregate']);
  });
});

describe('a half-year dating a deed', () => {
  it('does not read a half-year right before a deed of building as the figure\'s period', () => {
    assert.deepEqual(attributes('该项目计划明年上半年动工兴建,建成达产后年产值在60亿元以上。'), ['60亿元 revenue item']);
    // A half-year's own result stays the period's total.
    assert.deepEqual(attributes('上半年实现年产值60亿元。'), ['60亿元 revenue aggregate']);
  });
});

describe('a `；` item counting its own projects', () => {
  it('reads an item whose opening clause counts its projects as their sum', () => {
    assert.deepEqual(attributes('本届洽谈会上,全省上报项目960个,总投资额1800亿元;参加现场项目推介会的项目320个,总投资640亿元;重点项目6个,总投资52亿元。'), [
      '1800亿元 investment aggregate',
      '640亿元 investment aggregate',
      '52亿元 investment aggregate',
    ]);
  });

  it('keeps an item one project opens that project\'s', () => {
    assert.deepEqual(attributes('签约项目共有2个:南岭智能装备项目主要建设3条生产线,投资额8亿元;北辰冷链项目投资额2亿元。'), [
      '8亿元 investment item',
      '2亿元 investment item',
    ]);
  });
});

describe('a sector\'s projects', () => {
  it('reads a sector before `项目`, its quality before it, as the sector\'s projects together', () => {
    assert.deepEqual(attributes('其中,现代服务业项目完成投资86亿元;新开工项目40个。').slice(0, 1), ['86亿元 completed aggregate']);
    // A named project in the same place stays one project's.
    assert.deepEqual(attributes('其中,南岭智能装备项目完成投资8亿元。'), ['8亿元 completed item']);
  });
});

describe('a policy\'s cap on a grant', () => {
  it('reads the most a policy grants any one as a sum over its beneficiaries', () => {
    assert.deepEqual(attributes('据介绍,南岭区已出台入园项目奖励资金最高可达1500万元,人才津贴最高可达300万元等政策。'), [
      '1500万元 funding aggregate',
      '300万元 funding aggregate',
    ]);
    // A grant given to one firm is that firm's.
    assert.deepEqual(attributes('南岭区向北辰精工有限公司拨付奖励资金1500万元。'), ['1500万元 funding item']);
  });
});

describe('a modified noun that is a kind of money or a scale', () => {
  it('leaves whose the figure is to the clause: a place over a period, a company', () => {
    assert.deepEqual(attributes('前三季度,南岭县吸引了约2.6亿美元的外资资金。'), ['2.6亿美元 foreign aggregate']);
    assert.deepEqual(attributes('到2030年,南岭智能产业有望达到3000亿元的规模。'), ['3000亿元 other aggregate']);
    assert.deepEqual(attributes('北辰精工有限公司今年追加了2亿元的投入。'), ['2亿元 investment item']);
  });
});

describe('a listed company named by its stock code, investing', () => {
  it('reads the money a company with its stock code in brackets invests as its own', () => {
    assert.deepEqual(attributes('今年以来,园区已有12家厂商宣布扩产,此外,澄阳精机(3391-TW)亦投资 18.4 亿元扩建新厂。').map((a) => a.split(' ').pop()), ['item']);
  });

  it('keeps an investment after a bracket that is no stock code as the sentence says', () => {
    assert.deepEqual(attributes('今年以来,其余厂商(2023)亦投资 18.4 亿元扩建新厂。').map((a) => a.split(' ').pop()), ['aggregate']);
  });
});
