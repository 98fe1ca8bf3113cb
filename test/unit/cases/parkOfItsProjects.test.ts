// The article's one park, named before a project whose clause tells its start or settling, though the article is
// about no park (parkOfItsProjects.ts): that project's money goes to the park; the article's sums do not.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

const CITY_SUMS = '全市第三期重点项目集中签约活动共签约项目20个,总投资120亿元。\n';
const SIGNING = '总投资超12亿元的远帆钢铁精品钢项目签约\n据澜海发布消息,12月3日,白沙港经济开发区与远帆钢铁集团有限公司签署投资协议,远帆钢铁精品钢项目正式落户。';

describe('the one park a project starts or settles in (`前往K…现场,参加P项目开工活动`, `K与C签署…,P项目正式落户`)', () => {
  it('links the project started at the park\'s site to it, and not the city\'s sums', () => {
    const text = `${CITY_SUMS}活动结束后,市领导前往青石湾开发区集中开工项目现场,参加蓝桥新材料项目开工活动。该项目总投资8亿元,一期拟投资3亿元,达产后年销售收入可达20亿元。`;
    assert.deepEqual(linksOf(text), ['120亿元: - - -', '8亿元: 蓝桥新材料项目 - 青石湾开发区', '3亿元: 蓝桥新材料项目 - 青石湾开发区', '20亿元: 蓝桥新材料项目 - 青石湾开发区']);
  });

  it('links a title\'s money of the project the lead settles after the park signs', () => {
    assert.deepEqual(linksOf(SIGNING), ['12亿元: 远帆钢铁精品钢项目 远帆钢铁集团有限公司 白沙港经济开发区']);
  });

  it('links no park when the project settles in a place of its own', () => {
    assert.deepEqual(linksOf(SIGNING.replace('正式落户。', '正式落户青林镇。')), ['12亿元: 远帆钢铁精品钢项目 远帆钢铁集团有限公司 -']);
  });

  it('links no park when the project\'s clause tells no start or settling (a signing any park may host)', () => {
    const text = `${CITY_SUMS}在青石湾开发区举行的集中签约仪式上,蓝桥新材料项目签约。该项目总投资8亿元。`;
    assert.deepEqual(linksOf(text), ['120亿元: - - -', '8亿元: 蓝桥新材料项目 - -']);
  });

  it('links no park to a project no sentence names after the park', () => {
    const text = `${CITY_SUMS}活动结束后,市领导前往青石湾开发区集中开工项目现场。蓝桥新材料项目开工建设,总投资8亿元。`;
    assert.deepEqual(linksOf(text), ['120亿元: - - -', '8亿元: 蓝桥新材料项目 - -']);
  });

  it('links no park when the park is one place of a list (`前往K、某县,参加P项目开工活动`)', () => {
    const text = `${CITY_SUMS}活动结束后,市领导先后前往青石湾开发区、云河县,参加蓝桥新材料项目开工活动。该项目总投资8亿元。`;
    assert.deepEqual(linksOf(text), ['120亿元: - - -', '8亿元: 蓝桥新材料项目 - -']);
  });

  it('links no park when the article names two', () => {
    const text = `${CITY_SUMS}活动结束后,市领导前往青石湾开发区集中开工项目现场,参加蓝桥新材料项目开工活动,随后考察了白沙高新区。该项目总投资8亿元。`;
    assert.deepEqual(linksOf(text), ['120亿元: - - -', '8亿元: 蓝桥新材料项目 - -']);
  });

  it('links the project written right before the park in its sentence (`P项目开工典礼于K举办`) to it', () => {
    const text = `${CITY_SUMS}当天,云帆储能电池项目开工典礼于青石湾开发区举办。据悉,云帆储能电池项目总投资8亿元,投产后每年可实现产值20亿元。`;
    assert.deepEqual(linksOf(text), ['120亿元: - - -', '8亿元: 云帆储能电池项目 - 青石湾开发区', '20亿元: 云帆储能电池项目 - 青石湾开发区']);
  });

  it('links the project the park\'s sentence says it is (`P项目是K…的项目`) to it', () => {
    const text = `${CITY_SUMS}市长表示,云帆储能电池项目是青石湾开发区建区以来单体投资最大的项目。该项目总投资8亿元。`;
    assert.deepEqual(linksOf(text), ['120亿元: - - -', '8亿元: 云帆储能电池项目 - 青石湾开发区']);
  });

  it('links no park when a signing stands between the project and the park (`P项目签约仪式在K举行`)', () => {
    const text = `${CITY_SUMS}当天,云帆储能电池项目签约仪式在青石湾开发区举行。据介绍,云帆储能电池项目总投资8亿元。`;
    assert.deepEqual(linksOf(text), ['120亿元: - - -', '8亿元: 云帆储能电池项目 - -']);
  });
});
