// Paragraphs written for the park-link misses of a seventh held-out round: a park that opens a
// sentence describing it (out of which other parks it was formed from), and `该园区` (a word every
// park answers to) in a sentence of its own, followed by the park's totals in a sentence without a
// subject. Every sentence is invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { linksOf } from './linkHelpers';

const FORMED_FROM = '据介绍,青岚河智能装备产业园是在白石经济开发区及红枫工业园基础上整合设立的省级园区,规划面积30平方公里,累计投入基础设施建设资金20亿余元。';

describe('seventh-round link misses: a park described by the sentence it opens', () => {
  it('gives the amount of `K是在A及B基础上成立的…` to K, not to the parks it was formed from', () => {
    assert.deepEqual(linksOf(FORMED_FROM), ['20亿余元: - - 青岚河智能装备产业园']);
  });
});

describe('seventh-round link misses: `该园区` in a sentence of its own', () => {
  it('gives the totals of the next sentence (no subject of its own) to the park last spoken of as a subject', () => {
    const text = `${FORMED_FROM}目前,该园区已形成装备制造、新材料两大主导产业。截至目前,共签约落地项目60个,总投资约90亿元,全部达产后年可实现销售收入120亿元。`;
    assert.deepEqual(linksOf(text).slice(1), ['90亿元: - - 青岚河智能装备产业园', '120亿元: - - 青岚河智能装备产业园']);
  });

  it('links nothing when the next sentence names its own subject', () => {
    const text = `${FORMED_FROM}目前,该园区已形成两大主导产业。全县今年共签约项目10个,总投资30亿元。`;
    assert.equal(linksOf(text)[1], '30亿元: - - -');
  });

  it('links nothing when two parks share the subject', () => {
    const text = '5月8日,白石经济开发区与红枫工业园联合举办推介会。目前,该园区已形成两大主导产业。截至目前,共签约项目60个,总投资约90亿元。';
    assert.equal(linksOf(text)[0], '90亿元: - - -');
  });
});

describe('seventh-round link misses: a park said by its kind word alone', () => {
  it('gives `此次新区集中开工…总投资X` the one new area named before', () => {
    const text = '6月3日,白鹭湾新区举行第三批重点项目集中开工仪式。此次新区集中开工项目21个,总投资达56.5亿元。';
    assert.deepEqual(linksOf(text), ['56.5亿元: - - 白鹭湾新区']);
  });

  it('gives `在经开区投资X` the park written out in full (`经济技术开发区`)', () => {
    const text = '据悉,远帆生物科技有限公司已与青松湖经济技术开发区达成合作意向。该公司计划在经开区投资8亿元建设研发中心。';
    assert.equal(linksOf(text)[0].split(' ').pop(), '青松湖经济技术开发区');
  });

  it('links nothing when two parks of that kind were named', () => {
    const text = '白鹭湾新区招商团一行前往青松湖新区考察。此次新区集中开工项目21个,总投资达56.5亿元。';
    assert.equal(linksOf(text)[0], '56.5亿元: - - -');
  });
});
