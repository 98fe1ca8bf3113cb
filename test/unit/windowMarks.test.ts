// The marks read once per scope window (src/core/recognition/windowMarks.ts): each says a scope rule that keys on
// its units may match, and a window without it makes that rule answer no.
import { strict as assert } from 'node:assert';
import { AMONG_MARK, BATCH_EVENT_MARK, BATCH_MARK, BOUND_MARK, EXAMPLE_MARK, FIRMS_JOINED_MARK, LIST_END_MARK, MONTH_MARK, NAME_INVESTING_MARK, ONE_COUNTED_MARK, PHASE_MARK, PRODUCT_MARK, PROJECT_CLOSED_MARK, PROJECT_IS_MARK, ROAD_HEAD_MARK, SUM_SO_FAR_MARK, SUPERLATIVE_MARK, TRADE_MARK, windowMarks, WORDS_MARKS, wordsMark } from '../../src/core/recognition/windowMarks';
import { recognize } from '../../src/core/recognition/recognize';

/** The marks of single units and pairs (the families of words the rules declare, `wordsMark`, left out). */
const marksOf = (text: string) => windowMarks(text, 0, text.length) & ~WORDS_MARKS;

describe('windowMarks', () => {
  it('marks each kind of unit the rules key on', () => {
    assert.equal(marksOf('这批9个项目中,规模最大的项目为青石湾储能项目'), SUPERLATIVE_MARK | AMONG_MARK | PROJECT_IS_MARK | BATCH_MARK);
    assert.equal(marksOf('另有三宗为新建,如白鹭洲冷链项目'), EXAMPLE_MARK);
    assert.equal(marksOf('民营项目1个,为松岭农机项目'), ONE_COUNTED_MARK);
    assert.equal(marksOf('云杉材料项目是本次落地的外资项目之一'), PROJECT_IS_MARK);
    assert.equal(marksOf('其余2000万元以下项目'), BOUND_MARK);
    assert.equal(marksOf('2至8月'), MONTH_MARK);
    assert.equal(marksOf('甲、乙、丙等'), LIST_END_MARK);
    assert.equal(marksOf('可以从'), 0);
    assert.equal(marksOf('该批项目'), BATCH_MARK);
    assert.equal(marksOf('二期总投资'), PHASE_MARK);
    assert.equal(marksOf('这两条高速公路'), ROAD_HEAD_MARK);
    assert.equal(marksOf('隧道和大橋'), ROAD_HEAD_MARK);
    assert.equal(marksOf('全县GDP'), PRODUCT_MARK);
    assert.equal(marksOf('地区生产总值'), PRODUCT_MARK);
    assert.equal(marksOf('基础设施投资累计'), SUM_SO_FAR_MARK);
    assert.equal(marksOf('今天开工现场为柳岸冷链项目,'), PROJECT_CLOSED_MARK | NAME_INVESTING_MARK);
    assert.equal(marksOf('柳岸冷链项目总投资'), NAME_INVESTING_MARK);
    assert.equal(marksOf('北渠引水工程计划投资'), NAME_INVESTING_MARK);
    assert.equal(marksOf('甲公司和乙集团'), FIRMS_JOINED_MARK);
    assert.equal(marksOf('从事精密铸造的'), TRADE_MARK);
    assert.equal(marksOf('集中开工'), BATCH_EVENT_MARK);
  });

  it('marks a pair only when both its units lie in the window', () => {
    const text = '规模最大';
    assert.equal(windowMarks(text, 0, 3), 0);
    assert.equal(windowMarks(text, 0, 4), SUPERLATIVE_MARK);
    assert.equal(marksOf('签约8个地块,面积'), 0);
  });

  it("marks a family of words where one of its words' first two units stand, both in the window", () => {
    const mark = wordsMark(['揭牌以来', '挂牌至今'], ['授牌']);
    assert.ok(mark !== 0 && (mark & WORDS_MARKS) === mark);
    const has = (text: string, lo = 0, hi = text.length) => (windowMarks(text, lo, hi) & mark) !== 0;
    assert.ok(has('自揭牌以来,园区'));
    assert.ok(has('挂牌'));
    assert.ok(has('授牌仪式'));
    // The first unit alone, or with another after it, is not the pair.
    assert.ok(!has('揭开'));
    assert.ok(!has('挂钩'));
    // A pair cut by the window's end.
    assert.ok(!has('去年揭牌', 0, 3));
    // An entity may fold to any unit: every family is marked.
    assert.ok(has('&#25581;牌以来'));
    assert.throws(() => wordsMark(['牌']));
  });

  it('leaves the scope the rules gave before: a phase of one project is an item, a batch as the subject a sum', () => {
    const scopes = (text: string) => recognize(text).filter((e) => e.label === 'MONEY').map((e) => e.scope);
    assert.deepEqual(scopes('全镇今年签约项目8个,其中二期计划投资3亿元。'), ['item']);
    assert.deepEqual(scopes('今年签约项目8个,总投资3亿元。'), ['aggregate']);
    assert.deepEqual(scopes('该批项目总占地约300亩,总投资约16亿元。'), ['aggregate']);
  });

  it('leaves the scope the rules gave before: one project singled out of a batch is an item', () => {
    const text = '本次集中开工的14个项目中,投资最大的项目为北岭光伏组件项目,计划投资36亿元。';
    const money = recognize(text).find((e) => e.label === 'MONEY');
    assert.equal(money?.scope, 'item');
  });
});
