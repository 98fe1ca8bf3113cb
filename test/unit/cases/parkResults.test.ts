// The park of a project's yield once built (`项目建成后年产值Y`): the park its investment, said just
// before in the paragraph, was linked to.
import { strict as assert } from 'node:assert';
import { parkOf } from '../linkHelpers';

const SIGNING = '近日,宏远精密机械产业园项目成功签约。签约仪式上,宏远集团董事长与青湾经济开发区有关负责人现场签约。';
const INVESTED = '此次签约项目计划投资8亿元,拟落户石桥工业园,建设精密部件生产基地。';
const YIELD = '项目建成后年产精密轴承200万套,年产值30亿元,年税收5000万元。';

describe('the park of a project\'s yield once built', () => {
  it('links the yield to the park the investment settled in, not the park the deal was signed with', () => {
    assert.deepEqual(parkOf(SIGNING + INVESTED + YIELD), ['石桥工业园', '石桥工业园', '石桥工业园']);
    // `达产后` and `全部投产后` say the same.
    assert.deepEqual(parkOf(SIGNING + INVESTED + YIELD.replace('项目建成后', '全部达产后')), ['石桥工业园', '石桥工业园', '石桥工业园']);
  });

  it('carries nothing to a yield said without `建成后`, nor to one in another paragraph', () => {
    const plain = parkOf(SIGNING + INVESTED + YIELD.replace('项目建成后', ''));
    assert.notDeepEqual(plain.slice(1), ['石桥工业园', '石桥工业园']);
    // The signing's figure said without its project (a nameless sum, linked to no project): only this
    // rule could carry its park to a later paragraph. (`此次签约项目计划投资X` is the project's own money,
    // and its yields elsewhere take the park through the project.)
    const apart = parkOf(`${SIGNING}${INVESTED.replace('此次签约项目', '此次签约')}\n${YIELD}`);
    assert.notDeepEqual(apart.slice(1), ['石桥工业园', '石桥工业园']);
  });

  it('reads a project standing and running by any of its words (`投产达效后`, `建成投运后`, `落成后`, `投入运营后`)', () => {
    // The opening names the industry park being built; the paragraph opens with a threshold (no park
    // as its subject) and another park follows: only the yield rule ties the yield to the investment's park
    // (the park the money builds: `投资X建设K`).
    const opening = '省长出席某市首批产业项目集中开工暨宏远低碳产业园奠基仪式。\n';
    const invested = '在6个投资超5亿元的项目中,青湾经济开发区引进宏远集团拟投资12亿元建设宏远低碳产业园,一期建设总装厂,年产轴承200万套。';
    const other = '\n石桥工业园今年新签约项目9个,总投资30亿元。';
    for (const once of ['项目投产达效后', '项目建成投运后', '项目落成后', '项目全面投入运营后', '项目竣工后', '项目建成投用后', '项目投入使用后']) {
      const yields = `${once},预计年实现销售收入40亿元,税金2.1亿元。`;
      assert.deepEqual(parkOf(opening + invested + yields + other), ['-', '宏远低碳产业园', '宏远低碳产业园', '宏远低碳产业园', '石桥工业园'], once);
    }
    // A yield said without the project standing is not carried.
    assert.deepEqual(parkOf(`${opening}${invested}预计年实现销售收入40亿元,税金2.1亿元。${other}`), ['-', '宏远低碳产业园', '-', '-', '石桥工业园']);
  });

  it('carries no park from an investment that has none', () => {
    const text = '宏远集团计划投资8亿元建设精密部件生产基地。项目建成后年产值30亿元,年税收5000万元。';
    assert.deepEqual(parkOf(text), ['-', '-', '-']);
  });
});

describe('the park of a project\'s other money, where its investment went', () => {
  const SIGNED = '青湾经济开发区与宏远集团签约,宏远精密轴承项目总投资12亿元。\n';
  const OTHER_PARK = '石桥工业园今年新签约项目9个,总投资30亿元。\n';
  const YIELD = '据介绍,宏远精密轴承项目达产后年销售收入40亿元,年纳税2亿元。';

  it('links the project\'s later money to the park its investment was linked to, past another park\'s paragraph', () => {
    assert.deepEqual(parkOf(SIGNED + OTHER_PARK + YIELD), ['青湾经济开发区', '石桥工业园', '青湾经济开发区', '青湾经济开发区']);
  });

  it('carries nothing from an investment linked to no park', () => {
    const text = '宏远集团宏远精密轴承项目总投资12亿元。\n' + OTHER_PARK.replace('石桥工业园', '某县') + YIELD;
    assert.deepEqual(parkOf(text), ['-', '-', '-', '-']);
  });
});

describe('the park of a project\'s investment, where its signing went, under a longer writing of its name', () => {
  const TEXT =
    '近日,澜屿经济开发区与一家外资企业签下12亿元的车规芯片封测项目,为今年引进的第4个大项目。\n' +
    '据悉,德国车规芯片封测项目计划投资12亿元,其中设备投资5亿元。\n此前,汀洲高新区也引进了一家封测企业。';

  it('gives the investment of the project written longer the park its signed amount went to', () => {
    assert.deepEqual(parkOf(TEXT), ['澜屿经济开发区', '澜屿经济开发区', '澜屿经济开发区']);
  });

  it('gives nothing to a longer writing that adds a phase: another undertaking', () => {
    assert.deepEqual(parkOf(TEXT.replace('德国车规芯片封测项目', '德国车规芯片封测二期项目')), ['澜屿经济开发区', '-', '-']);
  });
});
