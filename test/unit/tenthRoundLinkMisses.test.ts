// Paragraphs written for the link misses of a tenth held-out round (statistics reports and
// company-centric articles): a project said to be built by a company, whose figures follow in later
// sentences. Every sentence is invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { linksOf } from './linkHelpers';

describe('tenth-round link misses: a project built by a company', () => {
  it('gives the project\'s later amounts to the company that builds it (`P项目由C投资建设`)', () => {
    const text = '精密轴承生产项目由湖南恒钧机械科技有限公司投资建设,该公司主要生产汽车轴承。项目总投资2亿元,达产后可实现年产值5亿元,年纳税1500万元。';
    assert.deepEqual(linksOf(text), [
      '2亿元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
      '5亿元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
      '1500万元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
    ]);
  });

  it('does not give it a company named otherwise (`P项目由C牵线引进`)', () => {
    const text = '精密轴承生产项目由湖南恒钧招商咨询有限公司牵线引进。项目总投资2亿元。';
    assert.deepEqual(linksOf(text), ['2亿元: 精密轴承生产项目 - -']);
  });
});
