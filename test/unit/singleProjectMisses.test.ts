// Paragraphs written for the kinds of miss found when the engine was measured on fresh news about
// single projects and single parks (a ground-breaking, a signing, a park's round-up). Every sentence
// is invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { assertNames } from './namedEntityHelpers';

const money = (text: string): string[] =>
  recognize(text)
    .filter((e) => e.label === 'MONEY')
    .map((e) => `${e.text} ${e.role} ${e.scope}`);

describe('single-project misses: the kind of money', () => {
  it('reads profit written in Traditional (利潤) as other money, not the tax before it', () => {
    assert.deepEqual(money('年銷售收入約2.6億元,年稅金約900萬元,利潤約400萬元。'), [
      '2.6億元 revenue item',
      '900萬元 tax item',
      '400萬元 other item',
    ]);
  });

  it('gives every item of a long list of amounts before their projects the kind of the list’s heading', () => {
    const text =
      '首批五大项目包括:投资40亿元的青禾汽车变速箱项目、7亿元的远帆滤清系统项目、3亿元的丰谷汽车天窗项目、' +
      '18亿元的长岭专用车项目、9000万美元的白石金属表面处理设备项目。';
    assert.deepEqual(money(text), [
      '40亿元 investment item',
      '7亿元 investment item',
      '3亿元 investment item',
      '18亿元 investment item',
      '9000万美元 investment item',
    ]);
  });
});

describe('single-project misses: a time word of an earlier clause about a company', () => {
  it('does not let a company’s own 今年 in an earlier ; clause head the next clause’s figure', () => {
    assert.deepEqual(money('青禾印业有限公司已经竣工投产,预计今年可实现销售1亿元;远帆木业二期设备安装结束,预计新增年销售3.5亿元。'), [
      '1亿元 revenue item',
      '3.5亿元 revenue item',
    ]);
  });

  it('still lets a heading before any company head the ; clauses after it', () => {
    assert.deepEqual(money('今年以来,全区签约项目到位资金38.6亿元;完成固定资产投资420亿元。'), [
      '38.6亿元 completed aggregate',
      '420亿元 completed aggregate',
    ]);
  });
});

describe('single-project misses: averages over land', () => {
  it('reads an amount after 亩均 as an average, the other figures of the sentence as the project’s', () => {
    assert.deepEqual(money('该项目计划总投资8亿元,预计实现年销售12亿元、亩均税收60万元,税收2400万元。'), [
      '8亿元 investment item',
      '12亿元 revenue item',
      '60万元 tax aggregate',
      '2400万元 tax item',
    ]);
  });

  it('reads an amount per 亩 written after it as an average, in Traditional too', () => {
    assert.deepEqual(money('项目达产后,年产值不低于900万元/亩。'), ['900万元 revenue aggregate']);
    assert.deepEqual(money('項目投產後,年稅收預計超45萬/畝。'), ['45萬 tax aggregate']);
  });

  it('keeps an amount with no land unit after it as the project’s', () => {
    assert.deepEqual(money('项目达产后,年产值不低于900万元,用地120亩。'), ['900万元 revenue item']);
  });
});

describe('single-project misses: what a count counts', () => {
  it('counts projects written with a numeral and 大 (四大项目)', () => {
    assert.deepEqual(money('首批四大项目同日签约入园,投资总额46亿元,预计新增年产值90亿元。'), [
      '46亿元 investment aggregate',
      '90亿元 revenue aggregate',
    ]);
  });

  it('does not count a company’s patents or honours as projects', () => {
    assert.deepEqual(money('该公司已获得7项发明专利和2项省级荣誉,预计年销售3.6亿元。'), ['3.6亿元 revenue item']);
  });

  it('still counts items that are projects after 项', () => {
    assert.deepEqual(money('今年新上5项技改项目,总投资3.6亿元。'), ['3.6亿元 investment aggregate']);
  });

  it('does not count the parts one project is divided into', () => {
    assert.deepEqual(money('项目分为研发和生产三个板块,建成后可实现年产值7亿元。'), ['7亿元 revenue item']);
  });

  it('reads a count of projects later in a headline’s clause as what the amount sums', () => {
    assert.deepEqual(money('总投资68.5亿元 青川新区14个项目集中开工'), ['68.5亿元 investment aggregate']);
    assert.deepEqual(money('投资3亿元 青川新区首个智能仓储项目开工'), ['3亿元 investment item']);
  });
});

describe('single-project misses: where a park’s name starts', () => {
  it('leaves a bare amount’s multiplier and the verb 建 after it out of the park, so the amount stays money', () => {
    assertNames('青川县投资8亿建[[PARK:绿色包装科技产业园]]');
    assert.deepEqual(money('青川县投资8亿建绿色包装科技产业园'), ['8亿 investment item']);
  });

  it('keeps 建 when it opens a word of the name (建材)', () => {
    assertNames('青川县投资5亿[[PARK:建材产业园]]开工');
  });

  it('reads a known place before 产业区 or 工业区 as a park, the bare words as generic', () => {
    assertNames('今年以来,[[PARK:金山工业区]]新签约项目5个。');
    assertNames('[[PARK:临港产业区]]新开工项目3个。');
    assertNames('全市重点产业区建设提速,为完善公司产业区域布局打下基础。');
  });

  it('reads a place with 园区 right after a zone as a zone of its own inside it, two PARKs', () => {
    assertNames('[[PARK:金山工业区]][[PARK:奉贤园区]]远帆物流中心开工。');
    // a part named after no place stays one span with its zone
    assertNames('[[PARK:金山工业区研创园区]]新签约项目5个。');
  });

  it('leaves the investor’s kind of capital (独资企业, 合资企业) out of the project’s name, in Traditional too', () => {
    assertNames('9月24日,日本獨資企業[[PROJECT:青石新型材料制造產業基地項目]]一期工程竣工。');
    assertNames('中外合资企业[[PROJECT:远帆汽车座椅项目]]开工。');
  });

  it('reads 营造 before 项目 as the verb of an atmosphere made for projects, no project name', () => {
    assertNames('为营造项目建设良好氛围,日前青川县举行集中开工活动。');
    assertNames('青川县为营造项目建设浓厚氛围,启动[[PROJECT:滨河物流园项目]]。');
  });

  it('does not read a reporting period before a bare zone word as the zone’s place', () => {
    assertNames('上半年经开区工业经济稳居全市第一');
    assertNames('一季度[[PARK:青川经开区]]签约项目8个。');
  });
});
