// Scope of amounts whose subject is a kind of projects or firms, or a period, not one of them.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('projects brought in by investment promotion, a month range with a long dash', () => {
  it('reads a region\'s 招商引资项目 money as the region\'s sum, not one project\'s', () => {
    assert.deepEqual(attributes('9月份我县招商引资项目到位资金3.12亿元,其中市外到位资金2.4亿元。'), [
      '3.12亿元 completed aggregate',
      '2.4亿元 completed aggregate',
    ]);
  });

  it('reads a range of months written with a long dash as a period\'s total', () => {
    assert.deepEqual(attributes('1—9月,外资企业实现到位资金4.6亿元,占全部到位资金的三成。'), ['4.6亿元 completed aggregate']);
  });

  it('keeps one named project of investment promotion its own', () => {
    assert.deepEqual(attributes('今年的重点招商引资项目有:青岚光伏组件项目总投资9亿元。'), ['9亿元 investment item']);
  });
});

describe('a headline\'s amount joined by 、 to a count of a kind of projects', () => {
  it('reads the amount as the counted projects\' sum', () => {
    assert.deepEqual(attributes('青溪湾:总投资236亿元、58个技改扩能项目集中开工'), ['236亿元 investment aggregate']);
  });

  it('keeps one project\'s amount its own when what follows counts no projects', () => {
    assert.deepEqual(attributes('青岚光伏组件项目总投资18亿元、年产组件6000个,预计明年投产。'), ['18亿元 investment item']);
  });
});
