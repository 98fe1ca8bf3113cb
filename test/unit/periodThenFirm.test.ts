import * as assert from 'assert';
import { scopeOf } from '../../src/core/recognition/moneyScope';

/** The scope of the amount `amount` in `text`, read as the engine reads it. */
function scope(text: string, amount: string): string {
  const start = text.indexOf(amount);
  return scopeOf(text, start, start + amount.length);
}

describe('periodThenFirm: a company named after a period, right before its own figure', () => {
  it('reads a group named after a month range as the owner of its figure', () => {
    assert.equal(scope('今年1至9月,重组后的青湾建工集团工程签约额8.2亿元,同比增长30%。', '8.2亿元'), 'item');
  });
  it('reads a company named after a period word as the owner of its figure', () => {
    assert.equal(scope('上半年,松岭精密机械有限公司实现营业收入3.6亿元。', '3.6亿元'), 'item');
  });
  it('still reads a period total with no company as a sum', () => {
    assert.equal(scope('今年1至9月,全县工程签约额8.2亿元,同比增长30%。', '8.2亿元'), 'aggregate');
  });
  it('reads listed companies, a kind of firms, as many', () => {
    assert.equal(scope('截至第三季度,本地上市公司对外投资金额合计达620亿元。', '620亿元'), 'aggregate');
  });
  it('reads no company whose clause ends before the amount', () => {
    assert.equal(scope('今年1至9月,园区引进了白石科技有限公司,签约项目5个,投资额12亿元。', '12亿元'), 'aggregate');
  });
});
