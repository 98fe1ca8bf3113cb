// The park a sentence places a company in, read once per article and given to that company's amounts
// the walk left without a park, the ones written before it too (parkOfPlacedCompany.ts).
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

/** The park of each amount (`-` for none). */
const parksOf = (text: string) => linksOf(text).map((line) => line.split(' ').pop());

describe('the park a sentence places a company in (`C坐落于K`, `C就在K开工`)', () => {
  it('gives the park of a sentence opened by the company to its amount told before (`C坐落于K`)', () => {
    const text = '据悉,岚峰食品有限公司总投资1.8亿美元,主要生产速冻面点。\n岚峰食品有限公司坐落于白鹭湾临港产业园,是该市首家外资食品加工企业。';
    assert.deepEqual(parksOf(text), ['白鹭湾临港产业园']);
  });

  it('gives the park to every amount of the company (`C就在K正式开工`)', () => {
    const text = '据了解,栖梧纺织有限责任公司计划投资4200万元,其中设备投资2600万元。\n刚签约的栖梧纺织有限责任公司就在青杉工业园区正式开工建设。';
    assert.deepEqual(parksOf(text), ['青杉工业园区', '青杉工业园区']);
  });

  it('reads the place of a ceremony of the company (`C新厂房动工仪式在K举行`) in Traditional characters too', () => {
    const text = '廣東澄明精工科技有限公司計劃投資8000萬元建設新廠。\n6月3日上午,廣東澄明精工科技有限公司新廠房動工儀式在雲溪高新區舉行。';
    assert.deepEqual(parksOf(text), ['雲溪高新區']);
  });

  it('links the park written right after the zone it lies in (`C位于K1K2`)', () => {
    const text = '鹤汀新材料有限公司一期投资2.6亿元。\n近日,鹤汀新材料有限公司位于沙洲经济开发区汀兰产业园的新厂投产。';
    assert.deepEqual(parksOf(text), ['汀兰产业园']);
  });
});

describe('no park from a company placing sentence', () => {
  it('links none when the article places the company in two parks', () => {
    const text = '据介绍,岚峰食品有限公司总投资1.8亿美元。\n岚峰食品有限公司坐落于白鹭湾临港产业园。\n岚峰食品有限公司新厂房在枫林经济开发区动工。';
    assert.deepEqual(parksOf(text), ['-']);
  });

  it('links none from a park a later clause names (`C成立于…,位于K`)', () => {
    const text = '据介绍,岚峰食品有限公司此次追加投资1.8亿元。\n岚峰食品有限公司成立于2011年,位于白鹭湾临港产业园。';
    assert.deepEqual(parksOf(text), ['-']);
  });

  it('links none for a company that is not the subject of the placing sentence (`C1与C2在K签约`)', () => {
    const text = '鹤汀新材料有限公司将投资2.6亿元建设生产线。\n昨日,岚峰集团与鹤汀新材料有限公司在沙洲经济开发区签约。';
    assert.deepEqual(parksOf(text), ['-']);
  });
});
