// Paragraphs written for the kinds of miss met when the engine ran over investment-promotion
// articles the team had not annotated: generic and counted mentions of projects, verbs that open
// a brand, size classes written with a qualifier or joined to another bound, and the scope of a
// single project's running totals. Each sentence is invented in the genre, not taken from an article.
// Marked spans (`[[LABEL:text]]`) are every PARK/PROJECT/COMPANY the paragraph must yield.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { withLinks } from '../../src/core/links/links';
import type { Entity } from '../../src/core/types';
import { assertNames } from './namedEntityHelpers';

type MoneyExpect = Partial<Pick<Entity, 'value' | 'role' | 'scope'>> & { text: string };

function assertMoney(text: string, money: readonly MoneyExpect[]): void {
  const found = recognize(text).filter((e) => e.label === 'MONEY');
  assert.deepEqual(found.map((e) => e.text), money.map((m) => m.text));
  money.forEach((exp, i) => {
    for (const key of ['value', 'role', 'scope'] as const) {
      if (key in exp) assert.equal(found[i][key], exp[key], `${exp.text}: ${key}`);
    }
  });
}

describe('real-text misses: generic and counted mentions of projects', () => {
  it('drops praise, origin and batch words before 项目', () => {
    assertNames('发展关键要有高质量项目。此次集中动工项目中，民资项目占多数，代表项目有[[PROJECT:青禾纸塑制品项目]]。');
    assertNames('引进亿元以上市外项目12个，科技人才项目5个。');
  });

  it('drops a count written right before 项目, with or without 大', () => {
    assertNames('博览会五项目落户开发区。签约的[[PARK:云溪食品产业园]]和冷链仓储两大项目进展顺利。');
    assertNames('当天，[[PROJECT:青禾纸业三期项目]]竣工。');
  });

  it('keeps a project named after an industry park with its phase, not the generic park alone', () => {
    assertNames('总投资2亿元的[[PROJECT:智能装备产业园二期项目]]竣工，产业园二期项目同步推进。');
  });

  it('drops a one-character item or name before the head word', () => {
    assertNames('要育产业、强链条、招项目。洽谈会投资项目统计显示增长。');
  });

  it('starts a name at a verb that follows 的: a brand, not the clause\'s verb', () => {
    assertNames('开发区的[[PROJECT:共享科技助力单车生产项目]]开工，将推动[[PROJECT:电池回收项目]]建设。');
  });
});

describe('real-text misses: names opened by a group or after 是继', () => {
  it('starts a name after 是继 ("after"), and keeps 继 inside a product word', () => {
    assertNames('该项目是继[[COMPANY:青能集团]]落户后园区签约的又一大项目。[[PROJECT:宏远继电器扩产项目]]开工。');
  });

  it('takes a group with generic words for its facility as one project, not a category', () => {
    assertNames('该项目是继[[PROJECT:青能集团智慧制造园区项目]]落户开发区后的又一大项目。');
    assertNames('[[COMPANY:华泰集团]]重大项目3个，[[COMPANY:华泰集团]]新签约项目进展顺利。');
  });
});

describe('real-text misses: size classes written with more words', () => {
  it('reads a kind of project between the bound and the class noun', () => {
    assertMoney('一季度亿元以上新开工项目21个，总投资64亿元；引进5000万元以上省外项目9个。', [
      { text: '亿元', value: 1e8, role: 'threshold', scope: 'aggregate' },
      { text: '64亿元', role: 'investment', scope: 'aggregate' },
      { text: '5000万元', role: 'threshold', scope: 'aggregate' },
    ]);
  });

  it('reads an origin of capital between the amount and the count', () => {
    assertMoney('签约项目中，3000万美元日资项目2个、20亿元项目1个。', [
      { text: '3000万美元', role: 'threshold', scope: 'aggregate' },
      { text: '20亿元', role: 'threshold', scope: 'aggregate' },
    ]);
  });

  it('takes an amount joined by 或 or 、 to a size class as the same class', () => {
    assertMoney('力争引进20亿元或3亿美元以上制造业项目4个、10~20亿元或1~3亿美元工业项目8个，一批超30亿元、百亿元级重大项目加快落地。', [
      { text: '20亿元', role: 'threshold', scope: 'aggregate' },
      { text: '3亿美元', role: 'threshold', scope: 'aggregate' },
      { text: '10~20亿元', role: 'threshold', scope: 'aggregate' },
      { text: '1~3亿美元', role: 'threshold', scope: 'aggregate' },
      { text: '30亿元', role: 'threshold', scope: 'aggregate' },
      { text: '百亿元', role: 'threshold', scope: 'aggregate' },
    ]);
  });

  it('keeps an amount before a bound, or before 的, as money of its own', () => {
    assertMoney('代理机构每年为园区引进不低于30亿元先进制造业投资项目。该公司已成为产值超百亿元的大型企业。', [
      { text: '30亿元', role: 'investment' },
      { text: '百亿元', role: 'revenue', scope: 'item' },
    ]);
  });

  it('takes the projects of one origin of capital as a category', () => {
    assertMoney('在签约项目中，外资项目投资额为6.2亿美元，民资项目投资额为1.5亿美元。', [
      { text: '6.2亿美元', scope: 'aggregate' },
      { text: '1.5亿美元', scope: 'aggregate' },
    ]);
  });

  it('takes output stated in money as revenue', () => {
    assertMoney('总投资2亿元的华泰轴承项目，建成后年产量可达5亿元。', [
      { text: '2亿元', role: 'investment', scope: 'item' },
      { text: '5亿元', role: 'revenue', scope: 'item' },
    ]);
  });

  it('keeps amounts of a list of projects as their investments', () => {
    assertMoney('总投资分别为8亿元、5亿元的华泰轴承项目和新禾材料项目已开工。', [
      { text: '8亿元', role: 'investment', scope: 'item' },
      { text: '5亿元', role: 'investment', scope: 'item' },
    ]);
  });
});

describe('real-text misses: scope of one project and of a counted batch', () => {
  it('takes a running total in a sentence opened by one project as that project\'s', () => {
    assertMoney('华泰轴承项目主要生产精密轴承。该项目投产后，预计五年内累计销售额不低于8亿元，累计纳税不低于3000万元。', [
      { text: '8亿元', role: 'revenue', scope: 'item' },
      { text: '3000万元', role: 'tax', scope: 'item' },
    ]);
  });

  it('keeps a running total of a region or of several projects a sum', () => {
    assertMoney('今年以来，全区项目累计完成投资30亿元。签约项目12个，累计纳税2亿元。', [
      { text: '30亿元', scope: 'aggregate' },
      { text: '2亿元', scope: 'aggregate' },
    ]);
  });

  it('takes an amount that qualifies a count of projects as their sum', () => {
    assertMoney('总投资120亿元的26只重大项目集中开工，总投资5亿元的华泰轴承项目同日竣工。', [
      { text: '120亿元', role: 'investment', scope: 'aggregate' },
      { text: '5亿元', role: 'investment', scope: 'item' },
    ]);
  });
});

describe('real-text misses: an area park listed among projects is the project', () => {
  it('drops a park named in a list closed by 等…项目 or opened by what was started', () => {
    assertNames('观摩了青禾冷链物流基地、宏远电机产业园等18个新开工项目。当天集中竣工的有云溪机床产业园、华泰轴承厂房。');
  });

  it('keeps parks in lists of places and zones heading a list', () => {
    assertNames('项目落户[[PARK:云溪食品产业园]]、[[PARK:青禾科技园]]等地。[[PARK:宜春经开区]]、[[PARK:萍乡经开区]]等12个项目开工。');
  });
});

describe('real-text misses: links', () => {
  const linksOf = (text: string, kind: 'project' | 'company' | 'park') =>
    withLinks(text, recognize(text))
      .filter((e) => e.label === 'MONEY')
      .map((e) => (e.links?.[kind] ? text.slice(e.links[kind].start, e.links[kind].end) : undefined));

  it('links an amount to the project whose name starts right after it', () => {
    assert.deepEqual(linksOf('总投资30亿元青禾锂电材料项目已经签约。', 'project'), ['青禾锂电材料项目']);
  });

  it('pairs amounts listed after 分别 with the projects after them, in order', () => {
    const text = '总投资分别为9亿元、4亿元的华泰轴承项目和新禾材料项目已签约。';
    assert.deepEqual(linksOf(text, 'project'), ['华泰轴承项目', '新禾材料项目']);
  });

  it('links a phase introduced by 其中 to the project it is part of', () => {
    const text = '总投资40亿元的云溪食品产业园项目进展顺利，该项目分两期建设，其中一期投资15亿元。';
    assert.deepEqual(linksOf(text, 'project'), ['云溪食品产业园项目', '云溪食品产业园项目']);
  });

  it('links an amount to the project after its capacity, and a phase right after the project to it', () => {
    assert.deepEqual(linksOf('总投资约2亿元，年产量8万吨的华泰钢构生产项目已投产。', 'project'), ['华泰钢构生产项目']);
    assert.deepEqual(linksOf('华泰智造产业园项目一期占地120亩，总投资6亿元。', 'project'), ['华泰智造产业园项目']);
  });

  it('keeps another phase apart from the project', () => {
    const text = '云溪食品产业园一期项目已投产。此次二期总投资15亿元。';
    assert.deepEqual(linksOf(text, 'project'), [undefined]);
  });

  it('links an amount qualifying a company to that company, with no project after it', () => {
    const text = '如总投资8000万美元的华泰精密轴承有限公司，增资3000万美元的新禾材料(江门)有限公司等项目。';
    assert.deepEqual(linksOf(text, 'company'), ['华泰精密轴承有限公司', '新禾材料(江门)有限公司']);
  });

  it('links the item amounts of an article about one park, opened by that park, to it', () => {
    const text =
      '上半年以来，青川经济开发区新签约项目6个，总投资约90亿元。\n' +
      '其中，总投资12亿元的华泰精密轴承项目，建成后年产值可达20亿元；总投资5亿元的新禾冷链物流项目已开工。';
    const park = '青川经济开发区';
    assert.deepEqual(linksOf(text, 'park'), [park, park, park, park]);
  });

  it('links no park when the article names two parks, or opens with something else', () => {
    const two = '今年以来，青川经济开发区签约项目6个。云溪高新区也签约了项目。\n总投资12亿元的华泰精密轴承项目已开工。';
    assert.deepEqual(linksOf(two, 'park'), [undefined]);
    const notSubject = '省里召开会议，表扬了青川经济开发区。\n总投资12亿元的华泰精密轴承项目已开工。';
    assert.deepEqual(linksOf(notSubject, 'park'), [undefined]);
  });

  it('links no park to a project the text places somewhere that is not the park', () => {
    const text = '今年以来，青川经济开发区签约项目6个。\n华泰集团在南岭县投资12亿元建设精密轴承项目。';
    assert.deepEqual(linksOf(text, 'park'), [undefined]);
  });

  it('links the money of a 其中 sentence to the park whose total the sentence before states', () => {
    const text = '洽谈会上，南岭县签约金额达80亿元，云溪高新区签约金额达到40亿元。其中，华泰精密轴承有限公司计划投资25亿元。';
    assert.deepEqual(linksOf(text, 'park'), [undefined, '云溪高新区', '云溪高新区']);
  });

  it('leaves a 其中 sentence alone when the total before it has no park, or is not right before it', () => {
    const noPark = '洽谈会上，南岭县签约金额达80亿元。其中，华泰精密轴承有限公司计划投资25亿元。';
    assert.deepEqual(linksOf(noPark, 'park'), [undefined, undefined]);
    const later = '会上，云溪高新区签约金额达到40亿元。青川经开区另签约项目3个。其中，华泰精密轴承有限公司计划投资25亿元。';
    assert.deepEqual(linksOf(later, 'park'), ['云溪高新区', undefined]);
  });
});
