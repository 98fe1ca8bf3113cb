// An amount whose owner is named only after it: a headline that shouts the amount then names the project, and
// one facility named after the amount in its clause. Without them the amount would read as a nameless sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('an amount whose one owner is named after it', () => {
  it('reads a headline `投资X!P项目…` as that project\'s money, across the exclamation mark', () => {
    assert.deepEqual(rolesAndScopes('总投资超9亿元!澄溪冷链仓储中转项目开工\n记者 王岚\n'), ['9亿元 investment/item']);
    assert.deepEqual(rolesAndScopes('投资36亿！年产20万吨高纯石英砂项目落户岚川\n'), ['36亿 investment/item']);
  });

  it('still reads a headline\'s amount before counted projects as their sum', () => {
    assert.deepEqual(rolesAndScopes('总投资57亿元!澄溪县18个项目集中签约\n'), ['57亿元 investment/aggregate']);
  });

  it('reads numbers a site sets off with spaces as it reads them written close', () => {
    // a headline's amount after its cue and a space, before counted projects
    assert.deepEqual(rolesAndScopes('总投资 42.6 亿元!澄溪县 9 大装备项目集中签约\n'), ['42.6 亿元 investment/aggregate']);
    // a count after the `的` the amount takes, spaced too; a count of one is none
    assert.deepEqual(rolesAndScopes('随着总投资 42.6 亿元的 9 个装备项目落地,澄溪县产业链更加完整。'), ['42.6 亿元 investment/aggregate']);
    assert.deepEqual(rolesAndScopes('总投资 8 亿元的 1 个装备项目开工。'), ['8 亿元 investment/item']);
  });

  it('does not read past an exclamation mark that is not right after the amount', () => {
    assert.deepEqual(rolesAndScopes('全年完成投资41亿元,同比增长8%!滨湖精工项目投产。'), ['41亿元 completed/aggregate']);
  });

  it('reads an amount before one facility named in its clause as that facility\'s money', () => {
    assert.deepEqual(rolesAndScopes('11月8日,总投资12亿元、总库容为20万吨的岚溪果蔬冷藏物流基地在澄川区奠基。'), ['12亿元 investment/item']);
    assert.deepEqual(rolesAndScopes('总投资18亿华中最大冷链物流基地落户岚州\n'), ['18亿 investment/item']);
  });

  it('does not take a facility past a comma or a space, where a source line may start', () => {
    assert.deepEqual(rolesAndScopes('某省今年重点项目总投资将超9000亿元 来源:某省信息中心\n'), ['9000亿元 investment/aggregate']);
    assert.deepEqual(rolesAndScopes('全年实际完成投资86亿元,新建研发中心3个。'), ['86亿元 completed/aggregate']);
  });
});
