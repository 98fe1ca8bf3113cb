// A free-trade zone's areas named after their city (freeTradeAreas.ts), a kind of zone the article uses as a common noun
// (zonesNamedAgain.ts), and the items of a list of parks the sentence's reading drops (parkListSiblings.ts).
import { strict as assert } from 'node:assert';
import { namesInText } from './caseReaders';

const parksIn = (text: string): string[] => namesInText(text).filter((n) => n.startsWith('PARK:'));

describe('the areas of a free-trade zone', () => {
  it('are parks named after their city, a list item whose place we do not know included', () => {
    const text = '中国(江西)自由贸易试验区设有南昌片区、赣州片区和青峰岭片区。';
    assert.deepEqual(parksIn(text), ['PARK:中国(江西)自由贸易试验区', 'PARK:南昌片区', 'PARK:赣州片区', 'PARK:青峰岭片区']);
  });

  it('take the zone\'s kind written without its place into their span', () => {
    assert.deepEqual(parksIn('随着自贸区青川片区建设,进出口增长。'), ['PARK:自贸区青川片区']);
    assert.deepEqual(parksIn('国际机场的通航,自贸区大兴机场片区的获批。'), ['PARK:自贸区大兴机场片区']);
  });

  it('are no parks where the article names no free-trade zone, or where no name stands before the head', () => {
    assert.deepEqual(parksIn('城区设有南昌片区和赣州片区。'), []);
    assert.deepEqual(parksIn('自贸区各片区加快建设。'), []);
  });
});

describe('a kind of zone the article writes as a common noun', () => {
  it('is no park however often it is written, counted or after a determiner', () => {
    const counted = '自由贸易试验区作为改革开放的重要试验区。全国自由贸易试验区总数达到21个,北京、湖南三个自由贸易试验区新增企业。';
    assert.deepEqual(parksIn(counted), []);
    const determined = '中国(江西)自由贸易试验区外贸额增长。该自贸试验区外贸额达90亿元,该自贸试验区进出口增长。';
    assert.deepEqual(parksIn(determined), ['PARK:中国(江西)自由贸易试验区']);
  });
});

describe('an item of a list of parks', () => {
  it('is a park between two parks when it ends with their head', () => {
    assert.deepEqual(parksIn('会上,江州经开区、湖田会展区、江州高新区举行集中签约。'), ['PARK:江州经开区', 'PARK:湖田会展区', 'PARK:江州高新区']);
  });

  it('is a park after the last park, before the count that closes the list', () => {
    assert.deepEqual(parksIn('做强江州港区、南岭港区、江州新港区3个港区。'), ['PARK:江州港区', 'PARK:南岭港区', 'PARK:江州新港区']);
  });

  it('is no park when it ends otherwise than the parks beside it', () => {
    assert.deepEqual(parksIn('会上,江州经开区、湖田大厦、江州高新区举行集中签约。'), ['PARK:江州经开区', 'PARK:江州高新区']);
  });

  it('is a park in a run of several dropped items after a park, the run closed by 等 or a count', () => {
    const text = '设立柳湾高新园区、青溪园区、禾坪园区、石岭园区、苇塘园区等五个二级园区。';
    assert.deepEqual(parksIn(text), ['PARK:柳湾高新园区', 'PARK:青溪园区', 'PARK:禾坪园区', 'PARK:石岭园区', 'PARK:苇塘园区']);
  });

  it('is no park in a run left open or holding an item that ends otherwise', () => {
    assert.deepEqual(parksIn('设立柳湾高新园区、青溪园区、禾坪园区、石岭园区,推进建设。'), ['PARK:柳湾高新园区']);
    assert.deepEqual(parksIn('设立柳湾高新园区、青溪园区、禾坪大厦、石岭园区等四个板块。'), ['PARK:柳湾高新园区']);
  });
});

describe('a programme zone whose programme develops and opens up', () => {
  it('is named after its places with the programme words (zoneProgrammes.ts)', () => {
    assert.deepEqual(parksIn('国务院批复同意设立西藏林芝重点开发开放试验区。'), ['PARK:西藏林芝重点开发开放试验区']);
    assert.deepEqual(parksIn('一区:福州国家海洋经济发展示范区。'), ['PARK:福州国家海洋经济发展示范区']);
  });

  it('is no zone where no place we know opens the programme', () => {
    assert.deepEqual(parksIn('作为唯一的重点开发开放试验区,加快建设。'), []);
  });
});

describe('a zone inside a zone, each written alone too', () => {
  const LEAD = '9月2日,青岚示范区举行招商引资项目签约。';

  it('is two parks (zonesInZones.ts)', () => {
    const text = `${LEAD}作为重要载体,青岚示范区新材料产业园也在当日开工建设。新材料产业园占地500亩。`;
    assert.deepEqual(parksIn(text), ['PARK:青岚示范区', 'PARK:青岚示范区', 'PARK:新材料产业园', 'PARK:新材料产业园']);
  });

  it('stays one park when the inner park is never written alone', () => {
    const text = `${LEAD}作为重要载体,青岚示范区新材料产业园也在当日开工建设。`;
    assert.deepEqual(parksIn(text), ['PARK:青岚示范区', 'PARK:青岚示范区新材料产业园']);
  });
});

describe('a base written twice right after its zone', () => {
  it('is a park of its own inside the zone, its name starting after the zone (zonesNamedAgain.ts)', () => {
    const text = '9月15日,在江州工业园区东山云基地,工程师正在调试设备。\n\n去年,江州工业园区东山云基地签约项目5个。';
    assert.deepEqual(parksIn(text), ['PARK:江州工业园区', 'PARK:东山云基地', 'PARK:江州工业园区', 'PARK:东山云基地']);
  });
});
