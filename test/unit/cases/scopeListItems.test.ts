// Items of a counted list: a heading counts the projects (`签约项目2个:`, `在谈项目有5个,一是…`), each item names one
// project and its own money; and `；` items each opened by one project's name.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';
import { projectsOf } from '../linkHelpers';

describe('an item after a colon closing a count of projects', () => {
  it('gives each item its project\'s own money, whatever the item counts of what the project builds', () => {
    const text = '现场签约的项目中,投资超过8亿元以上的项目共有3个:青岚湾国际邮轮码头项目主要建设2个5万吨级泊位和3个散货堆场,投资额12.5亿元;白鹭洲湿地乐园项目以亲子体验为特色,投资额9亿元。';
    assert.deepEqual(attributes(text).slice(1), ['12.5亿元 investment item', '9亿元 investment item']);
    assert.deepEqual(projectsOf(text).slice(1), ['12.5亿元: 青岚湾国际邮轮码头项目', '9亿元: 白鹭洲湿地乐园项目']);
  });

  it('reads an item that names its project after its signer the same way', () => {
    const text = '已签约项目2个:与某某文旅发展有限公司签约的松溪古镇民宿项目,估计投资1.5亿元; 与某某物流有限公司签约的松溪冷链仓储项目,估计投资2亿元。';
    assert.deepEqual(projectsOf(text), ['1.5亿元: 松溪古镇民宿项目', '2亿元: 松溪冷链仓储项目']);
  });

  it('keeps an item that counts projects of its own, or names none, a sum', () => {
    assert.deepEqual(attributes('签约项目15个:工业项目9个,总投资21亿元;服务业项目6个,总投资7亿元。'), ['21亿元 investment aggregate', '7亿元 investment aggregate']);
    assert.deepEqual(attributes('今年新开工项目12个:总投资36亿元。'), ['36亿元 investment aggregate']);
  });
});

describe('an item opened by an ordinal after a count of projects', () => {
  it('gives the first item its project, though the count stands in the same sentence', () => {
    const text = '在谈项目有 5 个,一是与某某商业集团洽谈的锦绣家居商贸城项目,计划投资6亿元,目前已完成选址。';
    assert.deepEqual(attributes(text), ['6亿元 investment item']);
    assert.deepEqual(projectsOf(text), ['6亿元: 锦绣家居商贸城项目']);
  });
});

describe('`；` items each opened by one project', () => {
  it('reads each item as its project\'s, not under the heading of the first', () => {
    const text = '这批项目中投资超5亿元的项目有4个,总投资合计40亿元;云杉智能装备项目主要生产数控机床,投资额8亿元;红叶康养小镇项目分两期建设,投资额6亿元。';
    assert.deepEqual(attributes(text).slice(1), ['40亿元 investment aggregate', '8亿元 investment item', '6亿元 investment item']);
  });

  it('keeps an item opened by a kind of projects, or by several projects, a sum', () => {
    assert.deepEqual(attributes('全市安排重点项目60个,总投资300亿元;新开工项目总投资120亿元。').slice(1), ['120亿元 investment aggregate']);
    assert.deepEqual(attributes('签约项目9个,总投资50亿元;“三链协同”项目(链主、链属和配套三类企业的项目)3个,总投资12亿元。').slice(1), ['12亿元 investment aggregate']);
  });
});

describe('projects listed before their common money', () => {
  it('reads an amount after a list of projects that opens its clause as their sum, with no project of its own', () => {
    const text = '此外,松岗物流园项目投资额为9亿元;北岸渔港项目、南湾海钓基地项目投资额均为2亿元。';
    assert.deepEqual(attributes(text), ['9亿元 investment item', '2亿元 investment aggregate']);
    assert.deepEqual(projectsOf(text), ['9亿元: 松岗物流园项目', '2亿元: -']);
  });
});

describe('the last of a list of amounts, each written before its own name, that a count closes', () => {
  it('gives the last item its own amount, whatever count of the items follows it', () => {
    assert.deepEqual(attributes('会上,投资额达45亿元的青屿湾文旅小镇项目、投资12亿元的鹭岭智造产业园两大项目完成签约。'), [
      '45亿元 investment item',
      '12亿元 investment item',
    ]);
    assert.deepEqual(attributes('其中过亿元的项目有:投资3亿元的云杉新材料项目、投资1.8亿元桐溪农机产业园等8个项目。').slice(1), [
      '3亿元 investment item',
      '1.8亿元 investment item',
    ]);
  });

  it('still sums a noun that is itself counted, and an amount that opens the list', () => {
    assert.deepEqual(attributes('投资9亿元的霞浦光伏项目、投资6亿元的三个配套项目当天开工。'), [
      '9亿元 investment item',
      '6亿元 investment aggregate',
    ]);
    assert.deepEqual(attributes('总投资20亿元的青屿湾文旅小镇、鹭岭智造产业园等5个项目集中签约。'), ['20亿元 investment aggregate']);
  });
});

describe('one project taken out of projects just spoken of (`这些项目中`)', () => {
  it('reads the money of the one named after 这些…项目中 as its own', () => {
    const text = '负责人表示,这些重点项目中,青石智造产业园项目将建设研发中心,预计建成后年营业收入不少于30亿元。';
    assert.deepEqual(attributes(text), ['30亿元 revenue item']);
    assert.deepEqual(projectsOf(text), ['30亿元: 青石智造产业园项目']);
  });

  it('keeps a part counted again after 中 a sum', () => {
    assert.deepEqual(attributes('这些项目中,制造业项目8个,总投资26亿元。'), ['26亿元 investment aggregate']);
  });
});
