import * as assert from 'assert';
import { scopeOf } from '../../src/core/recognition/moneyScope';

/** The scope of the amount `amount` in `text`, read as the engine reads it. */
function scope(text: string, amount: string): string {
  const start = text.indexOf(amount);
  return scopeOf(text, start, start + amount.length);
}

describe('regionStatistic: a year or target after a company named in an earlier clause', () => {
  const firm = '目前,由外地客商投资创办的青屿新材料科技有限公司正推进二期研发,力争实现产值6000万元;';
  it('reads a target dated by a year as the named company\'s own plan', () => {
    assert.equal(scope(`${firm}明年计划新建年产5千吨生产线,力争到2027年实现年产值超4亿元。`, '4亿元'), 'item');
  });
  it('still reads a region named in the amount\'s clause as the subject of a sum', () => {
    assert.equal(scope(`${firm}今年该县力争引进内资45亿元。`, '45亿元'), 'aggregate');
  });
  it('still reads a region-wide target in the amount\'s clause as a sum', () => {
    assert.equal(scope(`${firm}今年全县力争引进内资45亿元。`, '45亿元'), 'aggregate');
  });
});
