// The kind of money of an amount in an article's headline that names no kind.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

function roles(text: string): string[] {
  return attributes(text).map((a) => a.split(' ')[1]);
}

describe('an amount in a headline naming no kind of money', () => {
  it('reads it as investment: investment-promotion news announces investment', () => {
    assert.deepEqual(roles('青禾新区秋季大招商揽金超860亿元\n10月9日,记者从青禾新区获悉,今年以来全区新引进项目52个。'), ['investment']);
    assert.deepEqual(roles('来源:晨光日报\n梧桐县4.6亿元提升园区配套功能\n近日,梧桐县召开园区建设推进会。'), ['investment']);
    assert.deepEqual(roles('2025年03月08日\n\n96亿元\n\n白沙镇招商引资再传捷报\n'), ['investment']);
  });

  it('leaves a headline about agreements or contracts, and any amount in the body, to their own reading', () => {
    assert.deepEqual(roles('茶博会开幕 首日协议及零售金额近21亿\n'), ['other']);
    assert.deepEqual(roles('本报讯 近日,白沙镇召开全镇干部大会,会议回顾了今年的工作,并对明年的重点工作进行了安排部署。\n会上宣布筹集了1200万元。'), ['other']);
  });

  it('keeps a kind the headline names', () => {
    assert.deepEqual(roles('青禾新区前三季度出口创汇3.2亿美元\n'), ['revenue']);
  });
});
