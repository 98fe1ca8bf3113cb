import * as assert from 'assert';
import { headlineBatchAfter, headlineBatchRole } from '../../src/core/recognition/headlineBatch';

/** Whether the amount `amount` in `text` opens a headline that says a batch or counts projects. */
function batchAfter(text: string, amount: string): boolean {
  const start = text.indexOf(amount);
  return headlineBatchAfter(text, start, start + amount.length);
}

describe('headlineBatchAfter: a headline amount set off before a batch or a count', () => {
  it('reads a batch signed together after an exclamation', () => {
    assert.equal(batchAfter('快讯\n48.6亿元!对口支援招商项目在昌都集中签约\n本报讯', '48.6亿元'), true);
  });
  it('reads counted projects after the break, words of kind between', () => {
    assert.equal(batchAfter('126亿元!11个生物医药产业重大项目落户青石高新区\n来源:某报', '126亿元'), true);
  });
  it('reads the cue before the amount and a space as the break', () => {
    assert.equal(batchAfter('总投资约88亿元 白鹭县16个项目集中开工\n正文', '88亿元'), true);
  });
  it('reads no single investor and plant', () => {
    assert.equal(batchAfter('斥资9亿欧元!某某化学宣布扩建两座工厂\n正文', '9亿欧元'), false);
  });
  it('reads no amount inside a sentence of the body', () => {
    assert.equal(batchAfter('正文第一段说,该区投资5亿元!12个项目集中开工\n', '5亿元'), false);
  });
  it('reads no headline that runs into a full stop', () => {
    assert.equal(batchAfter('30亿元!这是一句话。12个项目集中开工\n', '30亿元'), false);
  });
  it('gives their investment as the role, and nothing when the headline says no batch', () => {
    const batch = '52亿元!9个智能制造项目签约落户\n';
    assert.equal(headlineBatchRole(batch, 0, 4), 'investment');
    const one = '52亿元!某某新材料项目开工\n';
    assert.equal(headlineBatchRole(one, 0, 4), undefined);
  });
});
