// An amount with no cue right before a verb of building: the money builds something, so it is invested.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('an amount right before a verb of building with no cue', () => {
  it('reads the money a place brings in to build a project as investment', () => {
    assert.deepEqual(attributes('青禾县引进6.4亿元建设岚峰智能仓储物流园项目,计划两年建成。'), ['6.4亿元 investment item']);
    assert.deepEqual(attributes('松川区引进15亿元高标准建设澄湖冷链物流城项目。'), ['15亿元 investment item']);
  });

  it('keeps an amount before another verb other', () => {
    assert.deepEqual(attributes('青禾县引进6.4亿元带来新的活力。'), ['6.4亿元 other aggregate']);
  });
});

describe('the bare verb 投 right before an amount', () => {
  it('reads the amount as investment, through a bound word too', () => {
    assert.deepEqual(attributes('该项目明年上半年将投6000万美元。').map((a) => a.split(' ')[1]), ['investment']);
    assert.deepEqual(attributes('织造商澜川实业要投3.4亿元于滨江厂区旁新建厂房。').map((a) => a.split(' ')[1]), ['investment']);
    assert.deepEqual(attributes('首期落成后再投逾12亿元。').map((a) => a.split(' ')[1]), ['investment']);
  });

  it('leaves venture capital and a clause with a cue of its own to their words', () => {
    assert.deepEqual(attributes('青禾创投5000万元。').map((a) => a.split(' ')[1]), ['other']);
    assert.deepEqual(attributes('该厂投产后年产值8亿元。').map((a) => a.split(' ')[1]), ['revenue']);
  });
});

describe('a verb of spending right before an amount (斥资, 砸下, 耗资, 合资)', () => {
  it('reads the money one investor lays out as its investment, whoever the sentence names', () => {
    assert.deepEqual(attributes('另外,在华设有12个工厂的岚川化工正斥资60亿欧元,计划建设新的一体化基地。'), ['60亿欧元 investment item']);
    assert.deepEqual(attributes('近期,又砸下45億人民幣導入最新的封裝技術。'), ['45億人民幣 investment item']);
    assert.deepEqual(attributes('该馆耗资3.2亿元建成。'), ['3.2亿元 investment item']);
    assert.deepEqual(attributes('青禾钢铁与澄川重工亦将合资6.8亿元,投资专用车生产项目。').map((a) => a.split(' ')[1]), ['investment']);
  });

  it('leaves a joint venture`s own registered capital other', () => {
    assert.deepEqual(attributes('双方合资成立的新公司注册资本5000万元。').map((a) => a.split(' ')[1]), ['other']);
  });
});
