// The park of a batch of projects: the members listed right after the batch's total, linked to a park,
// go to that park, in an article that names more than one park.
import { strict as assert } from 'node:assert';
import { parkOf } from '../linkHelpers';

const SIGNED = '11月18日,松岭智造科技园秋季招商推介会在青湾高新区召开。会上签下的4个先进制造项目,覆盖储能材料、医疗器械两个方向,总投资达48亿元。';
const MEMBERS = '宏拓科技公司将投资不低于12亿元,建设其西南研发总部;远澜生物公司将投资15亿元,建设药品研发生产基地。';

describe('the park of a batch of projects', () => {
  it('links the members listed after a counted batch\'s total to its park, in its paragraph or the next', () => {
    const linked = ['松岭智造科技园', '松岭智造科技园', '松岭智造科技园'];
    assert.deepEqual(parkOf(SIGNED + '\n' + MEMBERS), linked);
    assert.deepEqual(parkOf(SIGNED + '\n\n' + MEMBERS), linked);
    assert.deepEqual(parkOf(SIGNED + MEMBERS), linked);
    // Firms counted (`12家企业`) make a batch too.
    assert.deepEqual(parkOf(SIGNED.replace('4个先进制造项目', '4家重点企业') + '\n' + MEMBERS), linked);
  });

  it('carries nothing from a total that counts no batch, or past a paragraph between', () => {
    assert.deepEqual(parkOf(SIGNED.replace('会上签下的4个先进制造项目', '今年以来') + '\n' + MEMBERS), ['松岭智造科技园', '-', '-']);
    assert.deepEqual(parkOf(SIGNED + '\n据了解,园区道路已建成通车。\n' + MEMBERS), ['松岭智造科技园', '-', '-']);
  });

  it('gives way to another park named after the total', () => {
    assert.deepEqual(parkOf(SIGNED + '\n青湾高新区相关负责人介绍,' + MEMBERS), ['松岭智造科技园', '青湾高新区', '青湾高新区']);
  });
});
