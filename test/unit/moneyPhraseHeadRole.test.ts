import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { signedRightBefore } from '../../src/core/recognition/signedRightBefore';
import { projectsMoneyBefore } from '../../src/core/recognition/projectsMoney';
import { summedInvestmentRole } from '../../src/core/recognition/summedInvestment';

function roles(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => `${e.text}:${e.role}`);
}

describe('the verb of signing that governs an amount', () => {
  it('an amount right after 签约 is what was signed, over an investment cue in an event name before it', () => {
    assert.deepEqual(roles('青松县举办招商引资项目推介会,现场成功签约18.6亿元。'), ['18.6亿元:contract']);
  });

  it('the signed amount keeps its kind when the next figure of the line is money in place', () => {
    assert.deepEqual(roles('白河市上半年签约356亿元 到位88亿元\n'), ['356亿元:contract', '88亿元:completed']);
  });

  it('an amount that sizes the projects signed after it is what they invest', () => {
    assert.deepEqual(roles('侨商大会上,现场签约12亿元投资项目。'), ['12亿元:investment']);
  });

  it('reads through a bound, a word of worth and the 约 of the verb itself', () => {
    const near = '某区签约总金额近40亿元';
    assert.equal(signedRightBefore(near, near.indexOf('40'), near.length), true);
    const bare = '某区签约40亿元';
    assert.equal(signedRightBefore(bare, bare.indexOf('40'), bare.length), true);
    const approx = '某区投资约40亿元';
    assert.equal(signedRightBefore(approx, approx.indexOf('40'), approx.length), false);
    const sized = '某区签约40亿元新材料项目';
    assert.equal(signedRightBefore(sized, sized.indexOf('40'), sized.indexOf('新')), false);
  });

  it('a headline amount signed keeps contract over a body twin stating the projects investment', () => {
    const text = '第三届东湖科技洽谈会首日签下6.2亿元\n昨日,第三届东湖科技洽谈会开幕,首日共有7个项目签约,总投资6.2亿元。\n';
    assert.deepEqual(roles(text), ['6.2亿元:contract', '6.2亿元:investment']);
  });
});

describe('a generic money word in a sentence about projects', () => {
  it('money named only as 资金 or 金额 after projects counted is what they invest', () => {
    assert.deepEqual(roles('今年青阳区将实施136个老旧小区改造项目,涉及资金420亿元。'), ['420亿元:investment']);
    assert.deepEqual(roles('展会推出招商项目27个,金额达96.5亿元。'), ['96.5亿元:investment']);
  });

  it('a summing word opening the clause after projects, with no money word at all, sums what they invest', () => {
    assert.deepEqual(roles('洽谈会期间,有18个产业合作项目落户青州,共计36.5亿美元。'), ['36.5亿美元:investment']);
    // With no projects before it, a sum says no kind.
    assert.deepEqual(roles('各部门今年节约开支,共计1.2亿元。'), ['1.2亿元:other']);
  });

  it('projects counted after the cue of an earlier clause own the generic money after them', () => {
    assert.deepEqual(roles('目前全市签约新材料项目60多个,签约资金超800亿元,引进新材料项目31个,资金260多亿元。'), ['800亿元:contract', '260多亿元:investment']);
  });

  it('projects the cue names the kind of keep the cue for the money after them', () => {
    assert.deepEqual(roles('区经信局拟兑现19家企业扶持资金项目23个,涉及资金300多万元。'), ['300多万元:funding']);
  });

  it('a signing between the projects and the money leaves the sum to the signing rules', () => {
    const text = '某县签约项目8个,金额12亿元';
    assert.equal(projectsMoneyBefore(text, 0, text.indexOf('12亿')), false);
  });

  it('needs projects in the sentence before the amount', () => {
    assert.deepEqual(roles('全县整合各类资金近12亿元,用于乡村道路建设。'), ['12亿元:other']);
    const text = '某县共有项目9个,涉及资金3亿元';
    assert.equal(projectsMoneyBefore(text, 0, text.indexOf('3亿')), true);
    const none = '某县各部门涉及资金3亿元';
    assert.equal(projectsMoneyBefore(none, 0, none.indexOf('3亿')), false);
  });
});

describe('investment summed (累计投资)', () => {
  it('summed over counted or listed projects is what they invest', () => {
    assert.deepEqual(roles('近三年来外出能人回乡投资项目41个,累计投资超90亿元。'), ['90亿元:investment']);
    assert.deepEqual(roles('该集团在西川布局物流、文旅、医疗等项目,累计投资超过35亿元。'), ['35亿元:investment']);
  });

  it('summed in a sentence about projects signed is what they plan', () => {
    assert.deepEqual(roles('滨江新区智能装备项目签约 累计投资额86亿元\n'), ['86亿元:investment']);
  });

  it('summed over firms signed (not projects) is what has been invested so far', () => {
    assert.deepEqual(roles('签约入驻企业来自9个国家,入驻企业累计投资额超过2.4亿美元。'), ['2.4亿美元:completed']);
  });

  it('summed over firms or a zone is what has been invested so far', () => {
    assert.deepEqual(roles('园区入驻企业累计投资额超过4.2亿美元。'), ['4.2亿美元:completed']);
    assert.deepEqual(roles('截至去年末,合作区共有企业120户,累计投资额18亿元。'), ['18亿元:completed']);
  });

  it('answers only for a sum of investment', () => {
    const text = '某区项目12个,总投资额30亿元';
    const cueEnd = text.indexOf('30');
    assert.equal(summedInvestmentRole(text, { word: '投资额', end: cueEnd }, 0), undefined);
  });
});
