import { strict as assert } from 'node:assert';
import { echoHeadlineOfText, headlineOf, isTwin } from '../../src/core/recognition/headlineEcho';
import { IncrementalAnalysis } from '../../src/core/recognition/incrementalAnalysis';
import { finish, recognize, Recognizer } from '../../src/core/recognition/recognize';
import type { Entity } from '../../src/core/types';

const amounts = (entities: readonly Entity[]) => entities.filter((e) => e.label === 'MONEY').map((e) => `${e.text} ${e.role} ${e.scope}`);
/** The recogniser's reading before the headline is echoed. */
const read = (text: string) => finish(new Recognizer().readInSlices(text, Infinity));
/** The paragraph holding an offset, as a TextSource reads it. */
const paragraphsOf = (text: string) => (offset: number) => {
  const start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, text: text.slice(start, end < 0 ? text.length : end) };
};
const money = (value: number, qualifier?: Entity['qualifier'], currency = 'CNY'): Entity =>
  ({ label: 'MONEY', start: 0, end: 1, text: '', value, currency, role: 'investment', scope: 'aggregate', ...(qualifier ? { qualifier } : {}) });

describe('headline echo: a title amount reads as its twin in the body', () => {
  it('an amount of no kind in the title takes the role of the same amount in the body', () => {
    const text = '栖梧县4.6亿元完善园区配套建设\n今年以来,栖梧县围绕园区提质,计划投资4.6亿元实施道路、管网等配套工程。';
    assert.deepEqual(amounts(read(text))[0], '4.6亿元 other aggregate');
    assert.deepEqual(amounts(recognize(text)), ['4.6亿元 investment aggregate', '4.6亿元 investment aggregate']);
  });

  it('a rounded title amount is the sum the body states in full (at least, about, at most)', () => {
    const atLeast = '第九届湾区洽谈会开幕 现场项目签约总额逾26亿美元\n大会促成18个项目签约,涉及金额26.318亿美元,涵盖物流、医药等领域。';
    assert.equal(amounts(read(atLeast))[0], '26亿美元 contract item');
    assert.equal(amounts(recognize(atLeast))[0], '26亿美元 contract aggregate');
    const about = '沿江各县再添600多亿元协作项目\n沿江各县昨日签约56个协作项目,签约金额648.2亿元。';
    assert.equal(amounts(read(about))[0], '600多亿元 other item');
    assert.equal(amounts(recognize(about))[0], '600多亿元 contract aggregate');
    const atMost = '云泽高新区赴新加坡招商 揽资近6亿美元\n此行共签约项目9个,总投资约5.8亿美元。';
    assert.equal(amounts(read(atMost))[0], '6亿美元 other aggregate');
    assert.equal(amounts(recognize(atMost))[0], '6亿美元 investment aggregate');
  });

  it('a twin is the value the title words allow: the same currency, within its last written digit', () => {
    assert.ok(isTwin(money(3.8e11, 'at_least'), money(3.8264e11)));
    assert.ok(!isTwin(money(3.8e11, 'at_least'), money(3.95e11)), 'past the next hundred 亿');
    assert.ok(!isTwin(money(3.8e11, 'at_least'), money(3.79e11)), 'below what the title says it passes');
    assert.ok(isTwin(money(6e8, 'at_most'), money(5.8e8)));
    assert.ok(!isTwin(money(6e8, 'at_most'), money(6.2e8)));
    assert.ok(isTwin(money(2.417e11), money(2.41736e11)), 'a bare value of four digits cut short');
    assert.ok(!isTwin(money(1e9), money(1.35e9)), 'a bare round value matches only itself');
    assert.ok(!isTwin(money(6e8, 'at_most', 'USD'), money(5.8e8)), 'another currency');
  });

  it('reads nothing into a title without a twin, a long first paragraph, or an item whose twin is one too', () => {
    const noTwin = '栖梧县4.6亿元完善园区配套建设\n今年以来,栖梧县围绕园区提质,计划投资4.8亿元实施道路、管网等配套工程。';
    assert.deepEqual(amounts(recognize(noTwin)), amounts(read(noTwin)));
    const lead = '今年以来,栖梧县投入4.6亿元完善园区配套,道路、管网等工程陆续完工。园区企业反映良好。\n其中计划投资4.6亿元实施配套工程。';
    assert.equal(headlineOf(lead.length, paragraphsOf(lead)), undefined);
    assert.deepEqual(amounts(recognize(lead)), amounts(read(lead)));
    const item = '南屿又一8亿元项目开工\n5月8日,某某公司新材料项目开工,总投资8亿元。';
    assert.deepEqual(amounts(recognize(item)), amounts(read(item)));
  });

  it('a title read as signed money only by its signing takes its twin\'s investment total; a signed twin leaves it', () => {
    const total = '桐岭新区15个项目集中签约引资42.6亿元\n昨日,桐岭新区举行项目集中签约仪式,签约项目15个,总投资42.6亿元。';
    assert.equal(amounts(read(total))[0].split(' ')[1], 'contract');
    assert.equal(amounts(recognize(total))[0], '42.6亿元 investment aggregate');
    const signed = '桐岭新区15个项目集中签约引资42.6亿元\n昨日,桐岭新区签下15个项目,协议投资额42.6亿元。';
    assert.equal(amounts(recognize(signed))[0], '42.6亿元 contract aggregate');
  });

  it('a title naming one thing started takes its twin\'s item, a title of many keeps its sum', () => {
    const one = '总投资45亿元!青屿国际康养城开工\n近日,总投资45亿元的青屿国际康养城项目在青屿镇开工建设。';
    assert.equal(amounts(read(one))[0], '45亿元 investment aggregate');
    assert.equal(amounts(recognize(one))[0], '45亿元 investment item');
    const many = '总投资45亿元!青屿镇重点项目集中开工\n近日,总投资45亿元的青屿国际康养城项目在青屿镇开工建设。';
    assert.equal(amounts(recognize(many))[0], '45亿元 investment aggregate');
  });

  it('finds the title under a list of other pages\' titles and a contact card, not in them', () => {
    const text = [
      '- 岚溪精工斩获轴承密封专利 开启行业新篇章',
      '- 鹭岛测绘院获评省级专精特新企业 迈向智能化',
      '- 无人机培训机构哪家好?如何选择?',
      '联系人: 周先生',
      '电话: 0591-0000000',
      '地址: 福建省某市某区某路1号科技大厦3层',
      '总投资46.2亿元!栖梧县9个航空项目集中签约',
      '昨日,栖梧县举行航空产业项目集中签约活动,签约项目9个,总投资46.2亿元。',
    ].join('\n');
    const at = text.indexOf('总投资');
    assert.deepEqual(headlineOf(text.length, paragraphsOf(text)), { start: at, end: text.indexOf('\n', at) });
    assert.equal(amounts(recognize(text))[0], '46.2亿元 investment aggregate');
  });

  it('keeps a title written as a list item over its source line', () => {
    const text = '- 栖梧县集中签约9个项目 总投资46.2亿元\n- 来源:栖梧日报 时间:2024-05-08\n昨日,栖梧县举行项目集中签约活动。';
    assert.deepEqual(headlineOf(text.length, paragraphsOf(text)), { start: 0, end: text.indexOf('\n') });
  });

  it('finds the title under a site\'s breadcrumb trail', () => {
    const text = '当前位置:首页 > 新闻中心 > 招商动态\n栖梧县4.6亿元完善园区配套建设\n今年以来,栖梧县计划投资4.6亿元实施道路、管网等配套工程。';
    const at = text.indexOf('栖梧县');
    assert.deepEqual(headlineOf(text.length, paragraphsOf(text)), { start: at, end: text.indexOf('\n', at) });
    assert.equal(amounts(recognize(text))[0], '4.6亿元 investment aggregate');
  });

  it('leaves the entities as they are when nothing is read (the same array)', () => {
    const entities = read('无金额的一行标题文字\n正文一句。');
    assert.equal(echoHeadlineOfText(entities, '无金额的一行标题文字\n正文一句。'), entities);
  });

  it('stays right edit by edit, whether the title or its twin in the body is edited', () => {
    let text = '栖梧县4.6亿元完善园区配套建设\n今年以来,栖梧县围绕园区提质,计划投资4.6亿元实施道路、管网等配套工程。\n园区还将新建标准厂房。';
    const analysis = new IncrementalAnalysis();
    analysis.update(text);
    assert.equal(amounts(analysis.suggestions)[0], '4.6亿元 investment aggregate');
    // The twin in the body edited: the title, outside the edited paragraph, reads anew (no region: all may have changed).
    const twin = text.indexOf('4.6', 10);
    text = text.slice(0, twin) + '4.8' + text.slice(twin + 3);
    const region = analysis.update(text, [{ offset: twin, removed: 3, inserted: '4.8' }]);
    assert.equal(region, undefined);
    assert.deepEqual(analysis.suggestions, recognize(text));
    assert.equal(amounts(analysis.suggestions)[0], '4.6亿元 other aggregate');
    // The title edited to the body's value: it takes the twin's reading again.
    text = text.slice(0, 3) + '4.8' + text.slice(6);
    analysis.update(text, [{ offset: 3, removed: 3, inserted: '4.8' }]);
    assert.deepEqual(analysis.suggestions, recognize(text));
    assert.equal(amounts(analysis.suggestions)[0], '4.8亿元 investment aggregate');
    // An edit elsewhere keeps the reading and says where it changed.
    const tail = text.indexOf('标准厂房');
    text = text.slice(0, tail) + '新' + text.slice(tail);
    assert.notEqual(analysis.update(text, [{ offset: tail, removed: 0, inserted: '新' }]), undefined);
    assert.deepEqual(analysis.suggestions, recognize(text));
  });
});

describe('a paper\'s kicker and page index repeat the top figures', () => {
  it('an amount alone on a line above the headline reads as its twin in the body', () => {
    const text = '2024年03月02日\n\n95亿元\n\n青禾县赴沪招商喜获开门红\n\n本报讯 3月1日,青禾县招商推介会在上海举行,青禾县与12家企业集中签约,总投资额95亿元。';
    assert.equal(amounts(read(text))[0], '95亿元 other item');
    assert.deepEqual(amounts(recognize(text)), ['95亿元 investment aggregate', '95亿元 investment aggregate']);
  });

  it('a last line repeating the kicker with its figure (a page index) reads as the kicker does', () => {
    const text = '2024年03月02日\n\n95亿元\n\n青禾县赴沪招商喜获开门红\n\n本报讯 3月1日,青禾县招商推介会在上海举行,青禾县与12家企业集中签约,总投资额95亿元。' +
      '\n\n--> 2024-03-02 95亿元 7 7 青禾日报 content_2113.html 1 青禾县赴沪招商喜获开门红 /enpproperty-->';
    assert.equal(amounts(read(text))[2], '95亿元 other item');
    assert.deepEqual(amounts(recognize(text)), ['95亿元 investment aggregate', '95亿元 investment aggregate', '95亿元 investment aggregate']);
  });

  it('leaves a last paragraph that repeats no top line as it reads', () => {
    const text = '松川县项目建设提速\n\n签约项目总投资30亿元\n\n今年以来,松川县新签约项目5个。其中,某某食品项目投资30亿元建设冷链仓储。';
    const found = recognize(text).filter((e) => e.label === 'MONEY');
    assert.equal(found[found.length - 1].scope, 'item');
  });
});
