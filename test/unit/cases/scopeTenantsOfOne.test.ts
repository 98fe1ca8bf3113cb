// One project's outcome stays that project's when the sentence also counts what the project itself will
// hold or bring: the firms moving in, written after their kind (`将集聚150家物流企业入驻`) or after a list
// of kinds (`可入驻电子元件、包装印刷等中小企业30家`), and the jobs it creates (`新增就业岗位900余个`, a count of no
// owners wherever it stands). The same firms counted in a sentence about a zone or a batch still make a sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('what one project will hold or bring', () => {
  it('reads the outcome of one project as its own past the firms counted before their moving in', () => {
    assert.deepEqual(rolesAndScopes('项目建成后,将集聚150家物流企业入驻,年分拣量将达3亿件,预计实现年营业收入4.2亿元,年纳税可达2600万元。'), [
      '4.2亿元 revenue/item',
      '2600万元 tax/item',
    ]);
  });

  it('reads the outcome of one project as its own past a list of the kinds of firms it can hold', () => {
    assert.deepEqual(rolesAndScopes('二期厂房交付使用后,该项目可入驻电子元件、包装印刷等中小企业30家,年产值预计11亿元,带动就业1500人。'), [
      '11亿元 revenue/item',
    ]);
  });

  it('reads the outcome of one project as its own past the jobs it creates', () => {
    assert.deepEqual(rolesAndScopes('该项目投用后可容纳150余户商户经营,新增就业岗位900余个,每年上缴税收6000万元以上。'), [
      '6000万元 tax/item',
    ]);
  });

  it('still sums when a zone counts the firms that moved in', () => {
    assert.deepEqual(rolesAndScopes('目前,园区已集聚60家电商企业入驻,年营业收入达7.5亿元。'), ['7.5亿元 revenue/aggregate']);
  });

  it('still sums when projects are counted beside the jobs', () => {
    assert.deepEqual(rolesAndScopes('今年全县新开工项目14个,提供就业岗位2600个,完成投资23亿元。'), ['23亿元 completed/aggregate']);
  });
});
