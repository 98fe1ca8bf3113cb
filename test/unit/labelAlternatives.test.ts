import { strict as assert } from 'node:assert';
import { alternativeLabels, looksLikeAmount } from '../../src/core/review/labelAlternatives';

describe('alternative labels for a span', () => {
  it('never offers a name label for an amount', () => {
    assert.deepEqual(alternativeLabels('65.1亿元', 'MONEY', true), []);
    assert.deepEqual(alternativeLabels('65.1亿元', undefined, true), ['MONEY']);
  });

  it('never offers MONEY for a name', () => {
    assert.ok(!alternativeLabels('博通科技产业园', 'PARK', false).includes('MONEY'));
    assert.ok(!alternativeLabels('江苏博通投资实业有限公司', 'COMPANY', false).includes('MONEY'));
  });

  it('puts the label the ending of the name points at first', () => {
    assert.equal(alternativeLabels('博通科技产业园', 'PROJECT', false)[0], 'PARK');
    assert.equal(alternativeLabels('博通科技产业园项目', 'PARK', false)[0], 'PROJECT');
    assert.equal(alternativeLabels('江苏博通投资实业有限公司', 'PARK', false)[0], 'COMPANY');
    assert.deepEqual(alternativeLabels('锂电产业园项目', undefined, false), ['PROJECT', 'PARK', 'COMPANY']);
  });

  it('keeps the other name labels as possible, after the likely one, and leaves out the current label', () => {
    const alternatives = alternativeLabels('博通科技产业园', 'PARK', false);
    assert.deepEqual([...alternatives].sort(), ['COMPANY', 'PROJECT']);
    assert.ok(!alternatives.includes('PARK'));
  });

  it('offers nothing for a single character', () => {
    assert.deepEqual(alternativeLabels('园', undefined, false), []);
  });

  it('tells the shape of an amount from a name with a number in it', () => {
    assert.ok(looksLikeAmount('8000万'));
    assert.ok(looksLikeAmount('US$ 1.5 billion') || looksLikeAmount('$1.5'));
    assert.ok(looksLikeAmount('三十亿元'));
    assert.equal(looksLikeAmount('1号地块项目'), false);
    assert.equal(looksLikeAmount('第一产业园'), false);
  });
});
