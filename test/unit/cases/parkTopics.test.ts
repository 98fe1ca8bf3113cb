// Links from an amount to its park, continued (parkLinks.test.ts holds the first kinds): what makes
// an article or a paragraph about one park, and parks that are no park to link to.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

const parkOf = (text: string) => linksOf(text).map((line) => line.split(' ').pop());

describe('an article about one park opened by a period of months', () => {
  it('reads `1—5月K…` as a clause with the park as its subject, so the article is about it', () => {
    const text = '记者从某区统计局获悉,1—4月岳阳松湖经济开发区工业经济稳中有进。一是总量增长。完成工业投资12亿元,实现产值30亿元。';
    assert.deepEqual(parkOf(text), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
    assert.deepEqual(parkOf(text.replace('1—4月', '1–4月')), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
  });
});
