// The project named after its amount: right after it, after a place or a verb, or as an item of a list.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import type { Entity } from '../../../src/core/types';
import { linksOf, projectsOf } from '../linkHelpers';

describe('the project the money builds after a place of any length (`投资X在K建设P项目`)', () => {
  const OTHER = '去年,总投资4亿元的远帆冷链物流项目已建成投产。';

  it('links the project named after the place and the verb, a park naming the place between', () => {
    const text = OTHER + '协议约定公司拟投资12亿元在江城经济开发区投资建设青禾储能电池生产基地项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '12亿元: 青禾储能电池生产基地项目']);
  });

  it('links it after a comma and a long place', () => {
    const text = OTHER + '协议约定公司拟投资人民币约3亿元,在青海省海东市平安区三合镇建设青禾高原食品加工项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '3亿元: 青禾高原食品加工项目']);
  });

  it('links the project right after a comma and the verb, with no place between', () => {
    const text = OTHER + '公司副总经理表示,公司将在江城投资8亿元,建设年产3万吨青禾环保纤维项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '8亿元: 年产3万吨青禾环保纤维项目']);
    const joint = OTHER + '另外,华岳与青禾亦将合资2.6亿元,投资岚山重型叉车生产项目。';
    assert.deepEqual(projectsOf(joint), ['4亿元: 远帆冷链物流项目', '2.6亿元: 岚山重型叉车生产项目']);
  });

  it('links the project built with 打造 after a park that says where', () => {
    const text = OTHER + '某光伏企业共斥资1.2亿美元,于青禾合作区打造储能综合体项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '1.2亿美元: 储能综合体项目']);
  });

  it('links the project whose name a park heads, written against it after the verb', () => {
    // An industry park at the head of a project's name is part of it (guidelines), written again without it or not.
    const text = OTHER + '宏岳集团来了,投资12亿元,建设青禾温泉小镇青禾康养项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '12亿元: 青禾温泉小镇青禾康养项目']);
    const again = text + '青禾康养项目占地300亩。';
    assert.deepEqual(projectsOf(again).slice(0, 2), ['4亿元: 远帆冷链物流项目', '12亿元: 青禾温泉小镇青禾康养项目']);
    const joined = OTHER + '宏岳集团投资60亿元在江西铜鼓县开发了青禾新城和石桥工业园区产城融合一体化项目。';
    assert.deepEqual(projectsOf(joined), ['4亿元: 远帆冷链物流项目', '60亿元: 石桥工业园区产城融合一体化项目']);
  });

  it('links nothing when the park built ends its clause before the project', () => {
    const text = OTHER + '宏岳集团投资12亿元,建设青禾温泉小镇,青禾康养项目同时开工。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '12亿元: -']);
  });

  it('links nothing when the money builds something else and the project comes after a clause break', () => {
    const text = OTHER + '公司拟投资5亿元在江城建设厂房及配套设施,同时推进青禾高原食品加工项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '5亿元: -']);
  });
});

describe('the project right after, or in a list after 分别, and its phases', () => {
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
});

describe('projects named in a list closed by 等项目', () => {
  it('links each amount to the item right after it', () => {
    const text = '开发区签约了总投资3亿元的华泰精密轴承制造、总投资1.2亿元的新禾环保材料生产等项目。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    const projectOf = (e: Entity) => (e.links?.project ? text.slice(e.links.project.start, e.links.project.end) : undefined);
    assert.deepEqual(linked.map(projectOf), ['华泰精密轴承制造', '新禾环保材料生产']);
  });

  it('reads the list when a few words of kind stand between 等 and 项目 (`等生产项目`, `等一批回归项目`)', () => {
    assert.deepEqual(projectsOf('成功引进总投资8亿元的赣江储能电池等生产项目,带动就业千人。'), ['8亿元: 赣江储能电池']);
    const text = '总投资3亿元的鸿泰磨粉机、6亿元的青岚冷链配送等一批回归项目建成投产。';
    assert.deepEqual(projectsOf(text), ['3亿元: 鸿泰磨粉机', '6亿元: 青岚冷链配送']);
  });

  it('names no item when a count stands between 等 and 项目 (the amount sums the list)', () => {
    assert.deepEqual(projectsOf('总投资40亿元的赣江储能电池等5个项目集中开工。'), ['40亿元: -']);
  });
});

describe('labelled amounts before the project they describe', () => {
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

describe('the project after its amount', () => {
  it('links `投资X新上P项目` (a new line of production)', () => {
    assert.deepEqual(linksOf('青禾食品公司今年投资4000万元新上速冻水饺生产项目。'), ['4000万元: 速冻水饺生产项目 青禾食品公司 -']);
  });

  it('links `投资X在Q扩建的P项目` (where the money builds it, then its name)', () => {
    assert.deepEqual(linksOf('本月新开工的项目主要有:某某商贸投资0.5亿元在东城区原百货大楼扩建的东城购物中心项目。').map((l) => l.split(' ')[1]), ['东城购物中心项目']);
  });
});

describe('a list pairing each project with its investor', () => {
  it('links each project of a list to the amount its investor puts in (`P项目,C公司投资X;`)', () => {
    const text = '会上签约的项目有:东门南环片区棚户区改造项目,中联置业集团有限公司投资12亿元;临江冷链物流园项目,华东物流集团有限公司投资10亿元。';
    assert.deepEqual(linksOf(text), [
      '12亿元: 东门南环片区棚户区改造项目 中联置业集团有限公司 -',
      '10亿元: 临江冷链物流园项目 华东物流集团有限公司 -',
    ]);
  });

  it('links no project named in another sentence before the investor', () => {
    const text = '宏达新材料项目签约。华东物流集团有限公司投资10亿元建设仓储中心。';
    assert.deepEqual(linksOf(text), ['10亿元: - 华东物流集团有限公司 -']);
  });
});

describe('a headline\'s amount before its verb and project (`拟X投建P项目`)', () => {
  it('links the amount to the project the verb right after it invests in', () => {
    assert.deepEqual(linksOf('青禾集团:公司拟12.5亿元投建300MW光伏发电项目').map((line) => line.split(' ').slice(0, 3).join(' ')), [
      '12.5亿元: 300MW光伏发电项目 青禾集团',
    ]);
    assert.deepEqual(linksOf('白鹭股份拟6亿元投资高端轴承项目').map((line) => line.split(' ')[1]), ['高端轴承项目']);
  });

  it('does not when a clause stands between', () => {
    assert.deepEqual(linksOf('青禾集团拟出资12.5亿元,另将投建300MW光伏发电项目').map((line) => line.split(' ')[1]), ['-']);
  });
});

describe('the next item of a list after a project its own amount qualified', () => {
  it('does not take that project (`总投资X的P项目、A与B合资Y的项目`)', () => {
    const text = '此外,总投资4800万美元的青禾光电项目、白鹭国际与红杉光电合资3500万美元的项目纷纷落户城南。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['青禾光电项目', '-']);
  });

  it('still gives the project the amounts said after it in its own clause', () => {
    const text = '总投资4800万美元的青禾光电项目,建成后年产值可达2亿美元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['青禾光电项目', '青禾光电项目']);
  });
});

describe('an amount before a list of projects', () => {
  it('gives none of them the money they share (`投资X建设的A项目、B项目`)', () => {
    const text = '年中,由白鹭集团与青禾研究所合作投资2600万美元建设的白鹭生物实验项目、青禾科学院项目落户新城。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['-']);
  });

  it('still gives each item its own amount (`X的A项目、Y的B项目`)', () => {
    const text = '签约了投资900万美元的白鹭纸品包装项目、投资1200万美元的青禾食品项目。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['白鹭纸品包装项目', '青禾食品项目']);
  });
});

describe('the project a clause of parties signs or builds, opened by `总投资X的`', () => {
  const projects = (text: string) => linksOf(text).map((line) => line.split(' ')[1]);

  it('gives each amount of a signing list the project its own clause names, not the item before', () => {
    const text =
      '签约项目分别是:总投资12亿元的江城经济开发区管委会与远帆重工集团签订青禾精密铸造项目;' +
      '总投资6亿元的白沙县人民政府与华岳机械有限公司签订岚山叉车生产项目;总投资3亿元的临江县人民政府与枫桥商会签订竹编文创园一期项目。';
    assert.deepEqual(projects(text), ['青禾精密铸造项目', '岚山叉车生产项目', '竹编文创园一期项目']);
    assert.deepEqual(linksOf(text)[1].split(' ').slice(0, 3), ['6亿元:', '岚山叉车生产项目', '华岳机械有限公司']);
  });

  it('gives the money to the project a builder introduced by 由 builds (`总投资X的由C投资建设的P项目`)', () => {
    assert.deepEqual(linksOf('总投资8亿元的由远帆重工集团投资建设的青禾精密铸造项目今日开工。'), ['8亿元: 青禾精密铸造项目 远帆重工集团 -']);
  });

  it('gives nothing when a clause break stands before the project', () => {
    assert.deepEqual(projects('总投资8亿元的远帆重工集团与青禾公司合作,共同推进青禾精密铸造项目。'), ['-']);
  });
});

describe('the start of the works, or a size, between the amount and the project', () => {
  it('gives the money to the project whose works it starts (`投入X启动P项目`)', () => {
    assert.deepEqual(linksOf('目前白沙还投入六十億元啟動“湾区市政基建”項目,囊括全岛道路。').map((line) => line.split(' ')[1]), ['“湾区市政基建”項目']);
  });

  it('gives the money to the project it sizes (`投资达X级的P项目`)', () => {
    assert.deepEqual(linksOf('正在建设的投资达50亿美元级的远帆湾区乙烯项目进展顺利。').map((line) => line.split(' ')[1]), ['远帆湾区乙烯项目']);
  });
});
