// `服务` right before 项目 after a name's own text is the service the project offers; alone, or after generic words, it
// is the verb taking 项目 as its object.
import { assertNames } from '../namedEntityHelpers';

describe('a service a project offers', () => {
  it('names a project whose own text ends in a service', () => {
    assertNames('签约项目包括[[PROJECT:赛维斯冷链仓储技术服务项目]],计划年内落地。');
  });

  it('names a project opened by a group, a service at its end', () => {
    assertNames('[[COMPANY:光明电力集团有限公司]]与该区签约,其中[[PROJECT:光明集团园区综合能源服务项目]]投资3亿元。');
  });

  it('reads 服务 after generic words as the verb taking 项目', () => {
    assertNames('各部门要主动为企业服务项目,优化营商环境。');
  });
});
