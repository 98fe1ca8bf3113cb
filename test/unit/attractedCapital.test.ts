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
  it('reads the other verbs of drawing capital in as a sum', () => {
    assert.equal(scope('青梧区赴沪招商揽资412亿 签约项目38个', '412亿'), 'aggregate');
    assert.equal(scope('第九届茶博会溪平县吸金57亿元', '57亿元'), 'aggregate');
    assert.equal(scope('目前该合作区已吸引3.6亿美元投资,带动就业4000人', '3.6亿美元'), 'aggregate');
  });
  it('still reads a company investing, with no capital attracted, as its own', () => {
    assert.equal(scope('远岫农业科技股份有限公司投资28亿元发展果业', '28亿元'), 'item');
    assert.equal(scope('远岫农业科技股份有限公司吸收股东投资2.8亿元扩建果园', '2.8亿元'), 'item');
  });
});
