// Paragraphs written for the kinds of miss found when the engine was measured on fresh county and
// city investment-promotion news of mixed kinds (signing lists, returnee projects, targets in a
// speech, start-of-works reports, Traditional reposts). Every sentence is invented in the genre, not
// taken from an article.
import { strict as assert } from 'node:assert';
import { attributes as money } from './attributeHelpers';
import { assertNames } from './namedEntityHelpers';
import { linksOf } from './linkHelpers';

describe('twelfth-round misses: lists in Traditional reposts', () => {
  it('reads a Traditional 分別是: list of projects, each with its amount, as items of those projects', () => {
    const text = '本屆洽談會白河縣簽約的3個項目分別是:白河縣青松果蔬冷鏈建設項目,總投資2.4個億;白河縣紅石峪景區開發項目,總投資1.6個億;白河縣晨光包裝材料項目,總投資3600萬。';
    assert.deepEqual(money(text), ['2.4個億 investment item', '1.6個億 investment item', '3600萬 investment item']);
    assert.deepEqual(linksOf(text), [
      '2.4個億: 白河縣青松果蔬冷鏈建設項目 - -',
      '1.6個億: 白河縣紅石峪景區開發項目 - -',
      '3600萬: 白河縣晨光包裝材料項目 - -',
    ]);
  });
});

describe('twelfth-round misses: project names', () => {
  it('reads a project that builds a themed town (小镇) as one named project', () => {
    assertNames('签约了[[PROJECT:云岭温泉康养小镇建设项目]],总投资6亿元。');
    assertNames('[[PROJECT:松溪茶旅特色小镇开发项目]]开工。');
  });

  it('still reads an administrative town followed by generic words as the town’s projects', () => {
    assertNames('今年以来,青石镇建设项目进展顺利。');
  });
});

describe('twelfth-round misses: the kind of money', () => {
  it('reads investment attracted under signed contracts (合同引资额) as signed money', () => {
    assert.deepEqual(money('今年新签约项目14个,合同引资额达58.3亿元。'), ['58.3亿元 contract aggregate']);
  });

  it('reads the money of the signed projects right before the amount as signed money', () => {
    assert.deepEqual(money('今年全市招商引资的目标任务是签约项目900亿元。'), ['900亿元 contract aggregate']);
    // A kind of money nearer the amount still decides.
    assert.deepEqual(money('全市签约项目12个,总投资30亿元。'), ['30亿元 investment aggregate']);
  });

  it('reads completing the investment attracted (完成招商引资额) as investment, as a target of that kind', () => {
    assert.deepEqual(money('一季度,青河县共完成全口径招商引资额16亿元。'), ['16亿元 investment aggregate']);
    // Completed investment of other kinds stays completed.
    assert.deepEqual(money('一季度,青河县共完成工业投资12亿元。'), ['12亿元 completed aggregate']);
  });
});

describe('twelfth-round misses: the scope of an amount said of counted projects', () => {
  it('reads a headline amount before a place’s counted projects as their sum', () => {
    assert.deepEqual(money('总投资6.2亿元青河县五个返乡创业项目集中签约'), ['6.2亿元 investment aggregate']);
    assert.deepEqual(money('总投资6.2亿元三个项目集中开工'), ['6.2亿元 investment aggregate']);
  });

  it('keeps an amount before a duration or one project as an item', () => {
    assert.deepEqual(money('青禾食品加工项目总投资5亿元两个月内建成。'), ['5亿元 investment item']);
    assert.deepEqual(money('总投资6.2亿元青河县一个项目开工'), ['6.2亿元 investment item']);
  });

  it('reads an amount modifying several companies’ counted projects as their sum', () => {
    assert.deepEqual(money('镇政府与总投资9000万元的青禾消防科技有限公司、远山文具有限公司的两个项目正式签约。'), ['9000万元 investment aggregate']);
    assert.deepEqual(money('镇政府与总投资9000万元的青禾消防科技有限公司冷链物流项目正式签约。'), ['9000万元 investment item']);
  });

  it('reads bare 项目 with its money right after a sentence counting projects as their sum', () => {
    const text = '本次集中开工项目共36个。其中县级项目14个,乡镇项目22个。项目总投资52.6亿元,其中:今年计划投资8.4亿。';
    assert.deepEqual(money(text), ['52.6亿元 investment aggregate', '8.4亿 investment aggregate']);
  });

  it('keeps bare 项目 after a sentence about one project as that project’s', () => {
    assert.deepEqual(money('签约了青禾食品加工项目,年产5万吨。项目总投资3亿元。'), ['3亿元 investment item']);
  });
});

describe('twelfth-round misses: a region’s targets', () => {
  it('reads the targets handed to a district (任务), signed projects and their parts, as the district’s sums', () => {
    assert.deepEqual(money('给青河区分的任务是签约项目120亿元,实际利用市域外到位资金30亿元,其中:省际项目到位资金18亿元。'), [
      '120亿元 contract aggregate',
      '30亿元 completed aggregate',
      '18亿元 completed aggregate',
    ]);
  });

  it('keeps a named project’s target as that project’s', () => {
    assert.deepEqual(money('青禾光电项目今年的任务是完成投资3亿元。'), ['3亿元 completed item']);
  });

  it('reads inter-provincial projects (省际项目) as a kind, not a name', () => {
    assertNames('其中,省际项目到位资金18亿元,市域外项目到位资金6亿元。');
  });
});

describe('twelfth-round misses: a half-year that dates one deed', () => {
  it('reads a half-year or quarter after 于 as when one thing was done, not a period total', () => {
    assert.deepEqual(money('如今,企业又瞄准了冷链市场,于今年下半年投资3000余万元上马了二期项目。'), ['3000余万元 investment item']);
    assert.deepEqual(money('公司于2021年一季度投资800万元新建一条生产线。'), ['800万元 investment item']);
  });

  it('keeps a period with a region or without 于 as a period total', () => {
    assert.deepEqual(money('全县于今年上半年完成投资50亿元。'), ['50亿元 completed aggregate']);
    assert.deepEqual(money('今年上半年,青河县签约项目总投资50亿元。'), ['50亿元 investment aggregate']);
  });
});

describe('twelfth-round misses: kinds of project that are no names', () => {
  it('reads more projects, natives’ projects, returnee and good-start campaigns as kinds of project', () => {
    assertNames('外出考察,争取更多项目资金落户青河。');
    assertNames('努力促成乡贤项目回归、资金回归。');
    assertNames('努力促成鄉賢項目回歸、資金回歸。');
    assertNames('青河县五个“回归经济”项目正式签约。');
    assertNames('一季度“开门红”项目签约活动在县城举行。');
  });

  it('reads the year and ordinal of an event before 项目 as no name', () => {
    assertNames('青州市2021年第二次项目建设现场观摩会举行。');
  });

  it('reads 注重 as a verb whose object is 项目', () => {
    assertNames('同时注重项目的落地服务。');
  });

  it('reads a project area (项目区) as a place, not a project, and keeps 项目区位 as the project’s location', () => {
    assertNames('位于桃岭项目区的[[COMPANY:青禾肉业有限公司]]已投产。');
    assertNames('[[PROJECT:青禾冷链物流项目]]区位优越。');
  });

  it('ends a company’s name at who speaks for it (代表)', () => {
    assertNames('项目业主代表[[COMPANY:青禾集团公司]]作表态发言。');
  });

  it('keeps a quoted brand before 项目 as a name', () => {
    assertNames('[[PROJECT:“桃花源”项目]]开工。');
  });
});

describe('twelfth-round misses: a company introduced by where it is', () => {
  it('takes a company opening its sentence after where it is (位于K的C) as the paragraph’s company', () => {
    const text = '位于桃岭工业区的青禾肉业有限公司投产近一年后,生产情况良好。如今,企业又瞄准了熟食市场,投资3000余万元上马了二期项目。';
    assert.deepEqual(linksOf(text), ['3000余万元: - 青禾肉业有限公司 -']);
  });

  it('takes no company when two companies share that opening', () => {
    const text = '位于桃岭工业区的青禾肉业有限公司、远山食品有限公司发展良好。如今,又投资3000余万元上马了二期项目。';
    assert.deepEqual(linksOf(text), ['3000余万元: - - -']);
  });
});

describe('twelfth-round misses: a brand that opens with a place', () => {
  it('links a project named after a group whose brand opens with a place name to that group', () => {
    const text = '开工仪式上,项目业主代表长沙湾集团公司作表态发言。\n本次开工的长沙湾冷链食品产业园建设项目总投资9亿元。';
    assert.deepEqual(linksOf(text), ['9亿元: 长沙湾冷链食品产业园建设项目 长沙湾集团公司 -']);
  });

  it('still strips a place before a brand of its own', () => {
    const text = '长沙青禾科技有限公司作表态发言。\n本次开工的青禾电子元件项目总投资2亿元。';
    assert.deepEqual(linksOf(text), ['2亿元: 青禾电子元件项目 长沙青禾科技有限公司 -']);
  });
});

describe('twelfth-round misses: a bare kind word for the park named just after', () => {
  it('links a bare 经开区 total to the one such park the next paragraph names', () => {
    const text = '其中,东城区项目3个,总投资4.5亿元;经开区项目1个,总投资2.5亿元。\n\n开工仪式前,与会人员还到青州经开区观摩了项目建设。';
    assert.deepEqual(linksOf(text), ['4.5亿元: - - -', '2.5亿元: - - 青州经开区']);
  });

  it('links none when the paragraphs around name two parks of that kind', () => {
    const text = '其中,经开区项目1个,总投资2.5亿元。\n与会人员还到青州经开区、白河经济技术开发区观摩。';
    assert.deepEqual(linksOf(text), ['2.5亿元: - - -']);
  });
});

describe('twelfth-round misses: groups named by numerals, and a group’s own project', () => {
  it('reads numerals alone before a legal form as a brand, and a count with its classifier as none', () => {
    assertNames('规划在青山园区建设[[COMPANY:三一集团]]华东总部。'.replace('青山园区', '[[PARK:青山园区]]'));
    assertNames('[[COMPANY:九五集团]]是领先的制造商。');
    assertNames('全县有三家公司投产,引进十一家公司。');
  });

  it('reads a group’s short name right before 项目 as one project', () => {
    assertNames('12月18日,[[PROJECT:远大集团项目]]正式开工建设。');
    assertNames('[[PROJECT:九五集团项目]]总投资5亿元。');
  });
});
