// Scope of amounts whose subject is a kind of projects or firms, or a period, not one of them.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('projects brought in by investment promotion, a month range with a long dash', () => {
  it('reads a region\'s 招商引资项目 money as the region\'s sum, not one project\'s', () => {
    assert.deepEqual(attributes('9月份我县招商引资项目到位资金3.12亿元,其中市外到位资金2.4亿元。'), [
      '3.12亿元 completed aggregate',
      '2.4亿元 completed aggregate',
    ]);
  });

  it('reads a range of months written with a long dash as a period\'s total', () => {
    assert.deepEqual(attributes('1—9月,外资企业实现到位资金4.6亿元,占全部到位资金的三成。'), ['4.6亿元 completed aggregate']);
  });

  it('keeps one named project of investment promotion its own', () => {
    assert.deepEqual(attributes('今年的重点招商引资项目有:青岚光伏组件项目总投资9亿元。'), ['9亿元 investment item']);
  });
});

describe('a headline\'s amount joined by 、 to a count of a kind of projects', () => {
  it('reads the amount as the counted projects\' sum', () => {
    assert.deepEqual(attributes('青溪湾:总投资236亿元、58个技改扩能项目集中开工'), ['236亿元 investment aggregate']);
  });

  it('keeps one project\'s amount its own when what follows counts no projects', () => {
    assert.deepEqual(attributes('青岚光伏组件项目总投资18亿元、年产组件6000个,预计明年投产。'), ['18亿元 investment item']);
  });
});

describe('firms said as many or by their size class', () => {
  it('reads what 这些企业 bring as their sum, though the amount modifies a noun', () => {
    assert.deepEqual(attributes('去年共有214家外地企业落户岚溪,这些企业为岚溪带来超过93亿元的投资。'), ['93亿元 investment aggregate']);
  });

  it('reads a later clause about 各公司 as the companies\' sum', () => {
    assert.deepEqual(attributes('青禾精工公司扩厂投资2亿元及澄远材料公司新厂投资4亿元等,预计各公司扩建完工后,年产值将增加17亿元。'), [
      '2亿元 investment item',
      '4亿元 investment item',
      '17亿元 revenue aggregate',
    ]);
  });

  it('reads the short names of size classes of firms as their class\'s total', () => {
    assert.deepEqual(attributes('新材料产业规上企业实现营收143亿元。'), ['143亿元 revenue aggregate']);
    assert.deepEqual(attributes('目前我县规上企业共有14家。预计9月份完成工业产值6180万元。'), ['6180万元 revenue aggregate']);
  });

  it('keeps one firm\'s own figure its own', () => {
    assert.deepEqual(attributes('青禾精工企业实现营收3.2亿元。'), ['3.2亿元 revenue item']);
  });
});

describe('a numbered item of a list of projects, its investment after a comma', () => {
  it('keeps the item\'s total and what it has completed its own', () => {
    assert.deepEqual(attributes('(2)澄江新型板材项目,总投资共2.6亿元,其中固定资产投资2亿元,已累计完成940万元。'), [
      '2.6亿元 investment item',
      '2亿元 investment item',
      '940万元 completed item',
    ]);
  });

  it('leaves a kind of projects closing a list, with no number before it, a sum', () => {
    assert.deepEqual(attributes('全省二季度集中开工重大项目312个,主要是交通工程、重大产业带动项目,总投资1460亿元。'), ['1460亿元 investment aggregate']);
  });
});

describe('a subjectless sentence on what counted projects yield once built and in production', () => {
  it('reads 项目建成投产后 after a sentence counting projects as their sum', () => {
    assert.deepEqual(attributes('4个项目涉及装备制造、食品加工等领域,协议投资总额6.3亿元。项目建成投产后,预计年上缴税收3120万元。'), [
      '6.3亿元 contract aggregate',
      '3120万元 tax aggregate',
    ]);
  });

  it('keeps one project\'s yield its own after a sentence that names it', () => {
    assert.deepEqual(attributes('青岚锂电材料项目总投资9亿元。项目建成投产后,预计年销售收入12亿元。'), [
      '9亿元 investment item',
      '12亿元 revenue item',
    ]);
  });
});

describe('one project given as an example of counted ones, and a project\'s running total', () => {
  it('reads the money after 如 and one project\'s name as that project\'s', () => {
    assert.deepEqual(attributes('今年引进千万美元以上项目6宗,其中增资扩产的项目占3宗,如澄远机电项目去年增资1200万美元,今年又追加投资900万美元。'), [
      '千万美元 threshold aggregate',
      '1200万美元 investment item',
      '900万美元 investment item',
    ]);
  });

  it('keeps a sum when 如 opens a list of several examples', () => {
    assert.deepEqual(attributes('今年引进项目6宗,如澄远机电项目、青禾材料项目等,总投资3.6亿元。'), ['3.6亿元 investment aggregate']);
  });

  it('reads a project\'s 累计投资 as its own running total', () => {
    assert.deepEqual(attributes('岚溪镇青禾铝材项目累计投资860万美元,今年又追加投入700万美元。'), [
      '860万美元 completed item',
      '700万美元 investment item',
    ]);
  });

  it('reads the running total of a project whose name holds its capacity as that project\'s, after counted projects', () => {
    assert.deepEqual(attributes('今年全区安排重点项目60个,总投资800亿元。在重点项目中,岚溪化学60万吨/年乙二醇项目累计完成投资80.5亿元,青禾能源20万吨/年甲醇项目累计完成投资12.3亿元。'), [
      '800亿元 investment aggregate',
      '80.5亿元 completed item',
      '12.3亿元 completed item',
    ]);
  });

  it('keeps the running total of projects dated by months or of a kind a sum', () => {
    assert.deepEqual(attributes('1-5月项目累计完成投资45亿元。'), ['45亿元 completed aggregate']);
    assert.deepEqual(attributes('全区重点项目累计完成投资45亿元。'), ['45亿元 completed aggregate']);
  });
});

describe('an export processing zone as the subject of a statistic', () => {
  it('reads a 加工区\'s capital increases as the zone\'s sum', () => {
    assert.deepEqual(attributes('岚港加工区扩厂增资达26亿元'), ['26亿元 investment aggregate']);
  });

  it('keeps one firm\'s increase in the zone its own', () => {
    assert.deepEqual(attributes('青禾精工公司在岚港加工区扩厂增资3亿元。'), ['3亿元 investment item']);
  });
});

describe('names listed before 分别, a kind of money, then their amounts', () => {
  it('reads each amount as one listed party\'s', () => {
    assert.deepEqual(attributes('其中,青禾光伏投资、澄远融资租赁、岚溪光电分别新增协议外资2.6亿美元、4100万美元、900万美元。'), [
      '2.6亿美元 foreign item',
      '4100万美元 foreign item',
      '900万美元 foreign item',
    ]);
  });

  it('keeps each listed category\'s amount its total', () => {
    assert.deepEqual(attributes('一、二、三产业分别到位资金为3.1亿元、17.2亿元、9.4亿元。'), [
      '3.1亿元 completed aggregate',
      '17.2亿元 completed aggregate',
      '9.4亿元 completed aggregate',
    ]);
  });
});

describe('a plant\'s yearly capacity right after the amount', () => {
  it('reads the amount as that one plant\'s, though its investor is an unknown short name', () => {
    assert.deepEqual(attributes('记者了解到,青禾新材总投资85亿元、年产6万吨负极材料生产基地计划在岚溪建设。'), ['85亿元 investment item']);
  });

  it('leaves a nameless amount followed by a yearly output value a sum', () => {
    assert.deepEqual(attributes('记者了解到,总投资85亿元,年产值可达120亿元。'), [
      '85亿元 investment aggregate',
      '120亿元 revenue aggregate',
    ]);
  });
});
