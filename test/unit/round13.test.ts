// Paragraphs written for the kinds of miss found on fresh county reports (trade and investment
// tallies, key-works lists, signing reports). Every sentence is invented in the genre.
import { strict as assert } from 'node:assert';
import { attributes as money } from './attributeHelpers';
import { assertNames } from './namedEntityHelpers';
import { linksOf } from './linkHelpers';

describe('round-13 misses: the scope of tallies', () => {
  it('reads deals counted with 宗 as a count, so their amount is a sum', () => {
    assert.deepEqual(money('其二,办理出口贸易合同218宗,贸易额13895.21万美元。'), ['13895.21万美元 other aggregate']);
  });

  it('reads a category that holds one project (项目1个) as a category total', () => {
    assert.deepEqual(money('该镇引进港澳项目1个,投资总额3100万美元;省外项目2个,投资总额8000万元。'), [
      '3100万美元 investment aggregate',
      '8000万元 investment aggregate',
    ]);
    assert.deepEqual(money('本次集中签约的12个项目中,在县签约项目1个,计划总投资8亿元。'), ['8亿元 investment aggregate']);
  });

  it('still reads one thing counted that is no category of projects as an item', () => {
    assert.deepEqual(money('该公司新建1个车间,总投资5000万元。'), ['5000万元 investment item']);
  });

  it('reads a sentence opened by a kind of money, right after projects counted on 项目, as their sum', () => {
    assert.deepEqual(money('2023年,全市列入计划的重点项目共24项,续建项目15项,新开工项目9项。总投资318.4亿元,年度计划投资41.2亿元。'), [
      '318.4亿元 investment aggregate',
      '41.2亿元 investment aggregate',
    ]);
  });

  it('still reads such a sentence after one plant’s counted parts as that plant’s money', () => {
    assert.deepEqual(money('该公司新建厂房,建设3个车间。总投资5000万元。'), ['5000万元 investment item']);
    // A sentence that counts a subject of its own keeps its named part an item.
    assert.deepEqual(money('今年全镇共引进项目20个。签约项目4个,总投资26亿元,其中云峰新材料项目投资11亿元。'), [
      '26亿元 investment aggregate',
      '11亿元 investment item',
    ]);
  });
});

describe('round-13 misses: the kind of money', () => {
  it('reads the parts listed after 其中 of a signed total as signed money too', () => {
    assert.deepEqual(money('上半年,园区签订合同项目31个,总金额64.3亿元。其中,制造业项目19个,总金额42.1亿元,文旅项目6个,总金额9亿元。'), [
      '64.3亿元 contract aggregate',
      '42.1亿元 contract aggregate',
      '9亿元 contract aggregate',
    ]);
  });

  it('does not read a signing two sentences back into a bare sum', () => {
    assert.deepEqual(money('该区签订合同项目31个。全年引进项目20个,总金额64.3亿元。其中,工业项目19个,总金额42.1亿元。'), [
      '64.3亿元 other aggregate',
      '42.1亿元 other aggregate',
    ]);
  });

  it('reads a bare sum in a sentence about the contracted projects (合同项目) as signed money', () => {
    assert.deepEqual(money('截至6月底,开工建设的有9个,为合同项目的三分之一,总金额13.6亿元,实际到位资金3.2亿元。'), [
      '13.6亿元 contract aggregate',
      '3.2亿元 completed aggregate',
    ]);
  });

  it('reads the money of trade contracts (贸易成交合同) as other money, not signed investment', () => {
    assert.deepEqual(money('展会期间达成商品贸易成交合同31宗,合同金额52310万元。'), ['52310万元 other aggregate']);
    // Contracts of projects stay signed money.
    assert.deepEqual(money('会上签约项目12个,合同金额45亿元。'), ['45亿元 contract aggregate']);
  });
});

describe('round-13 misses: generic project words', () => {
  it('reads works in general (重点工程项目) as no project, a named works as one', () => {
    assertNames('今年全市重点工程项目共42项,完成投资81亿元。');
    assertNames('[[PROJECT:引汉济渭工程项目]]总投资9亿元。');
  });
});

describe('round-13 misses: project names with a plot number', () => {
  it('keeps a plot’s number (05地块, 12号地块) inside the project built on it', () => {
    assertNames('此外,[[PROJECT:南湖片区05地块安置房项目]]总投资约6.2亿元。');
    assertNames('[[PROJECT:西岭片区12号地块商业综合体项目]]开工。');
  });

  it('still leaves a plot spoken of after an amount out of any name', () => {
    assertNames('[[PROJECT:南湖安置房项目]]总投资6.2亿元,02地块已完成出让。');
  });
});

describe('round-13 misses: park names', () => {
  it('reads a city’s trade district (产业功能区) with its place and trade as a park', () => {
    assertNames('当天,[[PARK:绵阳电子信息产业功能区]]集中开工项目12个,总投资86.4亿元。');
    assertNames('落户[[PARK:绵阳文旅产业功能区]]的云栖酒店投资21亿元。');
  });

  it('still reads counted trade districts as the generic noun', () => {
    assertNames('全市66个产业功能区加快建设。');
  });
});

describe('round-13 misses: the park of a sum', () => {
  it('links the sum of a park’s counted projects (`A等K项目N个,总投资X`) to that park, clause by clause', () => {
    const text = '本批开工的项目中,星河仪器等绵阳高新区项目12个,总投资86.4亿元;云栖酒店等涪城工业园项目3个,总投资21亿元。';
    assert.deepEqual(linksOf(text), ['86.4亿元: - - 绵阳高新区', '21亿元: - - 涪城工业园']);
  });

  it('links no park to money of projects moving into a place that is no park, after a park’s own sum', () => {
    const text = '拟入驻东湖农产品加工产业园6个,总投资28亿元,入驻主城区商贸服务业项目2个,总投资额90亿元。';
    assert.deepEqual(linksOf(text), ['28亿元: - - 东湖农产品加工产业园', '90亿元: - - -']);
  });

  it('links no park when the parks are only named, not counted', () => {
    const text = '绵阳高新区和涪城工业园负责人出席,本批开工项目12个,总投资86.4亿元。';
    assert.deepEqual(linksOf(text), ['86.4亿元: - - -']);
  });
});

describe('round-13 misses: the project of an amount', () => {
  it('links each project of a list to the amount its investor puts in (`P项目,C公司投资X;`)', () => {
    const text = '会上签约的项目有:东门南环片区棚户区改造项目,中联置业集团有限公司投资12亿元;临江冷链物流园项目,华东物流集团有限公司投资10亿元。';
    assert.deepEqual(linksOf(text), [
      '12亿元: 东门南环片区棚户区改造项目 中联置业集团有限公司 -',
      '10亿元: 临江冷链物流园项目 华东物流集团有限公司 -',
    ]);
  });

  it('links no project named in another sentence before the investor', () => {
    const text = '宏达新材料项目签约。华东物流集团有限公司投资10亿元建设仓储中心。';
    assert.deepEqual(linksOf(text), ['10亿元: - 华东物流集团有限公司 -']);
  });
});
