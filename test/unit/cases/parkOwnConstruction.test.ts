// Money that builds a park, or that a sentence about a park states, is that park's own.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

const parkOfEach = (text: string): string[] => linksOf(text).map((l) => l.split(' ').pop() ?? '');

describe('a park that opens its sentence and lies somewhere (`K位于L,…,总投资X`)', () => {
  it('links the sentence\'s money to K, not to the zone it lies in', () => {
    const text = '据介绍,松涛智能装备产业园位于白鹭湾经济开发区东片区,规划面积1200亩,计划总投资28亿元,其中一期投资9亿元。';
    assert.deepEqual(parkOfEach(text), ['松涛智能装备产业园', '松涛智能装备产业园']);
  });

  it('still links it when a project bears the park\'s name elsewhere in the article', () => {
    const text = '青溪农业科技园建设项目进展顺利。\n青溪农业科技园坐落于临川县石门镇,规划面积2万亩,总投资16亿元。';
    assert.deepEqual(parkOfEach(text), ['青溪农业科技园']);
  });

  it('leaves the money to a project or company named between the park and the amount', () => {
    const text = '松涛智能装备产业园位于白鹭湾经济开发区东片区,入驻的远帆精密机械项目计划总投资5亿元。';
    assert.notEqual(parkOfEach(text)[0], '松涛智能装备产业园');
  });
});

describe('a park the money builds or goes into (`投资X建设K`, `投入X用于支持K建设`)', () => {
  it('links the money to the park it builds, not to the zone or place named before', () => {
    const text = '近年来,红枫湖高新区招商成效明显。2023年,乡贤李文海投资3.5亿元建设青岚再生资源产业园,年回收废旧物资5万吨。';
    assert.deepEqual(parkOfEach(text), ['青岚再生资源产业园']);
  });

  it('reads a place between the amount and the verb (`投资X在某市建设K`)', () => {
    assert.deepEqual(parkOfEach('2019年,省里投资20亿元在石城市建设云梦数字产业园。'), ['云梦数字产业园']);
  });

  it('reads 建造 as a verb of building (`出资X在某地建造K`), the verb no part of the park', () => {
    assert.deepEqual(parkOfEach('其中,远帆集团计划出资8亿元在石城建造绿野食品产业园。'), ['绿野食品产业园']);
  });

  it('leaves a company\'s base (`C投资X建设某某基地`) to the park it lies in', () => {
    const text = '星河电器在白鹭湾新区举行开工仪式,宣布投资30亿元在当地建设华中生产基地。';
    assert.notEqual(parkOfEach(text)[0], '华中生产基地');
  });
});

describe('a park an amount describes with another figure between (`投资X、占地N亩的K`)', () => {
  it('links the amount to the park after the other figure', () => {
    const text = '该县规划建设了投资45亿元、占地面积3000亩的青禾食品产业园。';
    assert.deepEqual(parkOfEach(text), ['青禾食品产业园']);
  });
});

describe('a park that is itself the works being built, its money in the sentences right after (`K工程开工建设。工程…产值X`)', () => {
  const OTHER_PARK = '\n同日,邻县的白沙科技园区也举行了项目签约活动,总投资8亿元。';

  it('links the yield of the works a park\'s building starts to that park', () => {
    const text = `3月5日上午,青溪市的重点建设项目——位于石门镇的青溪物流产业园工程开工建设。工程全部完工后,每年将创造服务业产值12亿元,吸纳3000余人就业。${OTHER_PARK}`;
    assert.deepEqual(parkOfEach(text), ['青溪物流产业园', '白沙科技园区']);
  });

  it('links a later paragraph that opens with the money, nothing named between (`K的建设情况…。总投资X`)', () => {
    const text = `作为全县重点项目,青溪融媒产业园的建设情况一直备受关注。\n项目有多大?一起来看。\n总投资1.6亿元,总用地面积2万平方米。${OTHER_PARK}`;
    assert.deepEqual(parkOfEach(text), ['青溪融媒产业园', '白沙科技园区']);
  });

  it('does not when the next sentence names a subject of its own (`今年石门镇计划完成投资X`)', () => {
    const text = `3月5日上午,青溪市的重点建设项目——位于石门镇的青溪物流产业园工程开工建设。今年石门镇计划完成投资12亿元。${OTHER_PARK}`;
    assert.deepEqual(parkOfEach(text), ['-', '白沙科技园区']);
  });
});
