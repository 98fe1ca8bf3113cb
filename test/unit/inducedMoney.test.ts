import * as assert from 'assert';
import { scopeOf } from '../../src/core/recognition/moneyScope';

/** The scope of the amount `amount` in `text`, read as the engine reads it. */
function scope(text: string, amount: string): string {
  const start = text.indexOf(amount);
  return scopeOf(text, start, start + amount.length);
}

describe('inducedByProject: money a project or a park draws from others is their sum', () => {
  it('reads industry investment a park draws in as a sum', () => {
    assert.equal(scope('该云计算产业园共占地900亩,基础设施投资12亿元,带动产业投资30亿元。', '30亿元'), 'aggregate');
  });
  it('reads what projects bring a place, with a bound word after the place, as a sum', () => {
    assert.equal(scope('这些项目建成后,将带动当地超过200亿元的消费。', '200亿元'), 'aggregate');
  });
  it('reads the output of the chain around one project as a sum', () => {
    assert.equal(scope('项目建成后将形成超50亿元的产值,并带动上下游配套产业产值预计逾300亿元。', '300亿元'), 'aggregate');
  });
  it('still reads the park\'s own infrastructure spending, before the drawn money, as its own', () => {
    assert.equal(scope('该云计算产业园共占地900亩,基础设施投资12亿元,带动产业投资30亿元。', '12亿元'), 'item');
  });
});
