// A page that prints its title twice: the second line is the title again, with the title's links.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

const parkOf = (text: string) => linksOf(text).map((line) => line.split(' ').pop());

describe('a title printed again above the story', () => {
  const TITLE = '前4月总投资8.6亿元!桐溪智能装备产业园加速崛起\n\n';
  const LEAD = '据统计,今年1至4月,桐溪智能装备产业园新注册企业9家,总投资额8.6亿元。\n\n';
  const QUOTE = '“园区今年还将引进更多企业。”园区负责人说。\n';

  it('gives the repeated line\'s amount the title\'s park', () => {
    assert.deepEqual(parkOf(TITLE + LEAD + TITLE + QUOTE), ['桐溪智能装备产业园', '桐溪智能装备产业园', '桐溪智能装备产业园']);
  });

  it('reads a line that only looks like the title as a line of its own', () => {
    const other = '前4月总投资8.6亿元!白鹭湾智能装备产业园加速崛起\n\n';
    assert.notDeepEqual(parkOf(TITLE + LEAD + other + QUOTE).slice(2), ['桐溪智能装备产业园']);
  });
});
