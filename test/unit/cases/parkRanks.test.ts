// PARK spans: a park ranked among its kind (the largest, the first, large-scale) is described, not named.
import { assertNames } from '../namedEntityHelpers';

describe('a park ranked as the largest or the first of its kind', () => {
  it('reads a superlative after a place as a description, no park', () => {
    assertNames('项目建成后将是西南最大有机茶叶产业园,年产茶叶3000吨。');
    assertNames('当地正在建设全国最大新型建材产业基地。');
  });

  it('reads the first of a kind after a place as a description, for zones too', () => {
    assertNames('消息称,黔北首家综合保税区——[[PARK:桐梓综保区]]昨日封关。');
    assertNames('我们在清河县开发首座微型工业区,引进手工作坊12家。');
    assertNames('该市首批智能制造产业园今年挂牌。');
  });

  it('reads a large-scale park after a region as a description', () => {
    assertNames('规划中的华中大型现代冷链物流产业园区明年开园。');
  });

  it('keeps parks whose names hold none of these words', () => {
    assertNames('[[PARK:首钢产业园]]与[[PARK:桐梓经济开发区]]今年签约项目9个。');
    assertNames('[[PARK:清河县型材产业园]]今年投产。');
  });
});
