// An amount read as a sum whose own clause opens with one owner (a company investing at a place, a named part
// after 其中, a site named with its area) is that owner's, read once the paragraph's names are known.
import * as assert from 'assert';
import { recognize } from '../../../src/core/recognition/recognize';
import { scopeFromClauseOwner } from '../../../src/core/recognition/clauseOwner';
import type { Entity } from '../../../src/core/types';

/** The scope recognised for the amount written `amount` (its first occurrence) in `text`. */
function scopeOf(text: string, amount: string): string | undefined {
  const start = text.indexOf(amount);
  return recognize(text).find((e) => e.label === 'MONEY' && e.start === start)?.scope;
}

describe('clauseOwner: an amount read as a sum whose clause opens with one owner', () => {
  describe('a company at the head of the clause, investing at a place', () => {
    const listed = '在签约的28个项目中,工业项目20个,包括湖南青禾新材料有限公司在石门县投资3.6亿元建设电池隔膜项目、江西远帆电子有限公司在石门县投资1.2亿元建设线路板项目。';
    it('gives each listed company its own investment, past the projects counted before', () => {
      assert.equal(scopeOf(listed, '3.6亿元'), 'item');
      assert.equal(scopeOf(listed, '1.2亿元'), 'item');
    });
    it('leaves two companies joined as one subject a sum', () => {
      const joined = '在签约的28个项目中,工业项目20个,包括湖南青禾新材料有限公司与江西远帆电子有限公司在石门县投资3.6亿元。';
      assert.equal(scopeOf(joined, '3.6亿元'), 'aggregate');
    });
    it('reads one plant said where it stands as the subject, as a company is', () => {
      const plants = '这是该公司在海外的首家电机工厂,投资额为20亿日元。计划首先年产12万个电机。此外,大阪府的工厂已投资30亿日元,增设了电机生产线。福冈县的工厂也已投资15亿日元,建设了新厂房。';
      assert.equal(scopeOf(plants, '15亿日元'), 'item');
    });
    it('leaves the count itself a sum', () => {
      assert.equal(scopeOf('在签约的28个项目中,工业项目20个,总投资36亿元。', '36亿元'), 'aggregate');
    });
  });

  describe('one named part after 其中', () => {
    it('gives a named site its own investment, the whole still a sum', () => {
      const text = '本次签约项目12个,总投资86亿元,其中青湾时代广场总投资20亿元,另有多个项目在洽谈。';
      assert.equal(scopeOf(text, '86亿元'), 'aggregate');
      assert.equal(scopeOf(text, '20亿元'), 'item');
    });
    it('reads the name after the comma that follows 其中', () => {
      assert.equal(scopeOf('本次签约项目12个,总投资86亿元,其中,远帆航空总投资2.6亿元。', '2.6亿元'), 'item');
    });
    it('leaves a sector or a count of projects a sum', () => {
      assert.equal(scopeOf('本次签约项目12个,总投资86亿元,其中服务业总投资20亿元。', '20亿元'), 'aggregate');
      assert.equal(scopeOf('本次签约项目12个,总投资86亿元,其中5个项目总投资20亿元。', '20亿元'), 'aggregate');
    });
  });

  describe('a site named with its area, then its investment', () => {
    it('gives the site described its investment, after a sentence that counts projects', () => {
      assert.equal(scopeOf('全市今年新开工项目46个。丽水湾国际总建筑面积约8万平方米,总投资约12亿元。', '12亿元'), 'item');
    });
    it('leaves a batch described so a sum', () => {
      assert.equal(scopeOf('全市今年新开工项目46个。这批项目总建筑面积约8万平方米,总投资约12亿元。', '12亿元'), 'aggregate');
    });
    it('reads the site in a later clause of the sentence, or named in the clause before its area', () => {
      assert.equal(scopeOf('全市今年新开工项目46个,丽水湾国际总建筑面积约8万平方米,总投资约12亿元。', '12亿元'), 'item');
      assert.equal(scopeOf('今年开工的还有青川物流园(一期),建筑面积12万平方米,总投资1.5亿元。', '1.5亿元'), 'item');
    });
    it('leaves a zone a government administers a region, its planned investment a sum', () => {
      assert.equal(scopeOf('青湖经济开发区是省级示范园区,规划面积6200亩,总投资30亿元以上。', '30亿元'), 'aggregate');
    });
    it('leaves projects counted before an area with no site named a sum', () => {
      assert.equal(scopeOf('今年全市新开工项目46个,总建筑面积约80万平方米,总投资约120亿元。', '120亿元'), 'aggregate');
      assert.equal(scopeOf('全市今年新开工项目46个。其中12个项目总建筑面积约80万平方米,总投资约120亿元。', '120亿元'), 'aggregate');
    });
  });

  describe('the registered capital of one company set up in the clause before', () => {
    it('gives a joint venture of two founders its capital, and a company set up by its quoted name', () => {
      const joint = '7月4日,由青川文旅投资发展有限公司和澜海控股股份有限公司共同出资成立松溪新世界影视文化有限公司,注册资本2亿元。';
      assert.equal(scopeOf(joint, '2亿元'), 'item');
      assert.equal(scopeOf('今年,某镇发动12个村组建“松禾实业”,注册资金为1500万元。', '1500万元'), 'item');
    });
    it('leaves two companies set up, or firms counted, a sum', () => {
      assert.equal(scopeOf('今年新成立青禾科技有限公司和澜海电子有限公司,注册资本合计2亿元。', '2亿元'), 'aggregate');
      assert.equal(scopeOf('截至去年底,在某区注册的港资企业达1200家,注册资本860亿元。', '860亿元'), 'aggregate');
    });
  });

  describe('the figure a comparison starts from', () => {
    it('reads an earlier edition’s figure as the figure compared with it is read', () => {
      const text = '本届农博会松川签订项目金额达86.4亿元,比上届31.2亿元翻了一倍以上。';
      assert.equal(scopeOf(text, '86.4亿元'), 'aggregate');
      assert.equal(scopeOf(text, '31.2亿元'), 'aggregate');
      assert.equal(scopeOf('青禾公司今年实现销售收入5亿元,较去年3亿元增长六成。', '3亿元'), 'item');
    });
  });

  it('reads the paragraph at its offset and leaves items, thresholds and other clauses alone', () => {
    const paragraph = '其中青湾时代广场总投资20亿元';
    const at = paragraph.indexOf('20亿元');
    const money = (scope: 'item' | 'aggregate', role: Entity['role']): Entity => ({ label: 'MONEY', start: 100 + at, end: 100 + at + 4, text: '20亿元', role, scope });
    const sum = money('aggregate', 'investment');
    const threshold = money('aggregate', 'threshold');
    scopeFromClauseOwner(paragraph, [sum], 100);
    scopeFromClauseOwner(paragraph, [threshold], 100);
    assert.equal(sum.scope, 'item');
    assert.equal(threshold.scope, 'aggregate');
  });
});
