// Where a project name starts: quotes that make one name, digits of a capacity, a county in brackets, a
// park named after its place, and what stands before a name without being part of it.
import { strict as assert } from 'node:assert';
import { assertNames } from '../namedEntityHelpers';
import { linksOf } from '../linkHelpers';

describe('quoted project names', () => {
  it('keeps a company\'s name inside the quotes of a project\'s name, and links the amount before it', () => {
    assertNames('引进了[[PROJECT:“远图汽车租赁有限公司”项目]],还有[[PROJECT:“清河茶楼管理有限公司之江景茶馆”项目]]。');
    assert.deepEqual(linksOf('已引进总投资额4200万元的“远图汽车租赁有限公司”项目。'), ['4200万元: “远图汽车租赁有限公司”项目 - -']);
  });

  it('keeps a plot\'s number inside a quoted name, and drops a quoted slogan with a number', () => {
    assertNames('加快推进[[PROJECT:“滨江新城5号地”项目]]建设。全力推进“3+2”项目。');
  });
});

describe('what stands before a project\'s name', () => {
  it('keeps a lone 市 or 县 opening a line or after 了/是 (the city\'s or county\'s own works), and cuts it after a word it closes', () => {
    assertNames('完成投资3100万元。\n[[PROJECT:市妇幼保健院北院区项目]],总投资6亿元。');
    assertNames('近期项目包括了[[PROJECT:县第二自来水厂扩建项目]]。一是[[PROJECT:市体育中心改造工程项目]]。');
    assertNames('调研组还察看了该县[[PROJECT:梅岭镇污水管网项目]]建设情况。');
    assert.deepEqual(linksOf('\n市妇幼保健院北院区项目,总投资6亿元。'), ['6亿元: 市妇幼保健院北院区项目 - -']);
  });

  it('keeps a capacity in 万兆瓦 in the name', () => {
    assertNames('建设[[PROJECT:50万兆瓦农光互补电站项目]]。');
  });

  it('ends the name at a verb of visiting, and keeps a key laboratory whole after 暨', () => {
    assertNames('与会人员观摩[[PROJECT:华泰精密轴承项目]]。');
    assertNames('举行[[PROJECT:香满园食品(湖南)生产基地暨重点实验室建设项目]]签约仪式。');
  });

  it('keeps a noun holding a boundary verb inside the name (研究 in 研究院, 展示 across 发展示范, 挖掘 in 挖掘机)', () => {
    assertNames('签约[[PROJECT:华东船舶工程研究院临港中心项目]],还有[[PROJECT:皖北光学技术研究所项目]]。');
    assertNames('开工[[PROJECT:蒙古国商贸物流发展示范园区冷链仓储项目]]。');
    assertNames('引进[[PROJECT:金岳重工小型挖掘机整机装配项目]]。');
    // the verbs themselves still end a name
    assertNames('研究项目推进中的问题。挖掘项目潜力。');
  });

  it('splits a research institute listed before a project: an institution is a whole of its own', () => {
    assertNames('还包含青岚农业科学研究院、[[PROJECT:微藻蛋白饲料项目]]等8个项目。');
  });

  it('keeps a district before a state group\'s brand opened by 中国, no larger place, in the name', () => {
    assertNames('包括[[PROJECT:云溪区中国华岳集中式化学储能项目]]、平川区[[PROJECT:江苏恒晟风电场项目]]。');
  });

  it('reads a name of 33 characters before 项目 whole', () => {
    assertNames('投资建设[[PROJECT:湖南省岳阳市平江县智能农机装备研发制造及配套部件检测中心烘干机组装项目]]。');
  });

  it('names no project by how important, related, late or alone projects are', () => {
    assertNames('重点培育纺织产业链关键项目。县领导赴园区相关项目工地调研。带动后续项目。从单一项目转向集群。其他项目进展顺利。');
    assertNames('[[PROJECT:青禾年产2万吨纸浆模塑项目]]是全县的重要项目。');
  });

  it('reads an activity verb after a name\'s own text as the project\'s work, and as a verb of the sentence otherwise', () => {
    assertNames('签约[[PROJECT:岚山冷链物流配送储备项目]]和[[PROJECT:云溪秸秆高值循环利用项目]],还有[[PROJECT:精密轴承数控技术引进项目]]。');
    assertNames('建成[[PROJECT:渣油加氢及成品油质量升级项目]]。推动传统产业升级项目。');
    assertNames('总投资12亿元的[[PROJECT:青禾汽车白沙工厂二期技术升级改造项目]]开工。加快推进企业升级改造项目。');
    assertNames('今年全县共引进项目42个。全年储备项目30个。积极推进产业升级项目。开展经贸合作项目。降低用地成本和引进项目的难度。');
  });

  it('leaves a phase written before a whole name to the sentence, and keeps a phase and size generic', () => {
    assertNames('今年实施一期[[PROJECT:白河生态康养产业园项目]],批复投资5亿元。');
    assertNames('二期300MW项目明年开工。');
    // A size in a Chinese unit after 万 or 亿 is a size too; a name before it stands.
    assertNames('二期36亿瓦时项目将于年内启动,[[PROJECT:禾川36亿瓦时储能电池项目]]同日签约。');
  });
});

describe('names ending in a park or a county in brackets', () => {
  it('names a project after a park named by its place, whatever generic words open it', () => {
    assertNames('本次开工的项目包含[[PROJECT:中国电子宜宾产业园项目]]。');
    assertNames('园区加快产业园项目建设。');
  });

  it('keeps a county in brackets inside a named project', () => {
    assertNames('签约了总投资8亿的[[PROJECT:宏图节能门窗生产基地(兰考县)项目]]。');
  });

  it('keeps an industrial city heading a long name inside the project, the zone before it apart', () => {
    assertNames('在[[PARK:包头市白沙开发区]][[PROJECT:禾丰产业城禾丰年产20GW高效叠瓦太阳能电池片组件工业4.0智慧工厂项目]]现场。');
  });
});

describe('verbs and categories before 项目 that name no project', () => {
  it('drops verbs whose object is 项目, in Simplified and Traditional', () => {
    assertNames('园区赢得项目方的信任,奏响项目建设最强音,极具项目吸引力。');
    assertNames('園區始終堅持項目為王。');
  });

  it('drops bundled, big, livelihood and schooling projects, and a trade alone', () => {
    assertNames('全县安排重点项目120项(打包项目拆分后共150项)。继续招引新的木材、家具加工大项目。');
    assertNames('社会民生项目总投资8亿元。来源:中外合作办学项目。引进重大食品项目,还有部分房地产项目。');
    // A brand before the trade still names one.
    assertNames('[[PROJECT:香满园食品项目]]开工。');
  });
});
