// PARK spans: a park ranked among its kind (the largest, the first, large-scale) or titled by a rank
// (国家级, 省级, 世界级) is described, not named.
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

describe('an industry park titled by a rank', () => {
  it('reads a rank before or inside the prefix as a title when no place names the park', () => {
    assertNames('全县正加快打造百亿国家级钛材产业基地;今年新签约的国家级康复器械产业园计划明年开工。');
    assertNames('园方打算分三期建设国家级的林下经济产业园,并争创世界级茶文化小镇。');
  });

  it('keeps a park a place names: the rank after the place stays, a rank before it is left out', () => {
    assertNames('该项目是[[PARK:萍乡国家级钛材产业园]]的龙头,获批后的国家级[[PARK:鹰潭锂电产业园]]开工。');
  });
});

describe('an industry park described by a quality to be reached', () => {
  it('reads modern, world-class or high-level before the trade as a goal, no park, a place after the quality too', () => {
    assertNames('全县吹响建设现代化临河产业新城的号角,着力打造世界级南港化工产业基地和高水平数字产业园。');
  });

  it('keeps a park whose name holds no such quality', () => {
    assertNames('今年[[PARK:南港化工产业基地]]与[[PARK:临河现代农业产业园]]各签约项目3个。');
  });
});

describe('a province and a rank before a kind of zone', () => {
  it('reads them as the province\'s class of zones, while a city before the rank names its zone', () => {
    assertNames('作为江西国家级经济技术开发区的代表,[[PARK:九江经济技术开发区]]发言。');
    assertNames('浙江省级高新区排名公布,[[PARK:衢州国家高新区]]列第三。');
  });
});

describe('a rank before a place that names a zone', () => {
  it('leaves 国家级 out of the zone\'s name, with or without a qualifier after the place', () => {
    assertNames('今年以来,国家级[[PARK:宜昌经济技术开发区]]新签项目30个,毗邻国家级[[PARK:湛江港经济技术开发区]]。');
  });

  it('keeps a rank written after the place, and reads a rank alone as a kind of zone', () => {
    assertNames('[[PARK:宜昌国家级经开区]]排名上升,全省国家级经济技术开发区共9家。');
  });
});

describe('a park\'s rating, a place in a ranking or a quoted title (parkTitles.ts)', () => {
  it('reads a key or advanced park, a first-class zone and a ranking as a class or a title, no park', () => {
    assertNames('[[PARK:青禾工业园区]]属省级重点工业园区,连续三年被评为梧州市先进工业园。');
    assertNames('该区先后获评“十强产业集聚区”,力争到2030年建成国内一流经开区。');
  });

  it('reads a title quoted after its province\'s rank or a whole place as a title, no park', () => {
    assertNames('[[PARK:青禾工业园]]被评为“湖南省省级茶饮特色工业园”和“全省民营科技创新工业园”。');
  });

  it('keeps a park whose name holds no rating before its suffix, quoted or not', () => {
    assertNames('[[PARK:白河先进材料产业园]]与“[[PARK:青禾数字产业园]]”今年各签约项目3个。');
  });
});

describe('an industry park described as important', () => {
  it('reads an important park of a kind as a goal, no park; a place keeps its park', () => {
    assertNames('助推全市壮大华中重要的氢能产业基地。');
    assertNames('该项目落户全省重要的[[PARK:萍乡氢能产业基地]]。');
  });
});
