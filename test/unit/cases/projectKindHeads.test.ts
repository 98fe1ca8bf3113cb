// Heads that make a mention a class of projects: `…投资项目` (whose or how large the investment is) and
// `…型项目` (a type of project); a name's own investment or forming process stays a name.
import { assertNames } from '../namedEntityHelpers';

describe('a class of projects named by its investment or its type', () => {
  it('reads an investment project of a region, a share or a size as a class', () => {
    assertNames('其中来自“一带一路”沿线国家投资项目占比近六成。');
    assertNames('新批项目52个,其中四成投资项目来自东盟。');
    assertNames('是我县又一个新的超百亿人民币投资项目,规模最大。');
  });

  it('reads a type of project as a class', () => {
    assertNames('重点引进一批外销型项目、链主型项目、出口型项目落户。');
  });

  it('keeps a name whose investment comes with building', () => {
    assertNames('[[PROJECT:青峰数字产业园投资建设项目]]开工。');
  });

  it('keeps a name ending in a forming process', () => {
    assertNames('[[PROJECT:高纯铝粉及铝合金成型项目]]投产。');
  });
});

describe('a trade alone before 项目', () => {
  it('reads parts, batteries, yachts and manufacturing alone as kinds of project', () => {
    assertNames('签约项目涉及汽车零部件项目和新能源电池项目。');
    assertNames('另有游艇制造项目、工程机械再制造项目各1个。');
  });

  it('reads a city-and-industry blend alone as a kind of project', () => {
    assertNames('他强调,产城融合项目要先导入产业。');
  });

  it('reads energy and transport alone as sectors, kinds of project', () => {
    assertNames('全力推进重大能源化工项目建设,交通物流项目年内完工。');
    // A brand before the sector still names one project.
    assertNames('[[PROJECT:华岳能源化工项目]]投产。');
  });

  it('reads the sectors a region courts or counts as kinds of project', () => {
    assertNames('新签项目涵盖物联网项目、信息安全项目等。');
    assertNames('其中有12个是新型储能项目,另有教育项目和高科技项目若干。');
    assertNames('加快重大交通基础设施项目建设,今年新建公路项目陆续开工。');
    assertNames('这是一个全链条的农业融合发展项目。');
    // A place or a brand before the sector still names one project.
    assertNames('[[PROJECT:溪川新型储能项目]]开工,[[PROJECT:岭南物联网项目]]投产。');
  });

  it('keeps a sector its amount introduces, also through a building verb', () => {
    assertNames('该公司计划投资6亿元建设[[PROJECT:新型储能装备项目]],年内投产。');
    assertNames('该公司计划投资6亿元建设[[PROJECT:新型储能项目]],年内投产。');
  });

  it('reads projects taken one by one or along a chain as a kind', () => {
    assertNames('本批单体项目平均投资5亿元,带动了上下游产业链项目集聚。');
  });

  it('keeps a trade a brand opens', () => {
    assertNames('[[PROJECT:恒锐汽车零部件项目]]投产。');
    assertNames('[[PROJECT:锐能锂电池项目]]投产。');
  });

  it('keeps a trade its amount introduces, and a trade\'s park', () => {
    assertNames('拟投资3.8亿元[[PROJECT:汽车零部件项目]],年内开工。');
    assertNames('集团决定兴建[[PROJECT:新能源电池产业园项目]]。');
  });
});

describe('projects ranked by praise or standing', () => {
  it('reads star, supporting and leading projects as a rank, no name', () => {
    assertNames('现场发布了26个招商明星项目,包括多个产业园。');
    assertNames('主要支撑项目为滨海快速路、港区铁路专用线。');
    assertNames('其中3个为外资龙头项目。');
  });

  it('reads the unfolded Traditional spelling of 支撐 too', () => {
    assertNames('主要支撐項目為濱海快速路。');
  });
});

describe('a count after 项目 with a total word before it', () => {
  it('reads the class counted with 共, 共有 or 共计', () => {
    assertNames('新签约项目中“3+5”产业链项目共31个,占比过半。');
    assertNames('本轮开工誓师项目共有380个,总投资900亿元。');
    assertNames('其中数智焕新项目共计45个。');
  });

  it('reads the class counted with 达 or 达到', () => {
    assertNames('开园以来累计新增外资项目达312个,引进技改项目达到40个。');
  });

  it('keeps the last of named projects counted together', () => {
    assertNames('[[PROJECT:鸿远物流园项目]]、[[PROJECT:青禾食品项目]]共2个项目开工。');
  });
});
