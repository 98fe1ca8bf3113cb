// A one-character connective before a project's name (`即` "namely", `继` "after", `暨` "and also")
// ties the name to the clause before it; it is no part of the name.
import { assertNames } from '../namedEntityHelpers';

describe('a connective opening a project candidate', () => {
  it('starts the name after 即 that names the one project counted before it', () => {
    assertNames('截至目前,共有在建项目1个,即[[PROJECT:鸿川新材料项目]],今年将新增两条生产线。');
  });

  it('starts the name after 继 that opens a sentence about earlier projects', () => {
    assertNames('这是继[[PROJECT:蓝岭钢构项目]]、[[PROJECT:开发区地下综合管廊项目]]之后又一重大签约。');
  });

  it('starts the name after 暨 that joins a batch\'s ceremony to a group\'s project', () => {
    assertNames('[[PARK:云岭新区]]重点项目集中开工暨[[PROJECT:鸿图饮料集团南岭生产基地项目]]奠基仪式举行。');
  });

  it('keeps a place that opens with one of those characters', () => {
    assertNames('总投资5亿元以上项目2个,分别为[[PROJECT:即墨市蓝湾汽车内饰制造项目]]和[[PROJECT:滨海冷链物流项目]]。');
  });
});
