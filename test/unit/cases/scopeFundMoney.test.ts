// One fund's size, what it raises and what one backer subscribes are that fund's own money (`item`), whatever
// period or summing word dates them; several funds named together, or funds counted, give a sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('a fund’s own money', () => {
  it('reads a fund’s size, its raising and a backer’s subscription as one fund’s', () => {
    assert.deepEqual(scopes('青川县产业引导基金正式设立。该基金总规模20亿元,首期规模5亿元。'), ['20亿元 item', '5亿元 item']);
    assert.deepEqual(scopes('2022年,市新兴产业发展基金新增募资18.4亿元,成立以来累计完成募资66.2亿元。'), ['18.4亿元 item', '66.2亿元 item']);
    assert.deepEqual(scopes('出资结构如下:松江省投资引导基金认缴4亿元,体现省级支持。'), ['4亿元 item']);
    assert.deepEqual(scopes('积极争取上级基金支持,力争到2027年末基金规模超60亿元。'), ['60亿元 item']);
  });

  it('leaves the size of several funds named together, or of counted funds, a sum', () => {
    assert.deepEqual(scopes('该区先后设立“青禾基金”和“松川创投基金”,为招商项目提供股权投资,目前基金规模近8亿元。'), ['8亿元 aggregate']);
    assert.deepEqual(scopes('二季度签约产业基金项目3个,基金规模120亿元。'), ['120亿元 aggregate']);
    assert.deepEqual(scopes('全市已设立政府引导基金12只,总规模300亿元。'), ['300亿元 aggregate']);
  });
});
