// An amount with no cue right before a verb of building: the money builds something, so it is invested.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('an amount right before a verb of building with no cue', () => {
  it('reads the money a place brings in to build a project as investment', () => {
    assert.deepEqual(attributes('青禾县引进6.4亿元建设岚峰智能仓储物流园项目,计划两年建成。'), ['6.4亿元 investment item']);
    assert.deepEqual(attributes('松川区引进15亿元高标准建设澄湖冷链物流城项目。'), ['15亿元 investment item']);
  });

  it('keeps an amount before another verb other', () => {
    assert.deepEqual(attributes('青禾县引进6.4亿元带来新的活力。'), ['6.4亿元 other aggregate']);
  });
});
