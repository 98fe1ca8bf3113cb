// One park written with and without the level word of its place (`某某市高新区`, `某某高新区`), and a
// park written right after a later mention of the zone it lies in, and a park's other name in brackets:
// none is a second park.
import { strict as assert } from 'node:assert';
import { samePark, sameZoneShortAndFull } from '../../../src/core/links/linkParks';
import { parkOf } from '../linkHelpers';

describe('a park named with and without its place\'s level word', () => {
  it('reads `X市K` and `XK` as one park, and keeps other parks apart', () => {
    assert.equal(samePark('青州市高新区', '青州高新区'), true);
    assert.equal(samePark('青州高新区', '青州市高新区'), true);
    assert.equal(samePark('桐溪县经开区', '桐溪经济技术开发区'), false);
    assert.equal(samePark('青州市高新区', '青州新区'), false);
    assert.equal(samePark('青州市高新区', '白州高新区'), false);
  });

  it('reads `X开发区` as `X经济技术开发区` written short, whichever is asked first (both end with `开发区`)', () => {
    assert.equal(samePark('桐溪经济技术开发区', '桐溪开发区'), true);
    assert.equal(samePark('桐溪开发区', '桐溪经济技术开发区'), true);
    assert.equal(samePark('桐溪经济技术开发区', '白沙开发区'), false);
  });

  it('links the amount of a sentence naming the park both ways, as one park', () => {
    const text = '记者从青州市高新区招商局获悉,今年以来,青州高新区深入推进招商工作,1—4月,青州高新区新签约项目9个,总投资额12.5亿元。';
    assert.deepEqual(parkOf(text), ['青州高新区']);
  });
});

describe('an industry park written right after a later mention of the article\'s zone', () => {
  const PAGE =
    '1—4月 青州高新区新签约项目9个,总投资额12.5亿元\n\n' +
    '  本报讯 4月20日,走进青州市高新区白杨园区,项目建设正有序推进。\n\n' +
    '  第5届博览会,高新区拟签约项目6个,总投资8.2亿元。\n';

  it('lies inside the zone, so the article stays about the zone, its later money too', () => {
    assert.deepEqual(parkOf(PAGE), ['青州高新区', '青州高新区']);
  });

  it('is a second park after another zone', () => {
    assert.deepEqual(parkOf(PAGE.replace('青州市高新区白杨园区', '江门高新区白杨园区')), ['青州高新区', '-']);
  });
});

describe('a park\'s other name in brackets (`K(L)`)', () => {
  const TEXT = '上周从桐溪经济技术开发区(白沙工业区)管委会获悉,桐溪经开区加快推进重大化工项目建设,一季度完成固定资产投资18亿元。';

  it('is no second park in the sentence, so the park opening the amount\'s clause takes its money', () => {
    assert.deepEqual(parkOf(TEXT), ['桐溪经开区']);
  });

  it('is a second park when written beside it, not in brackets', () => {
    assert.deepEqual(parkOf(TEXT.replace('(白沙工业区)', '和白沙工业区')), ['-']);
  });
});

describe('a cooperation zone written short and said by its kind word (`某某经贸合作区`, `某某合作区`, `合作区累计…`)', () => {
  it('reads a cooperation zone without its trade word, or the countries heading it, as the same zone', () => {
    assert.equal(samePark('白岩—青河经贸合作区', '白岩—青河合作区'), true);
    assert.equal(samePark('中国松国白岩—青河经济合作区', '白岩—青河合作区'), true);
    assert.equal(samePark('白岩—青河经贸合作区', '松江—柳川合作区'), false);
    assert.equal(samePark('白岩—青河经贸合作区', '青河开发区'), false);
  });

  it('gives a sentence opened by `合作区` the zone, named in full, though the text also wrote it short', () => {
    const text = '白岩—青河经贸合作区是两国共建的产业园区。截至去年底,白岩—青河合作区起步区共有企业40家。合作区累计吸引协议投资额超过6亿美元。';
    assert.deepEqual(parkOf(text), ['白岩—青河经贸合作区']);
  });
});

describe('a zone written short and in full behind the nation\'s rank or its province', () => {
  it('reads `国家X经济技术开发区`, `某省X经济开发区` and `X经开区`, `X开发区` as one zone, and keeps other heads apart', () => {
    assert.equal(sameZoneShortAndFull('青阳经开区', '国家青阳经济技术开发区'), true);
    assert.equal(sameZoneShortAndFull('青阳开发区', '山东青阳经济开发区'), true);
    assert.equal(sameZoneShortAndFull('青阳开发区', '白马青阳经济开发区'), false);
    assert.equal(sameZoneShortAndFull('青阳开发区', '国家白阳经济开发区'), false);
  });

  it('reads the pair in either order, and needs the same place, two characters at least, before both words', () => {
    assert.equal(sameZoneShortAndFull('河源高新技术产业开发区', '河源高新区'), true);
    assert.equal(sameZoneShortAndFull('河源北经济开发区', '河源开发区'), false);
    assert.equal(sameZoneShortAndFull('高新区', '高新技术产业开发区'), false);
    assert.equal(sameZoneShortAndFull('河源产业园', '河源开发区'), false);
    assert.equal(sameZoneShortAndFull('河源工业园', '河源物流园'), false);
  });

  it('keeps an article naming the zone both ways about that one zone', () => {
    const text =
      '9月8日,国家白城经济技术开发区与3家企业签约,白城经开区党工委书记出席。\n' +
      '当天签约的项目分别为:白石科技计划投资6亿元建设的智能装备项目,以及红叶公司计划投资3亿元建设的新材料项目。';
    assert.deepEqual(parkOf(text), ['国家白城经济技术开发区', '国家白城经济技术开发区']);
  });
});

describe('a zone written again without its place (`某市空港经济区`, `空港经济区`)', () => {
  it('reads the zone with and without its place as one park, and a kind of zone as none of them', () => {
    assert.equal(samePark('洛阳临空经济区', '临空经济区'), true);
    assert.equal(samePark('临空经济区', '洛阳市临空经济区'), true);
    assert.equal(samePark('芜湖经济技术开发区', '经济技术开发区'), false);
    assert.equal(samePark('洛阳临空经济区', '郑州临空经济区'), false);
  });

  it('links the amount of the sentence naming the zone short to the zone, named in full before', () => {
    const text = '记者从洛阳临空经济区年中工作会议上获悉,今年1-6月,临空经济区固定资产投资完成36.2亿元,同比增长8%。下一步,临空经济区将加快招商。';
    // the kind written alone is no PARK (parksAcrossParagraphs.ts): the amount goes to the zone named in full
    assert.deepEqual(parkOf(text), ['洛阳临空经济区']);
  });
});
