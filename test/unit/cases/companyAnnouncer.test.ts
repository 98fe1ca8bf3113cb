// An announcement's own company: the one company announcing in the article is the company of its item amounts
// that no other rule gave a company, in sentences naming no other company.
import { strict as assert } from 'node:assert';
import { projectAndCompanyOf } from '../linkHelpers';

describe('the announcing company by default', () => {
  it('gives the project\'s amounts of an announcement to the company announcing (`(600000.SH)公布`)', () => {
    const text = '远帆精工(600999.SH)公布,公司拟在某某县投资建设“精密轴承制造项目”。\n某某县是全国机械产业强县,区位优势明显。\n项目用地约120亩,计划投资约3亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['3亿元: 精密轴承制造项目 远帆精工']);
  });

  it('reads a stock code written twice (`(600888)(600888.SH)公布`) as one', () => {
    const text = '格隆汇7月10日丨青禾科技(600888)(600888.SH)公布,公司拟在某某县投资建设“智能轴承项目”并设立项目公司。项目计划总投资约8亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['8亿元: 智能轴承项目 青禾科技']);
  });

  it('reads `发布公告` as announcing and keeps amounts with no project', () => {
    const text = '远帆精工(600999)晚间发布公告称,公司与某某县政府签订投资协议。\n某某县是全国机械产业强县,区位优势明显。\n根据协议,项目计划投资8亿元,达产后年销售收入12亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['8亿元: - 远帆精工', '12亿元: - 远帆精工']);
  });

  it('gives nothing where the sentence names another company', () => {
    const other = '远帆精工(600999)公告称,公司拟投资建设新厂。此外,青禾材料有限公司计划投资2亿元。';
    assert.deepEqual(projectAndCompanyOf(other), ['2亿元: - 青禾材料有限公司']);
  });
});

describe('a company whose board meets, or that calls itself `公司`, is the one announcing', () => {
  const RESOLUTIONS = '\n一、通过公司2011年年度报告。\n二、同意公司对全资子公司白鹭食品有限公司增资1000万元。\n三、同意公司进行口服液生产线项目投资,投资金额8500万元,建设期2年。';

  it('gives the resolutions\' amounts to the company whose board met', () => {
    const text = `青禾药业股份有限公司于2012年5月8日召开第四届董事会,会议审议通过如下决议:${RESOLUTIONS}`;
    assert.deepEqual(projectAndCompanyOf(text)[1], '8500万元: 口服液生产线项目 青禾药业股份有限公司');
  });

  it('gives them to the company that declares itself the text\'s `公司`', () => {
    const text = `青禾药业股份有限公司(以下简称“青禾药业”或“公司”)主营中成药。${RESOLUTIONS}`;
    assert.deepEqual(projectAndCompanyOf(text)[1], '8500万元: 口服液生产线项目 青禾药业股份有限公司');
  });

  it('gives nothing when the company neither meets nor speaks as `公司`', () => {
    const text = `青禾药业股份有限公司主营中成药。${RESOLUTIONS}`;
    assert.deepEqual(projectAndCompanyOf(text)[1], '8500万元: 口服液生产线项目 -');
  });
});

describe('a Hong Kong announcement\'s subsidiary', () => {
  it('gives the deal\'s money to the subsidiary that signs, the sentence before ended by an ASCII full stop', () => {
    const text =
      '本公告乃由远帆控股集团有限公司(「本公司」)自愿作出,以使股东获悉本集团最新消息. 本公司董事会欣然宣布,本公司之全资附属公司湖南青禾置业有限公司签订协议,以3.2百万美元代价(相等於约人民币20.4百万元)认购白鹭材料有限公司股本权益.';
    assert.deepEqual(projectAndCompanyOf(text), ['3.2百万美元: - 湖南青禾置业有限公司', '20.4百万元: - 湖南青禾置业有限公司']);
  });

  it('keeps a decimal point and a point in Latin text inside their sentence', () => {
    const text = '远帆控股集团有限公司 (Sino Co. Ltd.) 董事会宣布,公司拟投资3.5亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['3.5亿元: - 远帆控股集团有限公司']);
  });
});
