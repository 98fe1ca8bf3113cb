import * as assert from 'assert';
import { scopeOf } from '../../src/core/recognition/moneyScope';

/** The scope of the amount `amount` in `text`, read as the engine reads it. */
function scope(text: string, amount: string): string {
  const start = text.indexOf(amount);
  return scopeOf(text, start, start + amount.length);
}

describe('agreementSigned: one agreement signed, then its investment alone, is one deal', () => {
  it('reads a company and a government signing one agreement as one deal', () => {
    assert.equal(scope('青禾汽车本月18日与江陵市政府签署战略合作协定,总投资88亿元。', '88亿元'), 'item');
  });
  it('reads a county signing one framework agreement with two firms as one deal', () => {
    assert.equal(scope('白岭县与云岫光伏科技有限公司、丹江碳材料有限公司签署产业合作框架协议,投资额达16亿元。', '16亿元'), 'item');
  });
  it('reads the one agreement a list of signings singles out with 其中 as one deal', () => {
    const text = '会上共实现6组签约,其中临川经开区与北辰建设集团共同签署了《临川智造港项目合作协议》,项目总投资45亿元。';
    assert.equal(scope(text, '45亿元'), 'item');
  });
  it('still reads counted signings as their sum', () => {
    assert.equal(scope('当天,青山区与中原建工等11家企业签订了投资协议,计划投资63亿元。', '63亿元'), 'aggregate');
  });
  it('still reads signings spread over several partners as their sum', () => {
    assert.equal(scope('松溪县分别与岭南建设有限公司、海汇控股有限公司签订合作协议,计划投资21亿元。', '21亿元'), 'aggregate');
  });
});
