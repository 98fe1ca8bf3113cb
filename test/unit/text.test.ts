import { strict as assert } from 'node:assert';
import { charSet, isClauseEnd, unitAt } from '../../src/core/text';

describe('unitAt', () => {
  const text = '潼川园区，签约';

  it('reads the unit inside the text, as charCodeAt', () => {
    for (let i = 0; i < text.length; i++) assert.equal(unitAt(text, i), text.charCodeAt(i));
  });

  it('reads NaN off either end, as charCodeAt past the end: in no set, no boundary', () => {
    for (const i of [-1, -7, text.length, text.length + 3]) {
      assert.ok(Number.isNaN(unitAt(text, i)), String(i));
      assert.equal(charSet('潼约，').has(unitAt(text, i)), false);
      assert.equal(isClauseEnd(unitAt(text, i)), false);
    }
    assert.ok(Number.isNaN(unitAt('', 0)));
  });
});
