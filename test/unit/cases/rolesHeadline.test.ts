// The kind of money of an amount closing a headline that names no kind.
import { strict as assert } from 'node:assert';
import { roles } from '../attributeHelpers';

describe('an amount closing a headline that names no kind of money', () => {
  it('reads it as investment: investment-promotion news announces investment', () => {
    assert.deepEqual(roles('青禾新区秋季大招商揽金超860亿元\n10月9日,记者从青禾新区获悉,今年以来全区新引进项目52个。'), ['investment']);
    assert.deepEqual(roles('来源:晨光日报\n梧桐县经开区海外推介会揽资近4.6亿美元\n近日,梧桐县召开园区建设推进会。'), ['investment']);
    assert.deepEqual(roles('2025年03月08日\n\n96亿元\n\n白沙镇招商引资再传捷报\n'), ['investment']);
  });

  it('leaves a rate, a headline about agreements, a noun after the amount and a clause of the body alone', () => {
    assert.deepEqual(roles('茶博会开幕 首日协议及零售金额近21亿\n开幕式上,12家企业现场签约。'), ['other']);
    assert.deepEqual(roles('梧桐县新城房价每平方米1.4万元\n近日,记者走访了新城的楼盘。'), ['other']);
    assert.deepEqual(roles('6000万元大奖花落梧桐县\n近日,评选结果揭晓。'), ['other']);
    assert.deepEqual(roles('会上,白沙镇宣布筹集了1200万元\n'), ['other']);
  });

  it('keeps a kind the headline names', () => {
    assert.deepEqual(roles('青禾新区前三季度出口创汇3.2亿美元\n记者从青禾新区获悉。'), ['revenue']);
  });
});
