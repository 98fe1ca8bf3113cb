// The park a sentence settles or signs a list of projects in, given to those projects' amounts told
// later (parkOfListedProjects.ts). Each article opens with a city's sums, so it is about no one park.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

/** The park of each amount (`-` for none). */
const parksOf = (text: string) => linksOf(text).map((line) => line.split(' ').pop());

/** A city's event and its sums, before any park: the article is about no one park. */
const CITY_OPENING = '澜川市招商推介会昨日举行,共签约项目9个,总投资45亿元。\n';

describe('the park a sentence settles or signs a list of projects in', () => {
  it('links a listed project told in a later paragraph to the park the list settles in (`A项目、B项目等将落户K`)', () => {
    const text = `${CITY_OPENING}包括青岩光学镜头项目、禾丰冷链物流项目、星桥储能电池项目等将落户澜湾高新区。\n其中,禾丰冷链物流项目总投资8亿元,建成后年营业收入12亿元。`;
    assert.deepEqual(parksOf(text), ['-', '澜湾高新区', '澜湾高新区']);
  });

  it('links the projects a park signs with companies, each told later (`K管委会与C1、C2分别签订A项目、B项目`)', () => {
    const text = `${CITY_OPENING}会上,白崖经开区管委会与云杉材料科技有限公司、北辰电气有限公司分别签订特种纤维生产线项目、智能配电设备项目投资协议。\n由北辰电气有限公司投资的智能配电设备项目,总投资6.2亿元。`;
    assert.deepEqual(parksOf(text), ['-', '白崖经开区']);
  });

  it('links a project that signs with the park (`A项目同K签订投资合同`)', () => {
    const text = `${CITY_OPENING}松岭新材料项目同青禾经济技术开发区签订投资合同。\n松岭新材料项目总投资12亿元,达产后年产值20亿元。`;
    assert.deepEqual(parksOf(text), ['-', '青禾经济技术开发区', '青禾经济技术开发区']);
  });
});

describe('no park from a sentence listing projects', () => {
  it('links none when another clause stands between the project and the park (`A项目…,另有C落户K`)', () => {
    const text = `${CITY_OPENING}禾丰冷链物流项目已经完成备案,另有一家食品公司落户澜湾高新区。\n禾丰冷链物流项目总投资8亿元。`;
    assert.deepEqual(parksOf(text), ['-', '-']);
  });

  it('links none for a project signed by two parks', () => {
    const text = `${CITY_OPENING}会上,白崖经开区管委会与云杉材料科技有限公司签订智能配电设备项目投资协议。石门经开区管委会与北辰电气有限公司签订智能配电设备项目投资协议。\n智能配电设备项目总投资6.2亿元。`;
    assert.deepEqual(parksOf(text), ['-', '-']);
  });
});
