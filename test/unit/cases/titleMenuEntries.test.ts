// A site's menu entries and currency converter above the title are not the title (articleTitle.ts).
import { strict as assert } from 'node:assert';
import { mayBeTitle } from '../../../src/core/articleTitle';

describe('a site\'s menu entries and currency converter above the title', () => {
  it('are not the title: a bullet or the home page\'s word with a few words only, a converter\'s rate', () => {
    assert.equal(mayBeTitle('- 园区新闻'), false);
    assert.equal(mayBeTitle('• 产业(yè)研究'), false);
    assert.equal(mayBeTitle('- 智慧城市news'), false);
    assert.equal(mayBeTitle('首页财经'), false);
    assert.equal(mayBeTitle('首页 产经 正文'), false);
    assert.equal(mayBeTitle('港币换人民币  当前汇率0.91'), false);
  });

  it('keeps a title written as a list item, or after the home page\'s word, that says more', () => {
    assert.equal(mayBeTitle('- 青岚端出招商“大餐” 签约40个项目签约资金120亿'), true);
    assert.equal(mayBeTitle('首页 青岚区重大项目集中签约仪式举行'), true);
  });
});
