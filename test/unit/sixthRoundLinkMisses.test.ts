// Paragraphs written for the kinds of link miss found on two further held-out rounds of articles
// (local papers and their mirrors, business portals, Traditional reposts, county news): a park
// named by its kind (`该开发区`), the park a list of signed projects settles in, a project sent on
// to a park (`引荐至K`), projects signed in two parks at once, a project's ceremony held in a park,
// amounts listed with their labels before the project they describe, and the investor named after
// the amount (`,由C投资`). Every sentence is invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { linksOf } from './linkHelpers';

describe('sixth-round link misses: a park named by its kind', () => {
  it('gives `该开发区…总投资` the zone of that kind named before, not an area park inside it', () => {
    const text = '据介绍,青松湖经济技术开发区成立于2019年,下设两个园区。其中,东岭新材料产业园主要承接化工项目。2022年以来,该开发区共引进产业项目15个,总投资超60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: - - 青松湖经济技术开发区']);
  });

  it('reads `该孵化园` as the park ending so, and keeps it for the paragraph', () => {
    const text = '据悉,江源县生物医药孵化园位于城北,是江源县白鹭循环经济产业园区重点打造的“园中园”。该孵化园占地80亩,总投资约3亿元,由外地引进的远帆生物科技有限公司投资建设。该项目已累计投资2亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - 远帆生物科技有限公司 江源县生物医药孵化园', '2亿元: - 远帆生物科技有限公司 江源县生物医药孵化园']);
  });

  it('passes over a description written as a company name before the investor (`由某地属地化公司C投资`)', () => {
    const text = '据悉,江源县生物医药孵化园位于城北。该孵化园总投资约3亿元,由招引的浙江宁波属地化公司远帆生物科技有限公司投资。';
    assert.equal(linksOf(text)[0], '3亿元: - 远帆生物科技有限公司 江源县生物医药孵化园');
  });

  it('links nothing when no park of that kind was named', () => {
    const text = '据介绍,江源县今年引进产业项目15个。该开发区总投资超60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: - - -']);
  });
});

describe('sixth-round link misses: the park a list of signed projects settles in', () => {
  it('gives every amount of `落户K的项目有:…` and the paragraph after it the park K', () => {
    const text = '此次签约落户青松湖高新区的项目有:由海川智能科技有限公司投资2亿元的机器人零部件生产线、由北辰材料有限公司总投资5亿元的青松湖先进材料产业园、由远航电子有限公司总投资1.5亿元的电子元件生产线。3个项目全部投产后,预计年产值20亿元。';
    const parks = linksOf(text).map((line) => line.split(' ').pop());
    assert.deepEqual(parks, ['青松湖高新区', '青松湖高新区', '青松湖高新区', '青松湖高新区']);
  });
});

describe('sixth-round link misses: a project sent on to a park', () => {
  it('gives `由A引荐至B的…项目` the park B', () => {
    const text = '由江宁高新区引荐至溧水开发区的投资3亿元的晨光储能电池项目近日签约。';
    assert.deepEqual(linksOf(text), ['3亿元: 晨光储能电池项目 - 溧水开发区']);
  });
});

describe('sixth-round link misses: projects signed in two parks at once', () => {
  it('links no park when the projects were signed `分别在A和B`', () => {
    const text = '日前,由星河控股集团有限公司计划投资6亿元的智能仓储项目等5个项目分别在云台经济开发区和云台高新区集中签约。';
    assert.deepEqual(linksOf(text), ['6亿元: 智能仓储项目 星河控股集团有限公司 -']);
  });
});

describe('sixth-round link misses: a project\'s ceremony held in a park', () => {
  it('places the project in the park where its ceremony was held', () => {
    const text = '记者从在白沙经济开发区举行的海港冷链物流园项目开工仪式上获悉,项目一期已启动建设。\n据了解,海港冷链物流园项目总投资约8亿元。';
    assert.deepEqual(linksOf(text), ['8亿元: 海港冷链物流园项目 - 白沙经济开发区']);
  });

  it('does not place a project in the park of a ceremony held for others', () => {
    const text = '在白沙经济开发区举行的集中签约仪式上,海港冷链物流园项目签约。\n据了解,海港冷链物流园项目总投资约8亿元。';
    assert.equal(linksOf(text)[0], '8亿元: 海港冷链物流园项目 - -');
  });
});

describe('sixth-round link misses: labelled amounts before the project they describe', () => {
  it('gives each amount of `首期投资X、总投资Y、年产值Z的…的P项目` the project', () => {
    const text = '其中,首期投资20亿元、总投资80亿元、年产值30多亿元的预计明年底并网发电的南岭光伏发电项目已列入省重点项目。';
    assert.deepEqual(linksOf(text), ['20亿元: 南岭光伏发电项目 - -', '80亿元: 南岭光伏发电项目 - -', '30多亿元: 南岭光伏发电项目 - -']);
  });

  it('reads `总投资X、于…竣工的P项目` and a project name in quotes', () => {
    assert.equal(linksOf('总投资达2000万元、于去年竣工的青年创业孵化基地建设项目,资金全部来自对口支援。')[0], '2000万元: 青年创业孵化基地建设项目 - -');
    assert.equal(linksOf('海川智能科技有限公司计划投资6亿元建设的“云港智慧物流园项目”近日开工。')[0], '6亿元: 云港智慧物流园项目 海川智能科技有限公司 -');
  });

  it('leaves bare amounts listed before projects unpaired (`5亿元、3亿元的A项目和B项目`)', () => {
    const text = '总投资5亿元、3亿元的南岭光伏发电项目和北岭风电项目近日开工。';
    assert.equal(linksOf(text)[0], '5亿元: - - -');
  });
});

describe('sixth-round link misses: a park described after 是', () => {
  it('keeps the subject park when a park word after `是…的` describes it', () => {
    const text = '其中,南岭新材料产业园是一个集研发、生产、销售于一体的规模化产业园区,项目总投资12亿元,全部建成后可实现销售收入20亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭新材料产业园', '南岭新材料产业园']);
  });
});

describe('sixth-round link misses: 以及 between clauses', () => {
  it('reads the company after `,以及` as the payer of its own clause', () => {
    const text = '当天签约的项目分别为:海川智能科技有限公司计划投资5亿元建设的机器人项目,以及远航电子有限公司计划投资3亿元建设电子元件项目。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')), ['5亿元: 机器人项目 海川智能科技有限公司', '3亿元: 电子元件项目 远航电子有限公司']);
  });
});

describe('sixth-round link misses: a park stating its totals, then its projects', () => {
  it('gives the projects listed right after a park\'s totals that park, and the next park\'s to the next', () => {
    const text = '其中:南岭工业园区开工建设项目40项,总投资12亿元。海川食品有限公司饮料生产线已建成投产;北岭工业园区开工建设项目20项,总投资6亿元。远航机械有限公司生产线建设已完成投资800万元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭工业园区', '北岭工业园区', '北岭工业园区']);
  });

  it('does not carry the park past a sentence of another place', () => {
    const text = '南岭工业园区开工建设项目40项,总投资12亿元。全县新开工项目120个,总投资60亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭工业园区', '-']);
  });
});

describe('sixth-round link misses: a paragraph about the agreement signed before it', () => {
  it('gives `根据该协议,项目总投资…` the agreement\'s project, its company and the park that signed it', () => {
    const text = '2015年,宏远新材公司搬迁至江淮高新技术产业开发区智造园区。\n2016年7月,公司与江淮现代煤化工产业园区管理委员会签订了《宏远新材年产3万吨树脂技改项目投资协议》。\n根据该协议,项目总投资1.2亿元,达产后产值约4亿元。';
    assert.deepEqual(linksOf(text), [
      '1.2亿元: 宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区',
      '4亿元: 宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区',
    ]);
  });
});

describe('sixth-round link misses: the agreement\'s words are no project name', () => {
  it('reads `该协议规划项目总投资` and the next `其中一期` sentence as the agreement\'s project', () => {
    const text = '2015年,宏远新材公司搬迁至江淮高新技术产业开发区智造园区。\n2016年7月,公司与江淮现代煤化工产业园区管理委员会签订了《宏远新材年产3万吨树脂技改项目投资协议》。\n该协议规划项目总投资1.2亿元。其中一期建设投资4000万元,年产值1.5亿元。';
    const project = '宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区';
    assert.deepEqual(linksOf(text), [`1.2亿元: ${project}`, `4000万元: ${project}`, `1.5亿元: ${project}`]);
  });
});
