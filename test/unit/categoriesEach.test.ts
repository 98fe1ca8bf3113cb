import * as assert from 'assert';
import { scopeOf } from '../../src/core/recognition/moneyScope';

/** The scope of the amount `amount` in `text`, read as the engine reads it. */
function scope(text: string, amount: string): string {
  const start = text.indexOf(amount);
  return scopeOf(text, start, start + amount.length);
}

describe('categoriesEach: amounts that `分别` spreads over categories are their totals', () => {
  it('reads kinds of capital listed before 分别 as sums', () => {
    const text = '去年,青川港湾合作区合同利用外资、民资分别达2.45亿美元和31.6亿元人民币。';
    assert.equal(scope(text, '2.45亿美元'), 'aggregate');
    assert.equal(scope(text, '31.6亿元'), 'aggregate');
  });
  it('reads industries listed before their figure as sums', () => {
    const text = '今年1至5月,松阳市光电、生物、装备产业产值分别为12.3亿元、8.7亿元、20.1亿元。';
    assert.equal(scope(text, '8.7亿元'), 'aggregate');
  });
  it('reads the averages of groups of residents as sums', () => {
    assert.equal(scope('全县城乡居民人均可支配收入分别达到31200元、16540元。', '16540元'), 'aggregate');
  });
  it('reads foreign capital split by source countries as sums', () => {
    const text = '其中法国和荷兰是主要来源国,实际利用外资分别为3.2亿美元和5100万美元。';
    assert.equal(scope(text, '5100万美元'), 'aggregate');
  });
  it('still reads the phases of one project listed before 分别 as its own', () => {
    assert.equal(scope('白鹭湾新材料二期和三期项目分别投资7亿元、9亿元。', '9亿元'), 'item');
  });
  it('still reads firms listed before 分别 as the owners of their amounts', () => {
    assert.equal(scope('锦川化工有限公司和远帆电子有限公司投资额分别为4亿元和6亿元。', '6亿元'), 'item');
  });
});
