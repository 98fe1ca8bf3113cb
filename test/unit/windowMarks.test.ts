// The marks read once per scope window (src/core/recognition/windowMarks.ts): each says a scope rule that keys on
// its units may match, and a window without it makes that rule answer no.
import { strict as assert } from 'node:assert';
import { AMONG_MARK, BOUND_MARK, EXAMPLE_MARK, LIST_END_MARK, MONTH_MARK, ONE_COUNTED_MARK, PROJECT_IS_MARK, SUPERLATIVE_MARK, windowMarks } from '../../src/core/recognition/windowMarks';
import { recognize } from '../../src/core/recognition/recognize';

const marksOf = (text: string) => windowMarks(text, 0, text.length);

describe('windowMarks', () => {
  it('marks each kind of unit the rules key on', () => {
    assert.equal(marksOf('这批9个项目中,规模最大的项目为青石湾储能项目'), SUPERLATIVE_MARK | AMONG_MARK | PROJECT_IS_MARK);
    assert.equal(marksOf('另有三宗为新建,如白鹭洲冷链项目'), EXAMPLE_MARK);
    assert.equal(marksOf('民营项目1个,为松岭农机项目'), ONE_COUNTED_MARK);
    assert.equal(marksOf('云杉材料项目是本次落地的外资项目之一'), PROJECT_IS_MARK);
    assert.equal(marksOf('其余2000万元以下项目'), BOUND_MARK);
    assert.equal(marksOf('2至8月'), MONTH_MARK);
    assert.equal(marksOf('甲、乙、丙等'), LIST_END_MARK);
    assert.equal(marksOf('可以从'), 0);
  });

  it('marks a pair only when both its units lie in the window', () => {
    const text = '规模最大';
    assert.equal(windowMarks(text, 0, 3), 0);
    assert.equal(windowMarks(text, 0, 4), SUPERLATIVE_MARK);
    assert.equal(marksOf('集中签约8个项目,总投资'), 0);
  });

  it('leaves the scope the rules gave before: one project singled out of a batch is an item', () => {
    const text = '本次集中开工的14个项目中,投资最大的项目为北岭光伏组件项目,计划投资36亿元。';
    const money = recognize(text).find((e) => e.label === 'MONEY');
    assert.equal(money?.scope, 'item');
  });
});
