import { strict as assert } from 'node:assert';
import { IncrementalAnalysis } from '../../src/core/recognition/incrementalAnalysis';
import { suggestLinks, withLinks } from '../../src/core/links/links';
import { recognize as recognizeSpans } from '../../src/core/recognition/recognize';
import type { Entity, LinkKind, SpanRef } from '../../src/core/types';
import { LINK_KINDS, LINK_TARGET_LABEL } from '../../src/core/types';

/** The linked spans' texts of an amount; a kind left out must be absent. */
type Expected = Partial<Record<LinkKind, string>>;

// Each row: the rule, an invented article (paragraphs joined by \n), the amount as written
// (the first one with that text, or `text#2` for the second), and its links' texts.
const CASES: readonly (readonly [rule: string, text: string, amount: string, links: Expected])[] = [
  // Projects
  ['an amount right before its project', '引进了总投资12亿元的华芯半导体封装测试项目。', '12亿元', { project: '华芯半导体封装测试项目' }],
  ['an amount, the verb 建, then its project (a headline)', '青禾科技:子公司拟出资7亿元建滨岭储能电池产业园项目', '7亿元', { project: '滨岭储能电池产业园项目' }],
  ['amount, its investor, then the project', '其中，引进了总投资3亿元的湖南天宇新材料有限公司投资的高性能碳纤维生产项目。', '3亿元',
    { project: '高性能碳纤维生产项目', company: '湖南天宇新材料有限公司' }],
  ['a company written straight before its project', '总投资8000万元的安徽恒瑞精工科技有限公司精密轴承加工项目已开工。', '8000万元',
    { project: '精密轴承加工项目', company: '安徽恒瑞精工科技有限公司' }],
  ['the project as the subject of the sentence', '华远冷链物流园项目总投资6亿元，建成后年营业收入可达10亿元。', '10亿元', { project: '华远冷链物流园项目' }],
  ['该项目 / 项目建成后 continue the paragraph\'s project',
    '总投资9亿元的远景储能电池项目顺利落户。据了解，该项目主要生产储能电池。项目建成投产后，年销售收入将不低于20亿元，年纳税不低于8000万元。',
    '8000万元', { project: '远景储能电池项目' }],
  ['a list paired in order by 分别', '长岭智能装备项目、金源食品加工项目分别投资5亿元、3亿元。', '3亿元', { project: '金源食品加工项目' }],
  ['in a list, an amount takes the project after it, not the one before',
    '总投资15亿元的锦程光伏组件项目、总投资7亿元的海川储能电站项目等相继签约。', '7亿元', { project: '海川储能电站项目' }],
  ['a later amount of the same sentence belongs to the one project named',
    '江西赣锋锂业股份有限公司投资50亿元建设锂电池项目，预计年产值100亿元。', '100亿元',
    { project: '锂电池项目', company: '江西赣锋锂业股份有限公司' }],
  ['after a list of projects, a later amount belongs to none of them',
    '引进了总投资5亿元的华芯封装测试项目、总投资3亿元的远景储能电池项目，年产值可达10亿元。', '10亿元', {}],
  ['another phase is not the project named before', '该公司的一期项目已于去年投产，此次二期总投资达3亿美元。', '3亿美元', {}],
  ['a renewal project (更新) is a name, not a new project', '总投资80亿元的东湖片区城市更新项目正式启动。', '80亿元', { project: '东湖片区城市更新项目' }],
  ['a phase with what it builds and its capacity is a name', '河西能源公司的二期60万吨焦化项目总投资12亿元，预计年内开工。', '12亿元', { project: '二期60万吨焦化项目', company: '河西能源公司' }],
  ['a phase and a kind of works names no project', '该园区的二期扩建项目总投资5亿元。', '5亿元', {}],
  ['a park named like a project of the article is that project',
    '东方云谷数字产业园项目、华宁物流中心项目等均已签约。\n值得一提的是，东方云谷数字经济产业园每年至少贡献2000万美元外资。', '2000万美元',
    { project: '东方云谷数字产业园项目' }],
  // Companies
  ['由C投资: the company after 由, not the subject', '江西凯瑞电子科技有限公司由广东天润控股集团有限公司投资2亿元设立，主要生产电路板。', '2亿元',
    { company: '广东天润控股集团有限公司' }],
  ['X与C签约: the company that signs',
    '4月8日上午，经开区与浙江天成新能源有限公司举行签约仪式，总投资20亿元的华晟光伏组件项目成功落户。', '20亿元',
    { project: '华晟光伏组件项目', company: '浙江天成新能源有限公司' }],
  ['X与C签约 in one clause, the amount in the next', '经开区与浙江天成新能源有限公司签约，投资20亿元建设光伏组件生产线。', '20亿元',
    { company: '浙江天成新能源有限公司' }],
  ['the signer stays the project\'s company in later sentences',
    '经开区与浙江天成新能源有限公司举行签约仪式，总投资20亿元的华晟光伏组件项目成功落户。项目建成后，年产值可达50亿元。', '50亿元',
    { project: '华晟光伏组件项目', company: '浙江天成新能源有限公司' }],
  ['a company named inside the project\'s name', '计划投资1.5亿元的宏达电子元件扩产项目将对宏达(江西)电子有限公司的老厂房进行改造。', '1.5亿元',
    { project: '宏达电子元件扩产项目', company: '宏达(江西)电子有限公司' }],
  ['利用C: an instrument is not the payer; the company\'s project named later',
    '招商小分队捕捉到了丰泰科技公司信息，并利用湖南中天金融控股集团有限公司投资契机，5年对赌税收2亿元。\n丰泰科技西南运营中心项目等均已落地。',
    '2亿元', { project: '丰泰科技西南运营中心项目', company: '丰泰科技公司' }],
  ['a company\'s profile: later amounts of the paragraph are its own',
    '江西明德科技有限公司专业生产电机，为扩大规模，公司计划投资2亿元扩建厂房。预计每年可形成销售额3亿元左右。', '3亿元',
    { company: '江西明德科技有限公司' }],
  ['a caption names the speaker\'s company', '江西赣锋新材料有限公司董事长王建\n王建表示，将再投资30亿元建设新工厂。', '30亿元',
    { company: '江西赣锋新材料有限公司' }],
  ['a company in a list pays nothing alone', '江西华宇电子有限公司、江西恒通电器有限公司等企业共投资8亿元。', '8亿元', {}],
  // Parks
  ['a park as the subject of an aggregate', '南昌高新区上半年签约项目21个，签约金额达186亿元。', '186亿元', { park: '南昌高新区' }],
  ['a place as subject after a semicolon takes the amounts after it',
    '宜春经开区签约项目9个，总投资45亿元；袁州区签约项目5个，总投资12亿元。', '12亿元', {}],
  ['the park the project settles in', '总投资10亿元的华光新材料项目落户九江经开区。', '10亿元', { project: '华光新材料项目', park: '九江经开区' }],
  ['为K: the park money is brought to', '两家机构将分别为赣州经开区每年引进不低于30亿元的投资。', '30亿元', { park: '赣州经开区' }],
  ['位于K的A、B项目: the projects\' park, for their later amounts',
    '签约的项目分别是位于永安开发区的智能单车项目、光伏玻璃项目、农机生产项目，总投资4.2亿元。计划投资1.2亿元的光伏玻璃项目建成后将年产光伏玻璃17万吨。',
    '1.2亿元', { project: '光伏玻璃项目', park: '永安开发区' }],
  ['a zone word at the head of a project\'s name is the article\'s one zone of that kind',
    '合肥高新区位于城市西部。\n总投资30亿元的高新区锂电池隔膜项目日前签约。', '30亿元', { project: '高新区锂电池隔膜项目', park: '合肥高新区' }],
  ['an article about one park: its title', '赣州经开区招商引资再创佳绩\n今年以来，该区新签约项目15个，总投资120亿元。其中，总投资5亿元的新能源电机项目已开工。',
    '5亿元', { project: '新能源电机项目', park: '赣州经开区' }],
  ['sections, each about the park of its heading',
    '安庆高新区：项目建设跑出加速度\n今年上半年，安庆高新区完成投资56亿元。\n宣城经开区：招商引资成效明显\n上半年，新签约项目12个，总投资38亿元。',
    '38亿元', { park: '宣城经开区' }],
  ['a section about a place that is not a park ends the park\'s section',
    '安庆高新区：项目建设跑出加速度\n今年上半年，安庆高新区完成投资56亿元。\n宿松县：招商引资成效明显\n上半年，新签约项目12个，总投资38亿元。',
    '38亿元', {}],
  ['a photo credit naming a park is no section heading',
    '全市招商引资成效明显\n图片来源：赣州经开区\n上半年，新签约项目30个，总投资150亿元。', '150亿元', {}],
  ['a city as a whole after a year (`2016年某市全市要实现…`) owns its totals, not the park of a photo caption before it',
    '鹤城物流业提速发展。\n\n鹤城临港物流园区\n\n2016年鹤城全市要实现物流业增加值260亿元左右，全年安排物流重点项目31个、计划完成投资12.4亿元。',
    '12.4亿元', {}],
  ['在X投资 somewhere that is not a park: no park, even in a park\'s article',
    '赣州经开区招商引资再创佳绩\n江西明德科技有限公司专业生产电机，公司在城东片区投资2亿元扩建二期工厂。', '2亿元',
    { company: '江西明德科技有限公司' }],
  ['the paragraph\'s park: where the company was set up',
    '据介绍，2001年，华凌电器在长沙经开区投资成立华凌电器(湖南)有限公司。2010年，该公司累计销售收入达300多亿元。', '300多亿元',
    { company: '华凌电器(湖南)有限公司', park: '长沙经开区' }],
  ['an area park placed in a zone counts for the zone',
    '华凌电器在长沙经开区举行开工仪式，开建西南智能制造产业基地。\n此次开建的西南智能制造产业基地占地1000亩。项目投资30亿元。', '30亿元',
    { park: '长沙经开区' }],
  ['the title restates its lead', '华凌电器投资30亿元建设西南智能制造产业基地\n8月3日，华凌电器在长沙经开区举行开工仪式，正式宣布投资30亿元。', '30亿元',
    { company: '华凌电器', park: '长沙经开区' }],
  ['K与C签约: the park that signs is where the project goes',
    '签约仪式上，九江经开区与深圳华美电子有限公司签订了投资协议。该项目总投资10亿元，达产后可实现年产值20亿元。', '20亿元',
    { company: '深圳华美电子有限公司', park: '九江经开区' }],
  ['投资X建设P: the project the money builds', '上饶经开区与某新能源企业签约，该企业将投资100亿元建设高效电池片项目。', '100亿元',
    { project: '高效电池片项目', park: '上饶经开区' }],
  ['a park in a list of projects is no place', '当天集中开工的有恒远智能产业园、华兴钢结构、嘉禾复合材料等4个重点项目，总投资18.5亿元。', '18.5亿元', {}],
  ['several parks and nothing ties the amount to one', '南昌高新区和九江经开区的代表出席了会议。\n会上共签约项目10个，总投资50亿元。', '50亿元', {}],
  ['a ceremony held in a park does not make the next amounts its own',
    '全市重点项目开工仪式在吉安高新区举行。各县区共开工项目30个，合计总投资120亿元。', '120亿元', {}],
  ['a company\'s own results in an article about no park', '洪都集团2022年实现营业收入608亿元，净利润22亿元。', '608亿元', { company: '洪都集团' }],
  // Scope and role
  ['an aggregate has no project or company', '江西华宇电子有限公司今年共签约项目5个，签约总额达20亿元。', '20亿元', {}],
];

const recognize = (text: string): Entity[] => withLinks(text, recognizeSpans(text));

function amountIn(entities: readonly Entity[], written: string): Entity {
  const [text, nth] = written.split('#');
  const found = entities.filter((e) => e.label === 'MONEY' && e.text === text)[Number(nth ?? 1) - 1];
  assert.ok(found, `no amount ${written} among ${entities.map((e) => `${e.label}:${e.text}`).join(' ')}`);
  return found;
}

describe('links', () => {
  for (const [rule, text, amount, expected] of CASES) {
    it(`${rule}: ${text.replace(/\n/g, '⏎')}`, () => {
      const entities = recognize(text);
      const money = amountIn(entities, amount);
      const got: Expected = {};
      for (const kind of LINK_KINDS) {
        const link = money.links?.[kind];
        if (link) got[kind] = text.slice(link.start, link.end);
      }
      assert.deepEqual(got, expected);
    });
  }

  it('links only MONEY amounts that are not thresholds, and only to spans of the right label', () => {
    const text = '南昌高新区上半年签约亿元以上项目12个，其中总投资20亿元的华光新材料项目由江西华光科技有限公司投资建设。';
    const entities = recognize(text);
    const links = suggestLinks(text, entities);
    assert.equal(links.length, entities.length);
    let linked = 0;
    entities.forEach((entity, i) => {
      const found = links[i];
      if (!found) return;
      linked++;
      assert.equal(entity.label, 'MONEY');
      assert.notEqual(entity.role, 'threshold');
      for (const kind of LINK_KINDS) {
        const link: SpanRef | undefined = found[kind];
        if (!link) continue;
        const target: Entity | undefined = entities.find((e) => e.start === link.start && e.end === link.end);
        assert.equal(target?.label, LINK_TARGET_LABEL[kind], `${kind} of ${entity.text}`);
      }
    });
    assert.ok(linked > 0);
    assert.equal(entities.find((e) => e.role === 'threshold')?.links, undefined);
  });

  it('gives item links (project, company) to item amounts only', () => {
    const text = '华光新材料项目所在的南昌高新区今年共签约项目8个，总投资40亿元。';
    const amount = amountIn(recognize(text), '40亿元');
    assert.equal(amount.scope, 'aggregate');
    assert.equal(amount.links?.project, undefined);
    assert.equal(amount.links?.company, undefined);
  });

  it('never throws, and links nothing, on spans that do not fit the text', () => {
    const entities: Entity[] = [
      { label: 'MONEY', start: 5, end: 400, text: '?', value: 1, currency: 'CNY', role: 'investment', scope: 'item' },
      { label: 'PROJECT', start: -3, end: 2, text: '?' },
    ];
    assert.deepEqual(suggestLinks('短文本', entities), [undefined, undefined]);
    assert.deepEqual(suggestLinks('', []), []);
  });

  it('reads entities in any order (the result stays parallel to the input)', () => {
    const text = '引进了总投资12亿元的华芯半导体封装测试项目。';
    const entities = recognize(text);
    const reversed = [...entities].reverse();
    const links = suggestLinks(text, reversed);
    const money = reversed.findIndex((e) => e.label === 'MONEY');
    const project = reversed.find((e) => e.label === 'PROJECT')!;
    assert.deepEqual(links[money]?.project, { start: project.start, end: project.end });
  });

  it('IncrementalAnalysis gives the links of its current text, once per update', () => {
    const before = '赣州经开区招商引资再创佳绩\n今年以来，新签约项目15个，总投资120亿元。\n其中，总投资5亿元的新能源电机项目已开工。';
    const analysis = new IncrementalAnalysis();
    analysis.update(before);
    const first = analysis.links();
    assert.equal(first, analysis.links(), 'kept until the next update');
    // An edit in the title moves every span after it and changes the article's park.
    const offset = before.indexOf('赣州');
    const after = `${before.slice(0, offset)}宜春${before.slice(offset + 2)}`;
    analysis.update(after, [{ offset, removed: 2, inserted: '宜春' }]);
    const links = analysis.links();
    assert.notEqual(links, first);
    assert.deepEqual(links, suggestLinks(after, recognizeSpans(after)));
    const amount = analysis.suggestions.findIndex((e) => e.text === '5亿元');
    const park = links[amount]?.park;
    assert.equal(park && after.slice(park.start, park.end), '宜春经开区');
  });
});
