// One taken out of a counted collection (`N个项目中,…`): its own money, unless counted again after.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('one taken out of a counted collection', () => {
  it('reads the amount of the one named after N个项目中 as that one\'s', () => {
    assert.deepEqual(attributes('在签约的14个项目中,青川新区环保新材料产业基地项目占地约48亩,投资总额12000万元,建设年产1500万平方米生产线。'), ['12000万元 investment item']);
    assert.deepEqual(attributes('该县新开工的十大项目中,绿色建材生产基地总投资9亿元、智慧水务项目总投资6.2亿元。'), ['9亿元 investment item', '6.2亿元 investment item']);
    assert.deepEqual(attributes('昨日审查通过的六家投资案中,某精密机械厂投资额高达八十二亿元。').map((a) => a.split(' ')[2]), ['item']);
  });

  it('keeps a part counted again after 中, and a sum, the total of several', () => {
    assert.deepEqual(attributes('现场签约的18个项目中,先进制造业项目7个、总投资52.3亿元。'), ['52.3亿元 investment aggregate']);
    assert.deepEqual(attributes('在谈的9个项目中,共计划投资41亿元。').map((a) => a.split(' ')[2]), ['aggregate']);
  });
});

describe('one singled out by the highest figure', () => {
  it('reads the amount after 签约额最高 as the one named before it', () => {
    assert.deepEqual(attributes('此次共签约文旅项目32个,签约金额218.4亿元。其中,青屿湾生态旅游区签约额最高,达到41.7亿元。').map((a) => a.split(' ').slice(0, 1).concat(a.split(' ')[2]).join(' ')),
      ['218.4亿元 aggregate', '41.7亿元 item']);
  });

  it('keeps a cap over many, 最高可达, as their sum', () => {
    assert.deepEqual(attributes('入园项目奖励资金最高可达3000万元。').map((a) => a.split(' ')[2]), ['aggregate']);
  });
});
