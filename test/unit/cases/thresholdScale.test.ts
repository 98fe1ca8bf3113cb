// A scale written without a figure before a class of projects, firms or parks: a size class.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('a scale with no figure naming a class', () => {
  it('reads 百亿, 千亿级 and a bare 亿元 before a class noun (a kind between) as a threshold', () => {
    assert.deepEqual(attributes('青禾市举行秋季百亿重大项目签约活动。'), ['百亿 threshold aggregate']);
    assert.deepEqual(attributes('松川镇成功签约一个亿元果蔬深加工项目。'), ['亿元 threshold aggregate']);
    assert.deepEqual(attributes('园区正积极建设千亿级绿色产业园区。'), ['千亿 threshold aggregate']);
    assert.deepEqual(attributes('入驻企业包括4家亿元企业、7家规上企业。'), ['亿元 threshold aggregate']);
  });

  it('leaves a scale followed by no class noun, or a figure with its own money alone', () => {
    assert.deepEqual(attributes('全力打造千亿级产业集群。'), []);
    assert.deepEqual(attributes('松川镇签约一个3亿元果蔬深加工项目。').map((a) => a.split(' ')[1]), ['contract']);
  });
});
