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

  it('reads a company pointed back at with a short description anywhere before the amount (`这是该公司…`, `这家中国公司…`)', () => {
    const own = '来自某网消息,日本设备厂商长岭精工(NAGAMINE)将投资约50亿日元增产马达和零部件。在日本国内,将在两县的工厂进行增产。 据悉,长岭精工将于明年夏季在江苏省常州市启动新工厂。这是该公司在海外的首家马达工厂,投资额为20亿日元。计划首先年产10万个马达。\n\n新工厂由长岭精工(常州)电气有限公司运营。';
    assert.deepEqual(companies(own), ['长岭精工', '长岭精工']);
    const origin = '(某某中心讯)随着中国青岚新材料集团宣布向其位于港湾科技城的第二座工厂投资2亿美元,当地电池行业的发展势头日益强劲。\n\n据悉,这家总部位于厦门的公司表示,其第二家工厂将每年生产3万吨材料。\n\n据某某中心了解,这家中国公司在当地的第一家工厂投资了1.5亿美元。\n\n今年6月,电池巨头白鹭能源科技有限公司与当地政府达成协议。';
    assert.deepEqual(companies(origin), ['中国青岚新材料集团', '中国青岚新材料集团']);
  });

  it('not a batch or a region\'s firms pointed at (`该批企业`, `该区企业`)', () => {
    const head = '(某某中心讯)随着中国青岚新材料集团宣布向其位于港湾科技城的第二座工厂投资2亿美元,当地电池行业的发展势头日益强劲。\n\n据某某中心了解,';
    const tail = '\n\n今年6月,电池巨头白鹭能源科技有限公司与当地政府达成协议。';
    assert.deepEqual(companies(`${head}该批中国企业在当地的第一家工厂投资了1.5亿美元。${tail}`), ['中国青岚新材料集团', '-']);
    assert.deepEqual(companies(`${head}该区中国企业在当地的第一家工厂投资了1.5亿美元。${tail}`), ['中国青岚新材料集团', '-']);
  });
});
