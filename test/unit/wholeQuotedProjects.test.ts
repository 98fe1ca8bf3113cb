import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import type { Entity } from '../../src/core/types';

const projects = (entities: readonly Entity[]) => entities.filter((e) => e.label === 'PROJECT').map((e) => e.text);

describe('a project name quoted whole starts right after its opening quote', () => {
  it('keeps a county written before a yearly output inside the quotes', () => {
    const text = '签约项目中,“青岚县年产8万吨废旧轮胎综合利用项目”作为代表项目签约,项目投资额6.2亿元。';
    assert.deepEqual(projects(recognize(text)), ['青岚县年产8万吨废旧轮胎综合利用项目']);
  });

  it('reads over a stock code in brackets inside the quotes', () => {
    const text = '公司拟在某省投资建设“年产5GW高效光伏(300123)组件生产基地项目”并设立项目公司,计划总投资约20亿元。';
    assert.deepEqual(projects(recognize(text)), ['年产5GW高效光伏(300123)组件生产基地项目']);
  });

  it('leaves the scan alone when a clause mark stands between the quote and the name', () => {
    const text = '他说“今年要抓落实,青岚县年产8万吨废旧轮胎综合利用项目”已开工。';
    assert.deepEqual(projects(recognize(text)), ['年产8万吨废旧轮胎综合利用项目']);
  });
});
