import * as assert from 'assert';
import { scopeOf } from '../../src/core/recognition/moneyScope';

/** The scope of the amount `amount` in `text`, read as the engine reads it. */
function scope(text: string, amount: string): string {
  const start = text.indexOf(amount);
  return scopeOf(text, start, start + amount.length);
}

describe('attractedCapital: capital attracted, right before the amount, is a sum', () => {
  it('reads a city attracting capital abroad as a sum', () => {
    assert.equal(scope('浙江丽川在沪引资迈百亿', '百亿'), 'aggregate');
  });
  it('reads capital attracted after a company\'s breadcrumb as the city\'s sum', () => {
    assert.equal(scope('当前位置:远岫农业科技股份有限公司>>公司动态>>临汾市引资逾28亿元发展果业', '28亿元'), 'aggregate');
  });
  it('still reads a company investing, with no capital attracted, as its own', () => {
    assert.equal(scope('远岫农业科技股份有限公司投资28亿元发展果业', '28亿元'), 'item');
  });
});
