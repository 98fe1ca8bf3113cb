import { strict as assert } from 'node:assert';
import { anyOf, charSet, isClauseEnd, unitAt } from '../../src/core/text';

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

describe('anyOf', () => {
  it('finds each unit of the set in turn from lastIndex, and nothing past the last', () => {
    const scan = anyOf('镇港镇');
    const text = '桐溪镇的码头与梅川港相邻';
    const found: number[] = [];
    for (scan.lastIndex = 0; scan.test(text); ) found.push(scan.lastIndex - 1);
    assert.deepEqual(found, [2, 9]);
    scan.lastIndex = 3;
    assert.equal(scan.test(text), true);
    assert.equal(scan.lastIndex, 10);
  });

  it('reads characters that mean something in a regex as themselves', () => {
    const scan = anyOf('.]-\\^');
    for (const text of ['a.b', 'x]', '1-2', 'a\\b', '^']) {
      scan.lastIndex = 0;
      assert.equal(scan.test(text), true, text);
    }
    scan.lastIndex = 0;
    assert.equal(scan.test('abc'), false);
  });
});
