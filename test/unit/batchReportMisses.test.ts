// Paragraphs written for the kinds of miss found when the engine was measured on fresh reports of
// batch events (集中签约, 集中开工, 推介会 outcomes) by cities, counties and zones: lists of projects
// with their amounts and investors, and batch totals. Every sentence is invented in the genre, not
// taken from an article.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { assertNames } from './namedEntityHelpers';

const money = (text: string): string[] =>
  recognize(text)
    .filter((e) => e.label === 'MONEY')
    .map((e) => `${e.text} ${e.role} ${e.scope}`);

describe('batch-report misses: the kind of money', () => {
  it('reads the total investment written into an agreement or a contract as signed money', () => {
    assert.deepEqual(money('本次集中签约项目12个,协议总投资86.4亿元。'), ['86.4亿元 contract aggregate']);
    assert.deepEqual(money('签约重大项目40个,正式合同投资额912.3亿元。'), ['912.3亿元 contract aggregate']);
    assert.deepEqual(money('两地签约项目9个,合同总投资33亿元。'), ['33亿元 contract aggregate']);
  });

  it('keeps a total investment with no agreement word as investment', () => {
    assert.deepEqual(money('本次集中签约项目12个,总投资86.4亿元。'), ['86.4亿元 investment aggregate']);
  });
});

describe('batch-report misses: size classes', () => {
  it('reads a bound that each of several listed projects reaches (均过) as a size class', () => {
    assert.deepEqual(
      money('签约的外资项目有3个,分别是青禾光电项目、远帆物流项目和丰谷食品项目,总投资额均过8亿元。'),
      ['8亿元 threshold aggregate'],
    );
    assert.deepEqual(money('其余项目投资都超过2000万元。'), ['2000万元 threshold aggregate']);
  });

  it('keeps a bound without 均 or 都 as money of its own', () => {
    assert.deepEqual(money('该项目总投资额过8亿元。'), ['8亿元 investment item']);
  });
});

describe('batch-report misses: the scope of a batch event', () => {
  it('reads the money written right after a batch signing or start of works as the batch sum', () => {
    assert.deepEqual(money('青州集中签约超300亿元重大招商项目'), ['300亿元 contract aggregate']);
    assert.deepEqual(money('当天集中开工项目总投资120亿元。'), ['120亿元 investment aggregate']);
  });

  it('keeps the money of a project named between the event and the amount', () => {
    assert.deepEqual(money('集中签约的青禾光电项目,总投资5亿元。'), ['5亿元 investment item']);
  });
});

describe('batch-report misses: project names', () => {
  it('reads 投资运营 inside a project name as what the project does, not as a verb before it', () => {
    assertNames('其中,[[PROJECT:东岭数字港投资运营项目]]、[[PROJECT:滨江科创园投资运营项目]]以及[[PROJECT:光学镜片生产项目]]等9个项目投资额过5亿元。');
  });

  it('reads a road code before a park word (G60科创园) inside a name, and a listed park as a project of its own', () => {
    assertNames('其中,中韩美谷、[[PROJECT:G60科创园投资运营项目]]以及[[PROJECT:光学镜片生产项目]]等14个项目投资额过10亿元。');
    assertNames('投资2亿元的[[PROJECT:S7智慧物流项目]]开工。');
    // Products sharing the head of one project stay one name.
    assertNames('[[PROJECT:磁栅数显量具、智能制造装备和军民融合产品生产项目]]签约。');
  });

  it('reads a zone before generic words for a facility as the name of one project', () => {
    assertNames('投资40亿元的[[PROJECT:青川物流产业集聚区专业园区项目]];投资6亿元的[[PROJECT:白河高新区综合产业园项目]]。');
    // A zone before a rank word stays the place of a class of projects.
    assertNames('[[PARK:苏州工业园区]]重点项目12个。');
  });

  it('reads a quoted programme opening with a numeral (“百千万工程”) before 项目 as no name, a quoted place as one', () => {
    assertNames('现场举行招商引资推进“百千万工程”项目签约仪式,“千企万人行动”项目同步启动。');
    assertNames('[[PROJECT:“万福里文化街区”项目]]总投资3亿元。');
  });

  it('reads compared sizes and rankings of investors before 项目 as generic', () => {
    assertNames('较大项目有:投资8亿元的[[PROJECT:青川物流园项目]]。');
    assertNames('世界500强企业项目有3个,百强项目2个,最大项目为投资5亿元的[[PROJECT:金穗钢化玻璃项目]]。');
  });
});
