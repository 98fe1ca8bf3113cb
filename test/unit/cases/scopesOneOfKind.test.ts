// A project said to be one of a batch or a kind (`P项目是当天集中开工的项目之一`): its money is that one's;
// a counted subject read whole though the window cuts it.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('one project said to be one of a batch or a kind', () => {
  it('reads the money after a named project that is one of the batch as that project\'s', () => {
    assert.deepEqual(attributes('青禾医疗器械产业化项目是当天集中开工的项目之一,总投资为2.2亿元,投产后预计新增年产值约6.8亿元。'), [
      '2.2亿元 investment item',
      '6.8亿元 revenue item',
    ]);
  });

  it('reads a long project name, figures inside it, before a kind of capital as one project', () => {
    assert.deepEqual(attributes('据介绍,岚溪精工年产5万套液压阀门、2万套泵体的生产线项目是此次开工的外资项目,项目总投资3.4亿元。'), [
      '3.4亿元 investment item',
    ]);
  });

  it('keeps counted projects said to be a kind a sum', () => {
    assert.deepEqual(attributes('这12个项目是今年的重点项目,总投资45亿元。'), ['45亿元 investment aggregate']);
    assert.deepEqual(attributes('此次集中开工的项目总投资88亿元。'), ['88亿元 investment aggregate']);
  });
});

describe('a long sentence cut inside its subject', () => {
  it('reads the counted subject whole though it lies just past the window', () => {
    assert.deepEqual(
      attributes('青禾县光伏产业发展提速。这5个项目的落地,使青禾县新能源电站装机总容量达到620MWp,力争今年年底前达到900MWp,明年8月份将全部建成并网发电,预计年发电量9亿度,预计实现年销售收入11亿元、利税1.8亿元。'),
      ['11亿元 revenue aggregate', '1.8亿元 tax aggregate'],
    );
  });
});
