// A park the article names is that park at its other writings, where a sentence's reading alone drops it
// (parksAcrossParagraphs.ts): not a project's name going on, a counted or ranked kind, a park named after its
// trade alone, nor a zone's other name in brackets.
import { strict as assert } from 'node:assert';
import { namesInText } from './caseReaders';
import { nameWithoutPlace } from '../../../src/core/recognition/parkWithoutPlace';

const parksIn = (text: string): string[] => namesInText(text).filter((n) => n.startsWith('PARK:'));

describe('a park named again in the article', () => {
  const DESCRIBED = '此举标志着作为全省产业转移重要支撑的青岚湖科技城全面开建。';

  it('is not read as a park in a description on its own', () => {
    assert.deepEqual(parksIn(DESCRIBED), []);
  });

  it('is the park the article names, in the same paragraph and in another', () => {
    const lead = '位于江西省南昌市的青岚湖科技城与多家单位签署合作协议。';
    assert.deepEqual(parksIn(lead + DESCRIBED), ['PARK:青岚湖科技城', 'PARK:青岚湖科技城']);
    assert.deepEqual(parksIn(`${lead}\n\n${DESCRIBED}`), ['PARK:青岚湖科技城', 'PARK:青岚湖科技城']);
  });

  it('is no park where a project\'s name goes on after it', () => {
    const text = '位于江西省南昌市的青岚湖科技城与多家单位签署合作协议。\n作为重要支撑的青岚湖科技城项目全面开建。';
    assert.deepEqual(parksIn(text), ['PARK:青岚湖科技城']);
  });

  it('is no park after a count or a rank', () => {
    const text = '位于江西省南昌市的青岚湖科技城与多家单位签署合作协议。\n全省3个省级青岚湖科技城建设加快。';
    assert.deepEqual(parksIn(text), ['PARK:青岚湖科技城']);
  });
});

describe('a park named after its trade alone, named again', () => {
  it('is not carried to a description of a kind of park', () => {
    const text = '江州高新区新材料产业园签约项目5个。\n作为全市重点支撑的新材料产业园全面开建。';
    assert.deepEqual(parksIn(text), ['PARK:江州高新区', 'PARK:新材料产业园']);
  });
});

describe('a zone\'s other name in brackets, named again', () => {
  it('is not carried: the article has one zone in play', () => {
    const text = '上周从江州经济技术开发区(白沙工业区)管委会获悉,江州经开区加快推进项目建设。\n一批中试项目落地,包括省石化院白沙工业区检测公共平台。';
    assert.deepEqual(parksIn(text), ['PARK:江州经济技术开发区', 'PARK:白沙工业区', 'PARK:江州经开区']);
  });
});

describe('a short name the article declares, written before the declaration', () => {
  it('is the park in the headline that uses it first, though shorter than a carried name', () => {
    const text = '南宁:中法园上半年产值增长12%\n\n南宁汽车零部件产业园(以下简称“中法园”)成立于2015年。';
    assert.deepEqual(parksIn(text), ['PARK:中法园', 'PARK:南宁汽车零部件产业园', 'PARK:中法园']);
  });

  it('is no park where nothing declares it', () => {
    const text = '南宁:中法园上半年产值增长12%\n\n南宁汽车零部件产业园成立于2015年。';
    assert.deepEqual(parksIn(text), ['PARK:南宁汽车零部件产业园']);
  });
});

describe('a zone named again without its place (parkWithoutPlace.ts)', () => {
  it('is no park where what remains is a kind of zone the suffix lists hold whole, however often written alone', () => {
    const text = '记者从洛阳临空经济区获悉,今年前5月,临空经济区新签约项目6个。\n\n下一步,临空经济区将加快编制发展规划。';
    assert.deepEqual(parksIn(text), ['PARK:洛阳临空经济区']);
    const again = '槐川空港经济区举行推介会。空港经济区上月引进项目4个,空港经济区营收增长。';
    assert.deepEqual(parksIn(again), ['PARK:槐川空港经济区']);
  });

  it('keeps an own name before the shortest suffix, never a kind spelled out or a bracketed place', () => {
    assert.equal(nameWithoutPlace('洛阳市临空经济区'), '临空经济区');
    assert.equal(nameWithoutPlace('漳州台商投资区'), '台商投资区');
    assert.equal(nameWithoutPlace('芜湖经济开发区'), undefined);
    assert.equal(nameWithoutPlace('芜湖综合保税区'), undefined);
    assert.equal(nameWithoutPlace('芜湖新材料产业园'), undefined);
    assert.equal(nameWithoutPlace('中国(江西)自由贸易试验区'), undefined);
    assert.equal(nameWithoutPlace('青岚湖科技城'), undefined);
  });

  it('is left as the kind noun when written so only once', () => {
    const text = '洛阳临空经济区与客商座谈。副市长作招商项目及临空经济区推介。';
    assert.deepEqual(parksIn(text), ['PARK:洛阳临空经济区']);
  });

  it('is the zone written once where a verb settles something in it, a kind a city holds one of too', () => {
    // 台商投资区: a city holds one zone of that kind, so written alone after its full name it names that zone
    assert.deepEqual(parksIn('洛阳台商投资区签约项目5个。\n两家企业已入驻台商投资区。'), ['PARK:洛阳台商投资区', 'PARK:台商投资区']);
    assert.deepEqual(parksIn('洛阳台商投资区签约项目5个。\n新引进的3个项目进驻台商投资区,总投资9亿元。'), ['PARK:洛阳台商投资区', 'PARK:台商投资区']);
    // once, and not settled in: still the kind noun
    assert.deepEqual(parksIn('洛阳台商投资区签约项目5个。\n副市长作台商投资区推介。'), ['PARK:洛阳台商投资区']);
  });

  it('is no park where the article never names it with its place', () => {
    assert.deepEqual(parksIn('今年前5月,临空经济区新签约项目6个。'), []);
  });

  it('is not carried when what remains is the kind of zone spelled out', () => {
    const text = '芜湖经济技术开发区签约项目8个。\n经济技术开发区是国家设立的特定区域。苏州工业园区开工3个项目,工业园区建设加快。';
    assert.deepEqual(parksIn(text), ['PARK:芜湖经济技术开发区', 'PARK:苏州工业园区']);
  });
});
