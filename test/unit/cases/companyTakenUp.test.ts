// Links from an amount to the company a clause opened by 公司 or 企业 takes up (`companyTakenUp`).
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

const companies = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

describe('a clause opened by 公司 or 企业 takes up the company named before (`…设立C。设立之初,公司注册资本X`)', () => {
  it('gives the amounts of the clause to the last company named, across a sentence and a paragraph', () => {
    const text = '2009年,日商在青州独资设立青州明光精密电子有限公司。\n\n十余年来,明光也取得了长足发展。设立之初,公司注册资本8亿日元,投资总额12亿日元。';
    assert.deepEqual(companies(text), ['青州明光精密电子有限公司', '青州明光精密电子有限公司']);
  });

  it('reads 该公司 after a lead-in and 企业 after a time word as the same company word', () => {
    const said = '2009年,日商在青州独资设立青州明光精密电子有限公司。据悉,该公司计划投资3500万元建设二期厂房。';
    assert.deepEqual(companies(said), ['青州明光精密电子有限公司']);
    const bare = '2009年,日商在青州独资设立青州明光精密电子有限公司。两年后,企业计划投资3500万元建设二期厂房。';
    assert.deepEqual(companies(bare), ['青州明光精密电子有限公司']);
  });

  it('not when the company word does not open its clause, or is no company (`企业家`)', () => {
    const inside = '2009年,日商在青州独资设立青州明光精密电子有限公司。全市规上工业企业计划投资3500万元建设厂房。';
    assert.deepEqual(companies(inside), ['-']);
    const other = '2009年,日商在青州独资设立青州明光精密电子有限公司。企业家协会计划投资3500万元建设会所。';
    assert.deepEqual(companies(other), ['-']);
  });

  it('not when the company named is far before the sentence, or the sentence names one of its own', () => {
    const far = `2009年,日商在青州独资设立青州明光精密电子有限公司。${'城西片区道路两旁绿树成荫,居民休闲散步十分方便。'.repeat(18)}公司计划投资3500万元建设二期厂房。`;
    assert.deepEqual(companies(far), ['-']);
    const own = '2009年,日商在青州独资设立青州明光精密电子有限公司。设立之初,公司与白鹭纺织有限公司合资,计划投资3500万元建设二期厂房。';
    assert.deepEqual(companies(own), ['-']);
  });
});
