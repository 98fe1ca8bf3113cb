// One project named as what a site or an occasion is (`今天开工现场为P项目,总投资X`): the money right after it is
// that project's (`item`), whatever the region counted before; a list of projects there stays their sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('one project a site or an occasion is named as', () => {
  it('gives the money after the named project to that one project', () => {
    assert.deepEqual(scopes('他说,全县秋季集中开工项目23个,今天主会场为青禾新材料有限公司年产5万吨锂电隔膜项目,总投资46亿元。'), ['46亿元 item']);
    assert.deepEqual(scopes('松口区本批签约项目共9个,当天签约的是澜川冷链物流园项目,计划投资3.5亿元。'), ['3.5亿元 item']);
  });

  it('keeps a list of projects, or counted ones, at their sum', () => {
    assert.deepEqual(scopes('全县集中开工项目23个,今天主会场为青禾锂电项目、松口物流园项目,总投资46亿元。'), ['46亿元 aggregate']);
    assert.deepEqual(scopes('全县集中开工项目23个,今天主会场为3个产业项目,总投资46亿元。'), ['46亿元 aggregate']);
  });
});
