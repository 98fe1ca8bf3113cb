// A size class counted after a verb of having (`…以上的大项目有12个`): the bound is a threshold.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('a size class counted after a verb of having', () => {
  it('reads the bound before a class of projects counted after 有 as a threshold', () => {
    assert.deepEqual(attributes('从投资规模看,投资在8亿元以上的大项目有12个,总投资310亿元。'), [
      '8亿元 threshold aggregate',
      '310亿元 investment aggregate',
    ]);
    assert.deepEqual(attributes('年产值5000万元以上的骨干企业共有9家。'), ['5000万元 threshold aggregate']);
  });

  it('needs a count after the verb: 有 opening another word counts nothing', () => {
    assert.deepEqual(attributes('岚峰公司投资8亿元的大项目有序推进。'), ['8亿元 investment item']);
  });
});

describe('a size class of any kind after 以上的, and a count passing an amount', () => {
  it('reads a bound before projects listed with 等 or counted after as a threshold', () => {
    assert.deepEqual(attributes('青禾科技、白鹭制药等投资5亿元以上的重点民营制造项目加速建设。'), ['5亿元 threshold aggregate']);
    assert.deepEqual(attributes('今年引进远帆模具项目等300万美元以上的大型项目4宗。')[0], '300万美元 threshold aggregate');
    assert.deepEqual(attributes('这些项目中,总投资千万美元以上的合同项目占比超过九成。'), ['千万美元 threshold aggregate']);
  });

  it('leaves one project named after the bound its own money', () => {
    assert.deepEqual(attributes('新开工的总投资8亿元以上的银杉光电项目。'), ['8亿元 investment item']);
  });

  it('reads a count right before a verb of passing as a size class', () => {
    assert.deepEqual(attributes('全省新创和增资案分别为14件和26件,其中9件超过20亿元。'), ['20亿元 threshold aggregate']);
    assert.deepEqual(attributes('签约项目中有6个均超过3亿元。'), ['3亿元 threshold aggregate']);
  });
});
