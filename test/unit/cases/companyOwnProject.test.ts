// `C项目` (a company right before a bare 项目): the company's own, unnamed project that `这个项目` goes on about.
import { strict as assert } from 'node:assert';
import { projectAndCompanyOf as projectAndCompany } from '../linkHelpers';

describe('a company right before a bare 项目 (`C项目工地上…。这个项目总投资X`)', () => {
  it('gives the company to the amounts of `这个项目` in the sentences after it', () => {
    const text = '入夏以来,青州经开区远帆智能装备有限公司项目工地上,十余台塔吊正在作业。项目开工仅5个月,主体已经封顶。这个项目总投资4.6亿元,主要生产数控机床,两年内将形成8亿元以上的销售收入。';
    assert.deepEqual(projectAndCompany(text), ['4.6亿元: - 远帆智能装备有限公司', '8亿元: - 远帆智能装备有限公司']);
  });

  it('reads the company\'s project, not a project named in the paragraph before it, as the one `该项目` speaks of', () => {
    const text = '(1)明湖光电产业园项目,总投资2亿元。(2)北辰精密铸造有限公司项目,该项目总投资1.5亿元,已完成投资6000万元。';
    const links = projectAndCompany(text);
    assert.equal(links[0], '2亿元: 明湖光电产业园项目 -');
    assert.deepEqual(links.slice(1), ['1.5亿元: - 北辰精密铸造有限公司', '6000万元: - 北辰精密铸造有限公司']);
  });

  it('gives nothing to an amount that describes a thing named after it (`总投资X的N`)', () => {
    const text = '青州经开区远帆智能装备有限公司项目工地上,塔吊正在作业。这个项目总投资4.6亿元。与此同时,总投资2.3亿元的松川机电四幢厂房已全部封顶。';
    assert.deepEqual(projectAndCompany(text), ['4.6亿元: - 远帆智能装备有限公司', '2.3亿元: - -']);
  });

  it('does not read a project department (`C项目部`) as the company\'s project', () => {
    const text = '记者在青州经开区远帆智能装备有限公司项目部看到,十余台塔吊正在作业。这个项目总投资4.6亿元。';
    assert.deepEqual(projectAndCompany(text), ['4.6亿元: - -']);
  });

  it('stops at the next paragraph', () => {
    const text = '入夏以来,青州经开区远帆智能装备有限公司项目工地上,十余台塔吊正在作业,工人们正在加紧施工。\n这个项目总投资4.6亿元。';
    assert.deepEqual(projectAndCompany(text), ['4.6亿元: - -']);
  });
});

describe('a company\'s unnamed project left behind once another company has paid money since', () => {
  const company = (text: string) => projectAndCompany(text).map((line) => line.split(' ')[2]);
  const TEXT =
    '白沙开发区项目之一青禾家居用品(苏州)有限公司项目,总投资3亿元,主要包括设计及生产基地、展示空间、运营中心等;' +
    '江城高新区项目之一远帆智造(苏州)有限公司项目一期固定资产投资500万欧元,项目建成后将成为华东规模最大的打印服务机构;' +
    '东溪开工项目苏州华岳新能源科技有限公司主要从事研发、生产及销售光伏支架系统产品,产品全部出口,项目总投资7000万美元,' +
    '一期投资2000万美元,预计明年6月投产,项目建成后,预计年产光伏组件(支架系统)3000兆瓦,年销售额3亿美元。';

  it('does not give the last amount to the company whose `C项目` came before the other company\'s money', () => {
    assert.notEqual(company(TEXT)[4], '远帆智造(苏州)有限公司');
  });

  it('still gives it to that company when no other company paid since', () => {
    const text = '江城高新区项目之一远帆智造(苏州)有限公司项目一期固定资产投资500万欧元,项目建成后,预计年产打印设备(整机)3000台,年销售额3亿美元。';
    assert.deepEqual(company(text), ['远帆智造(苏州)有限公司', '远帆智造(苏州)有限公司']);
  });
});
