// A zone said to hold another park (`合作区位于某某国际工业园区内`) is a zone whatever place names it, a place abroad
// included (zonesLyingAround.ts); the money of the sentence stays with the park it is about (parkOfAmount.ts).
import { strict as assert } from 'node:assert';
import { namesInText } from './caseReaders';
import { parkOf } from '../linkHelpers';

const parksIn = (text: string): string[] => namesInText(text).filter((n) => n.startsWith('PARK:'));

describe('a zone said to hold another park', () => {
  it('is a park named by what 位于 opens, a place no gazetteer knows too', () => {
    assert.deepEqual(parksIn('合作区位于马尼拉青椰国际工业园区内,距机场30公里。'), ['PARK:马尼拉青椰国际工业园区']);
    assert.deepEqual(parksIn('合作区位于卡萨湾东南经济区内,地处交通要道。'), ['PARK:卡萨湾东南经济区']);
  });

  it('names none without 内 after it, nor as a bare kind', () => {
    assert.deepEqual(parksIn('合作区毗邻马尼拉青椰国际工业园区,距机场30公里。'), []);
    assert.deepEqual(parksIn('项目位于工业园区内,总投资5亿元。'), []);
  });

  it('leaves the sentence\'s money with the park the article is about', () => {
    const text = '中菲青椰产业园由某某集团投资开发。产业园位于马尼拉青椰国际工业园区内,规划面积3平方公里,估算总投资20亿元。';
    assert.deepEqual(parkOf(text), ['中菲青椰产业园']);
  });
});

describe('a zone introduced by where it lies', () => {
  it('is named by the words between 位于…的 and its suffix, a name no gazetteer knows too, and again later', () => {
    const text = '合作区分为两个园区。位于坦桑尼亚海滨省的巴加莫园区首期规划5平方公里。\n其中,巴加莫园区已开发2平方公里。';
    assert.deepEqual(parksIn(text), ['PARK:巴加莫园区', 'PARK:巴加莫园区']);
  });

  it('names none for a kind after 的, nor without 位于 opening the address', () => {
    assert.deepEqual(parksIn('位于城东的工业园区已满员,位于市中心的园区也在扩建。'), []);
    assert.deepEqual(parksIn('规划中的巴加莫园区首期5平方公里。'), []);
  });
});
