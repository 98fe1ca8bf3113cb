import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { priceOfBuildingAfter } from '../../src/core/recognition/valuedFacility';

function roles(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => `${e.text}:${e.role}`);
}

describe('a price put on works being built', () => {
  it('the price of building a park is invested in it', () => {
    assert.deepEqual(roles('卡鲁工业园目前由一家中国建筑公司在80公顷的土地上以9000万美元的价格建造。'), ['9000万美元:investment']);
  });

  it('a price of buying a plant stays a price', () => {
    assert.deepEqual(roles('该集团以3亿元的价格收购一家造纸厂。'), ['3亿元:other']);
  });

  it('reads the verb of building right after 的价格 only', () => {
    const built = '以5亿元的价格修建';
    assert.equal(priceOfBuildingAfter(built, built.indexOf('的')), true);
    const sold = '以5亿元的价格出售';
    assert.equal(priceOfBuildingAfter(sold, sold.indexOf('的')), false);
    const noDe = '以5亿元价格建造';
    assert.equal(priceOfBuildingAfter(noDe, noDe.indexOf('价')), false);
  });
});
