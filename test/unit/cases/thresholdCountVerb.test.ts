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
