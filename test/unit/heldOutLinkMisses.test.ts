// Paragraphs written for the kinds of link miss found on a further held-out set of articles:
// projects spoken of as a group before `项目建成后`, the company that signs a project's contract
// without 的 (`与C签订P项目合同书`), and a park a heading shortens (`X开发区`) and the text writes
// in full (`X经济技术开发区`). Every sentence is invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { linksOf } from './linkHelpers';

describe('held-out link misses: projects spoken of as a group', () => {
  it('gives `项目建成后` money no project once the paragraph says `这些项目`', () => {
    const text = '本次签约项目亮点突出。其中,投资8亿元的恒远新材料项目、投资2亿元的瑞丰冷链物流项目等各具特色。总体来看,这些项目科技含量高、带动能力强。项目全部建成后,预计年产值可达60亿元,税收3亿元。';
    assert.deepEqual(linksOf(text), [
      '8亿元: 恒远新材料项目 - -',
      '2亿元: 瑞丰冷链物流项目 - -',
      '60亿元: - - -',
      '3亿元: - - -',
    ]);
  });

  it('still gives `项目建成后` money the one project the paragraph spoke of', () => {
    const text = '本次签约项目亮点突出。其中,投资2亿元的瑞丰冷链物流项目科技含量高。项目全部建成后,预计年产值可达6亿元,税收3000万元。';
    assert.deepEqual(linksOf(text), [
      '2亿元: 瑞丰冷链物流项目 - -',
      '6亿元: 瑞丰冷链物流项目 - -',
      '3000万元: 瑞丰冷链物流项目 - -',
    ]);
  });
});

describe('held-out link misses: the company that signs a project contract', () => {
  it('links the company of `与C签订(了)P项目合同书` to the project\'s money', () => {
    const text = '高新区与江苏宏图新能源有限公司签订储能电站项目合同书,总投资9.5亿元;经开区与南通远洋渔业有限公司签订了远洋冷链基地项目协议,总投资4亿元。';
    assert.deepEqual(
      linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')),
      ['9.5亿元: 储能电站项目 江苏宏图新能源有限公司', '4亿元: 远洋冷链基地项目 南通远洋渔业有限公司'],
    );
  });
});

describe('held-out link misses: a park a heading shortens', () => {
  it('links the section\'s money to the full name the text writes (`开发区` → `经济技术开发区`, `经开区` → `经济开发区`)', () => {
    const first = '泰兴开发区举行重点项目集中签约\n  泰兴经济技术开发区举行签约仪式,与如皋高新区结对共建。\n  当天签约的智能装备项目总投资12亿元。';
    assert.equal(linksOf(first)[0].split(' ')[3], '泰兴经济技术开发区');
    const second = '嘉善经开区智能装备项目签约\n  嘉善经济开发区与上海松江高新区共建产业园。\n  智能装备项目总投资12亿元。';
    assert.equal(linksOf(second)[0].split(' ')[3], '嘉善经济开发区');
  });

  it('keeps the heading\'s name when the text writes no full name of that place', () => {
    const text = '嘉善高新区智能装备项目签约\n  嘉善县与上海松江开发区共建产业园。\n  智能装备项目总投资12亿元。';
    assert.equal(linksOf(text)[0].split(' ')[3], '嘉善高新区');
  });
});
