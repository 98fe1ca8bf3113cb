// The owner the article names for its one project (`该项目业主单位C`, `该项目于…签约,由C承建`) is the company of
// the project's amounts, those written before the owner is named too.
import { strict as assert } from 'node:assert';
import { projectAndCompanyOf as projectAndCompany } from '../linkHelpers';

describe('the owner named for the article\'s one project (companyOfSoleProject)', () => {
  it('gives the owner (`该项目业主单位C`) to the project\'s amounts written before it', () => {
    const text = '据了解,青岚湾海洋食品加工园项目占地约80亩,总投资约7亿元,其中一期投资约4亿元。\n'
      + '“我们看中的是港口优势。”该项目业主单位青岚海洋食品有限公司总经理说。';
    assert.deepEqual(projectAndCompany(text), [
      '7亿元: 青岚湾海洋食品加工园项目 青岚海洋食品有限公司',
      '4亿元: 青岚湾海洋食品加工园项目 青岚海洋食品有限公司',
    ]);
  });

  it('reads `该项目于…,由C承建` the same way', () => {
    const text = '计划总投资2.4亿元的松石县中药材精深加工产业园项目正式开工。\n'
      + '该项目于去年签约,选址于松石县城西工业园区,由湘雅本草药业有限公司承建,建成后年产值可达10亿元。';
    assert.deepEqual(projectAndCompany(text), [
      '2.4亿元: 松石县中药材精深加工产业园项目 湘雅本草药业有限公司',
      '10亿元: 松石县中药材精深加工产业园项目 湘雅本草药业有限公司',
    ]);
  });

  it('gives no owner when the article names two projects', () => {
    const text = '青岚湾海洋食品加工园项目总投资约7亿元,白沙冷链仓储项目总投资约3亿元。\n'
      + '该项目业主单位青岚海洋食品有限公司总经理说。';
    assert.deepEqual(projectAndCompany(text), [
      '7亿元: 青岚湾海洋食品加工园项目 -',
      '3亿元: 白沙冷链仓储项目 -',
    ]);
  });

  it('reads no owner in `由C承建` when the sentence opens with something else than the project', () => {
    const text = '总投资2.4亿元的松石县中药材精深加工产业园项目开工。\n'
      + '园区道路工程由湘雅路桥建设有限公司承建,已完成过半。';
    assert.deepEqual(projectAndCompany(text), ['2.4亿元: 松石县中药材精深加工产业园项目 -']);
  });
});
