// An amount linked to a shorter writing of a project named in full elsewhere names the full writing.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';
import { shorterWritings } from '../../../src/core/links/projectFullWriting';

describe('a project written in full once and shorter elsewhere', () => {
  it('names the full writing that adds a second product after a conjunction', () => {
    const text = '青川县鹭羽新材料碳纤维预浸料及复合部件项目签约。\n此次签约的碳纤维预浸料项目总投资12亿元,其中一期投资5亿元。';
    assert.deepEqual(linksOf(text), [
      '12亿元: 青川县鹭羽新材料碳纤维预浸料及复合部件项目 - -',
      '5亿元: 青川县鹭羽新材料碳纤维预浸料及复合部件项目 - -',
    ]);
  });

  it('names the full writing that adds the word for building', () => {
    const text = '东岭生态农业示范园建设项目昨日开工。\n东岭生态农业示范园项目总投资8亿元,规划面积2万亩。';
    assert.deepEqual(linksOf(text), ['8亿元: 东岭生态农业示范园建设项目 - -']);
  });

  it('leaves the shorter writing when two full writings of one length could be meant', () => {
    const text = '鹭岛储能电池及组件项目、鹭岛储能电池与系统项目同日签约。\n储能电池项目总投资6亿元。';
    assert.ok(!linksOf(text).some((line) => line.includes('及组件') || line.includes('与系统')));
  });
});

describe('shorterWritings', () => {
  it('reads the tails before the one conjunction and the name without its building word', () => {
    assert.deepEqual(shorterWritings('鹭羽碳纤维预浸料及复合部件项目'), ['鹭羽碳纤维预浸料项目', '羽碳纤维预浸料项目', '碳纤维预浸料项目', '纤维预浸料项目', '维预浸料项目']);
    assert.deepEqual(shorterWritings('东岭生态农业示范园建设项目'), ['东岭生态农业示范园项目']);
  });

  it('reads none from a list of projects, a phase or a part left out', () => {
    assert.deepEqual(shorterWritings('青禾疫苗产业化及生物实验室和狂犬病疫苗项目'), []);
    assert.deepEqual(shorterWritings('鹭羽碳纤维预浸料及二期配套项目'), []);
    // A phase in the words a cut leaves out stops the cuts: `碳纤维预浸料项目` is no writing of a second phase.
    assert.ok(!shorterWritings('鹭羽二期碳纤维预浸料及复合部件项目').includes('碳纤维预浸料项目'));
  });
});
