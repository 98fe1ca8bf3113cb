// The title's money stated before the article names its park: the park's when the title names the park after
// it, or when the park acts in the opening and the text states the title's amount again.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

const parkOf = (text: string) => linksOf(text).map((line) => line.split(' ').pop());

describe('a title whose money comes before the article names its park', () => {
  it('links the title\'s money to the park the title names after it (`X亿元!16个项目落子K`)', () => {
    const text = '215亿元!16个项目落子云溪高新区\n\n5月8日,云溪高新区举行重点项目集中签约仪式,16个项目现场签约。\n\n其中,星耀新材料项目总投资30亿元,将建设高性能膜材料生产线。\n';
    assert.deepEqual(parkOf(text), ['云溪高新区', '云溪高新区']);
  });

  it('links it to the park that hosts the opening\'s event when the text states the amount again', () => {
    const text = '岚山智能终端产业园项目正式开工,总投资120亿元\n\n3月18日,岚山智能终端产业园项目开工活动在桐江经济开发区举行。\n\n据介绍,项目总投资120亿元,由岚山电子科技有限公司投资建设,达产后年产值可达200亿元。\n';
    assert.deepEqual(parkOf(text), ['桐江经济开发区', '桐江经济开发区', '桐江经济开发区']);
  });

  it('reads the body\'s figure to more digits (`20.6亿元` under a title\'s `20亿`) as the title\'s amount stated again', () => {
    const text = '青岭光伏等项目正式开工,总投资20亿元\n\n5月6日,青岭光伏项目开工活动在桐江经济开发区举行。\n\n据介绍,项目总投资20.6亿元,建设周期两年。\n';
    assert.deepEqual(parkOf(text), ['桐江经济开发区', '桐江经济开发区']);
  });

  it('leaves a lead\'s money before the park alone in a text with no title line', () => {
    assert.deepEqual(parkOf('今年以来,青州市共引进项目12个,总投资60亿元。其中,青州高新区新引进项目5个,园区发展势头良好。\n'), ['-']);
  });

  it('leaves the title\'s money alone when the title names a park of its own the article does not tie to its park', () => {
    const text = '石门:松湖园上半年签约总额40亿元\n记者从石门市政府获悉:中意(石门)精密制造产业园(以下简称“石意园”)成立5年来,累计签约总额90亿元。今年上半年,园区签约总额40亿元。\n';
    assert.deepEqual(parkOf(text), ['-', '-', '-']);
  });

  it('gives a later line\'s money before another park to that park, not the title\'s', () => {
    const text = '上半年签约总额52亿元!松湖产业园动能强劲\n\n今年上半年,松湖产业园新签约项目11个,签约总额52亿元。\n\n上半年签约总额38亿元!柳岸产业园后劲十足\n\n园区负责人表示,下半年将继续做好服务。\n';
    assert.deepEqual(parkOf(text).slice(0, 2), ['松湖产业园', '松湖产业园']);
    assert.notEqual(parkOf(text)[2], '松湖产业园');
  });
});
