// An announcement's own company: the one company announcing in the article is the company of its item amounts
// that no other rule gave a company, in sentences naming no other company.
import { strict as assert } from 'node:assert';
import { projectAndCompanyOf } from '../linkHelpers';

describe('the announcing company by default', () => {
  it('gives the project\'s amounts of an announcement to the company announcing (`(600000.SH)公布`)', () => {
    const text = '远帆精工(600999.SH)公布,公司拟在某某县投资建设“精密轴承制造项目”。\n某某县是全国机械产业强县,区位优势明显。\n项目用地约120亩,计划投资约3亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['3亿元: 精密轴承制造项目 远帆精工']);
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
