// Links from an amount to the company the article opens with, in the paragraph after it (`leadCompanyGoesOn`).
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

const companies = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);
/** A title line, then a lead naming the company and its base. */
const LEAD = '新型农机制造基地开工\n2021年3月9日,湖南青禾智能装备有限公司新型农机制造基地开工仪式在某县举行。县长出席仪式并讲话。\n';

describe('the company an article opens with goes on in the next paragraph about its works', () => {
  it('gives the money of a paragraph opened by `该基地` to the company whose base the lead opened', () => {
    assert.deepEqual(companies(`${LEAD}该基地占地120亩,建设周期两年,总投资3亿元。`), ['湖南青禾智能装备有限公司']);
    // Blank lines between the paragraphs change nothing.
    assert.deepEqual(companies(`${LEAD}\n\n该制造基地占地120亩,总投资3亿元。`), ['湖南青禾智能装备有限公司']);
  });

  it('goes on to the projects `此项目` lists, after the payer of the lead\'s money', () => {
    const text = '煤化工项目开工\n本报讯 由远帆化工集团投资80亿元的煤制乙二醇项目将于下月开工建设,年产乙二醇60万吨。县长出席仪式。\n\n该项目投产后,可实现产值90亿元。此项目包括总投资9亿元的甲醇项目,可实现产值20亿元。';
    assert.deepEqual(companies(text), ['远帆化工集团', '远帆化工集团', '远帆化工集团', '远帆化工集团']);
  });

  it('after where the news comes from (`公告显示,项目一期…`)', () => {
    const text = '青禾智能拟建农机产业园\n5月6日,湖南青禾智能装备有限公司公告称,公司与某县政府签订协议,拟建设农机产业园项目。县长出席仪式。\n公告显示,项目一期为整机装配车间,计划投资2亿元。';
    assert.deepEqual(companies(text), ['湖南青禾智能装备有限公司']);
  });

  it('not when the paragraph opens otherwise, or names a company of its own', () => {
    assert.deepEqual(companies(`${LEAD}审批将再提速。目前,白石纺织项目计划投资3亿元。`), ['-']);
    const own = companies(`${LEAD}该基地由江西远帆建设有限公司承建,总投资3亿元。`);
    assert.notDeepEqual(own, ['湖南青禾智能装备有限公司']);
  });

  it('not when the company the paragraph before was about is not the article\'s first', () => {
    const text = '农机产业园签约\n某县与湖南青禾智能装备有限公司签约。县长出席仪式并讲话。\n5月8日,白鹭农机科技有限公司新型农机制造基地开工仪式在某县举行。县长出席仪式。\n该基地占地120亩,总投资3亿元。';
    assert.deepEqual(companies(text), ['-']);
  });
});
