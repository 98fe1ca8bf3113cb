import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { isRoundBound } from '../../src/core/recognition/roundBound';

function roles(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => `${e.text}:${e.role}`);
}

describe('round bounds of size classes', () => {
  it('a class bound is one significant digit, or a leading digit and a half', () => {
    assert.deepEqual([3e8, 5e9, 5e7, 1.5e8, 2.5e7, 1e8].map(isRoundBound), [true, true, true, true, true, true]);
    assert.deepEqual([3.7e8, 2.835e9, 1.9e10, 1.25e8, 4.6e9].map(isRoundBound), [false, false, false, false, false]);
  });

  it('counted projects passing a figure measured to more digits add up to it', () => {
    assert.deepEqual(roles('会上,19个总投资超4.7亿元的特色农业项目集中签约。'), ['4.7亿元:investment']);
  });

  it('a figure nearly reached by counted projects is their sum', () => {
    assert.deepEqual(roles('据报道,该省批准了两个总投资额近36.8亿元的投资项目。'), ['36.8亿元:investment']);
  });

  it('a round figure nearly reached is a sum, not a class', () => {
    assert.deepEqual(roles('受益于交通利好,两个总投资额近40亿元的投资项目相继落户。'), ['40亿元:investment']);
  });

  it('counted projects passing a round figure are still a size class', () => {
    assert.deepEqual(roles('新增宁海光电、东川材料等6个总投资超5亿元的制造业项目。'), ['5亿元:threshold']);
    assert.deepEqual(roles('全年引进1500万美元以上项目8个。'), ['1500万美元:threshold']);
  });
});
