// The kind of money of an amount written right after a verb of signing.
import { strict as assert } from 'node:assert';
import { roles } from '../attributeHelpers';

describe('an amount right after a verb of signing (签订 签署 签下)', () => {
  it('is the value of what was signed, whatever the agreement\'s words after it name', () => {
    assert.deepEqual(roles('10月12日,岚峰集团与云溪县人民政府签订了价值86亿元的全面战略合作框架协议。'), ['contract']);
    assert.deepEqual(roles('3月4日,该镇与宁川织造有限公司签订了700万元的投资合作框架协议。'), ['contract']);
    assert.deepEqual(roles('双方当场签署2.4亿元项目投资合同。'), ['contract']);
  });

  it('leaves an amount further from the verb to its own cue', () => {
    assert.deepEqual(roles('双方签订投资协议,项目总投资6亿元。'), ['investment']);
    assert.deepEqual(roles('此次签订的合作协议中,企业计划投资3亿元建设厂房。'), ['investment']);
  });
});

describe('an amount right before the agreement it is the value of (X意向协议)', () => {
  it('is signed money when no cue names it, with no verb of signing right before', () => {
    assert.deepEqual(roles('据统计,中部各市已与沿海客商达成逾120亿元意向协议。'), ['contract']);
  });

  it('leaves a cue of another kind after the amount deciding', () => {
    assert.deepEqual(roles('据统计,该区已与外商达成9000万美元协议台资。'), ['foreign']);
  });

  it('leaves an amount with no agreement after it to the words before', () => {
    assert.deepEqual(roles('据统计,中部各市已与沿海客商达成逾120亿元合作意向。'), ['other']);
  });
});
