// Roads, railways and bridges counted or listed with an amount are each a project of their own: the money is
// their sum (`aggregate`); one road, a plant's lines or roads a project merely lies by leave it one owner's.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('roads counted or listed with their money', () => {
  it('reads money building two or more roads as their sum', () => {
    assert.deepEqual(scopes('滇南省与华路建设集团签协议 投资约260亿建两高速公路'), ['260亿 aggregate']);
    assert.deepEqual(scopes('按照规划,这三条高速公路总里程320公里,预计总投资约210亿元。'), ['210亿元 aggregate']);
    assert.deepEqual(scopes('园区二期启动以来,青禾路、松川路等9条市政道路基本完工,总长12公里,总投资6.4亿元。'), ['6.4亿元 aggregate']);
    assert.deepEqual(scopes('该集团还将投资85亿元新建澜川至松口铁路、青禾至湾头铁路及松口至青禾高速公路。'), ['85亿元 aggregate']);
  });

  it('leaves one road, a plant’s lines and a project by the roads to one owner', () => {
    assert.deepEqual(scopes('澜川精工有限公司投资2亿元建设两条生产线。'), ['2亿元 item']);
    assert.deepEqual(scopes('青禾物流港项目位于两条高速公路交汇处,总投资5亿元。'), ['5亿元 item']);
    assert.deepEqual(scopes('华路建设集团将投资40亿元新建松口至青禾高速公路。'), ['40亿元 item']);
  });
});
