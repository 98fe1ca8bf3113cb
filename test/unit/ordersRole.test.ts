import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';

function roles(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => `${e.text}:${e.role}`);
}

describe('orders and bids won', () => {
  it('the value of orders a firm holds is contracted money', () => {
    assert.deepEqual(roles('截至10月,蓝鲸科技巡检机器人全年订单金额已突破6亿元。'), ['6亿元:contract']);
  });

  it('the value of bids won is contracted money, the output done after it is revenue', () => {
    assert.deepEqual(roles('今年1至9月,宁川建工集团工程中标额27.3亿元,同比增长40%;完成工程产值11.8亿元。'),
      ['27.3亿元:contract', '11.8亿元:revenue']);
  });

  it('what a buyer agrees to order is contracted money', () => {
    assert.deepEqual(roles('根据供货协议,北岭汽车预计将订购2.4亿美元的储能电池。'), ['2.4亿美元:contract']);
  });

  it('a purchase is not an order under contract', () => {
    assert.notEqual(roles('北岭汽车计划采购3亿元设备。')[0], '3亿元:contract');
  });
});
