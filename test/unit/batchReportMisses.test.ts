// Paragraphs written for the kinds of miss found when the engine was measured on fresh reports of
// batch events (集中签约, 集中开工, 推介会 outcomes) by cities, counties and zones: lists of projects
// with their amounts and investors, and batch totals. Every sentence is invented in the genre, not
// taken from an article.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';

const money = (text: string): string[] =>
  recognize(text)
    .filter((e) => e.label === 'MONEY')
    .map((e) => `${e.text} ${e.role} ${e.scope}`);

describe('batch-report misses: the kind of money', () => {
  it('reads the total investment written into an agreement or a contract as signed money', () => {
    assert.deepEqual(money('本次集中签约项目12个,协议总投资86.4亿元。'), ['86.4亿元 contract aggregate']);
    assert.deepEqual(money('签约重大项目40个,正式合同投资额912.3亿元。'), ['912.3亿元 contract aggregate']);
    assert.deepEqual(money('两地签约项目9个,合同总投资33亿元。'), ['33亿元 contract aggregate']);
  });

  it('keeps a total investment with no agreement word as investment', () => {
    assert.deepEqual(money('本次集中签约项目12个,总投资86.4亿元。'), ['86.4亿元 investment aggregate']);
  });
});

describe('batch-report misses: size classes', () => {
  it('reads a bound that each of several listed projects reaches (均过) as a size class', () => {
    assert.deepEqual(
      money('签约的外资项目有3个,分别是青禾光电项目、远帆物流项目和丰谷食品项目,总投资额均过8亿元。'),
      ['8亿元 threshold aggregate'],
    );
    assert.deepEqual(money('其余项目投资都超过2000万元。'), ['2000万元 threshold aggregate']);
  });

  it('keeps a bound without 均 or 都 as money of its own', () => {
    assert.deepEqual(money('该项目总投资额过8亿元。'), ['8亿元 investment item']);
  });
});
