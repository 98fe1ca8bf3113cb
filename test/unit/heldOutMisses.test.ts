// Paragraphs written for the kinds of miss found when the engine was measured on fresh articles
// nobody had tuned on: a park's declared short name, 暨 joining an event to a project, praise and
// determiners before 项目, and what the amounts of such articles are and whose they are. Every
// sentence is invented in the genre, not taken from an article.
// Marked spans (`[[LABEL:text]]`) are every PARK/PROJECT/COMPANY the paragraph must yield.
import { strict as assert } from 'node:assert';
import { recognize, Recognizer } from '../../src/core/recognition/recognize';
import { linksOf } from './linkHelpers';
import { assertNames } from './namedEntityHelpers';

/** `LABEL:text` of the named entities of a whole text, paragraphs and all. */
function namesInText(text: string): string[] {
  return recognize(text)
    .filter((e) => e.label !== 'MONEY')
    .map((e) => `${e.label}:${e.text}`);
}

describe('held-out misses: a park named by the short name the article declares', () => {
  it('takes every later mention of a declared short name as that park, the quoted one included', () => {
    assertNames('记者从[[PARK:瑞金经济技术开发区]](简称“[[PARK:瑞开区]]”)获悉,一家电子企业日前与[[PARK:瑞开区]]签订协议。');
  });

  it('does the same in Traditional text with pinyin glosses, the gloss after the name left out', () => {
    const text = '記者從井岡山國家經(jīng)濟(jì)技術(shù)開發(fā)區(qū)(簡稱“井開區(qū)”)獲悉,某企業(yè)與井開區(qū)簽約。';
    assert.deepEqual(namesInText(text), ['PARK:井岡山國家經(jīng)濟(jì)技術(shù)開發(fā)區', 'PARK:井開區', 'PARK:井開區']);
  });

  it('carries the short name into the paragraphs after the declaration, and bounds a project there', () => {
    const text = '记者从瑞金经济技术开发区(以下简称:瑞开区)获悉。\n华兴电子有限公司在瑞开区项目总投资3亿元。\n瑞开区商务局表示欢迎。';
    assert.deepEqual(namesInText(text), ['PARK:瑞金经济技术开发区', 'PARK:瑞开区', 'COMPANY:华兴电子有限公司', 'PARK:瑞开区', 'PARK:瑞开区']);
  });

  it('gives the same answer from the per-paragraph cache after an edit elsewhere', () => {
    const text = '记者从瑞金经济技术开发区(简称“瑞开区”)获悉。\n某企业与瑞开区签约。';
    const recognizer = new Recognizer();
    recognizer.recognize(text.replace('某企业', '一企业'));
    assert.deepEqual(recognizer.recognize(text), recognize(text));
    // Without the declaration the short name is no park.
    assert.deepEqual(namesInText('某企业与瑞开区签约。'), []);
  });

  it('declares nothing with a short name that does not end like a park, or without 简称', () => {
    assert.deepEqual(namesInText('记者从瑞金经济技术开发区(简称“瑞金”)获悉。瑞金是红色故都。'), ['PARK:瑞金经济技术开发区']);
    assert.deepEqual(namesInText('记者从瑞金经济技术开发区(即“瑞开区”)获悉。某企业与瑞开区签约。'), ['PARK:瑞金经济技术开发区']);
  });
});

describe('held-out misses: where a project name starts and generic mentions', () => {
  it('starts a name after 暨 that joins an event to it, and keeps 暨 between two names', () => {
    assertNames('全县举行重点项目开工暨[[PROJECT:华创精密轴承生产项目]]奠基仪式。');
    assertNames('园区举行重点项目集中开工动员会暨[[PROJECT:恒通新型材料建设项目]]开工仪式。');
    assertNames('当天,[[PROJECT:东湖文化产业园暨南湖文化综合体项目]]开工。');
  });

  it('drops praise of a project\'s place in the economy, and a time, before 项目', () => {
    assertNames('[[PROJECT:华创精密轴承生产项目]]是[[PARK:滨江高新区]]重点打造的支撑性战略项目。');
    assertNames('不少为我市的支柱产业链项目。敲响了新一年项目建设的战鼓。');
  });

  it('reads a product word holding a verb whole, and 及其 inside one project\'s name', () => {
    assertNames('总投资达4000万美元的项目有2项,分别为[[PROJECT:汽油发动机、发电机项目]]和[[PROJECT:轴承二期项目]]。');
    assertNames('主要有[[PROJECT:微型光纤放大器及其核心激光器产业化基地项目]]。');
  });

  it('keeps packaging inside a name, and drops 包装 as the verb right before 项目', () => {
    assertNames('最令行业瞩目的当属[[PROJECT:高端智能包装生产基地项目]]。园区策划包装项目30个。');
    assertNames('最令行業矚目的當屬[[PROJECT:高端智能包裝生產基地項目]]。');
  });

  it('takes an area park written right before 專案 (a project, Taiwan-style) as no park', () => {
    assertNames('總投資超百億元的玄武岩纖維新材料科技城專案落地。[[PARK:玄武岩纖維新材料科技城]]開園。');
  });

  it('keeps a county whose name holds 和 at the head of a park, and 和 between two parks', () => {
    assertNames('截至當前,[[PARK:平和科技產業園]]已簽約項目16個。[[PARK:锂电产业园]]和[[PARK:光伏产业园]]同步建设。');
  });

  it('takes a group\'s name with generic words for its member company as one name', () => {
    assertNames('[[COMPANY:香港华盛集团国际投资有限公司]]投资的[[COMPANY:周口市华盛新能源发展有限公司]]落户。');
    assertNames('[[COMPANY:华盛集团]]与国际投资有限公司签约。');
  });

  it('ends a company name at where its capital is from, a park name at 符合, and drops listed companies', () => {
    assertNames('臺企[[COMPANY:長春華鼎科技有限公司]]日前簽約。一家境內上市公司將落戶。');
    assertNames('全力招引符合开发区产业定位的项目。');
  });

  it('drops determiners, a selecting verb and contracts before 项目', () => {
    assertNames('園區精心篩選項目。在諸多項目中,[[PROJECT:智能家居生產基地項目]]最受關注。');
    assertNames('在本次签约的诸多项目中,最受关注的是[[PROJECT:智能家居生产基地项目]]。');
    assertNames('园区精心筛选项目,全力争取项目落地。这些合同项目进展顺利。');
  });
});

describe('held-out misses: what an amount is', () => {
  const money = (text: string) =>
    recognize(text)
      .filter((e) => e.label === 'MONEY')
      .map((e) => `${e.text} ${e.role}/${e.scope}`);

  it('takes a total stated for a kind of project, or for all the signed projects, as a sum', () => {
    assert.deepEqual(money('医药项目总投资8.5亿元,主要建设药品生产线。电子项目投资6.2亿元,建设芯片封测厂。'), [
      '8.5亿元 investment/aggregate',
      '6.2亿元 investment/aggregate',
    ]);
    assert.deepEqual(money('该区签约项目全部建成投产后,预计可实现年产值90亿元。'), ['90亿元 revenue/aggregate']);
    // One project, named or not, keeps its own figures.
    assert.deepEqual(money('华兴电子项目总投资3亿元。该项目全部建成投产后,预计可实现年产值9亿元。'), ['3亿元 investment/item', '9亿元 revenue/item']);
  });

  it('reads a per-mu figure after 貢獻 in Traditional text as money', () => {
    // per 亩, an average over the land: aggregate (guidelines, scope: averages)
    assert.deepEqual(money('項目投產後,預計年稅收貢獻超80萬/畝。'), ['80萬 tax/aggregate']);
  });

  it('takes a statistic followed by its growth rate, and two companies\' money together, as sums', () => {
    assert.deepEqual(money('从资金到位情况看,完成48.4亿元,增长23.9%。'), ['48.4亿元 completed/aggregate']);
    assert.deepEqual(money('华鼎科技有限公司和万益食品厂日前与吉安经开区签订协议,将投资近8亿元在吉安经开区办厂。'), ['8亿元 investment/aggregate']);
    // Their money for one project is that project's.
    assert.deepEqual(money('华鼎科技有限公司和万益食品有限公司投资5亿元建设光电产业园项目。'), ['5亿元 investment/item']);
  });

  it('takes an approximate count of companies as a count', () => {
    assert.deepEqual(money('近年来,该市共吸引了200余家台资企业落户,合同利用台资30多亿美元。'), ['30多亿美元 foreign/aggregate']);
  });

  it('takes the size of a counted group of projects as a size class', () => {
    assert.deepEqual(money('其中总投资达3000万美元的项目有2项,总投资10亿元的项目共3个。'), [
      '3000万美元 threshold/aggregate',
      '10亿元 threshold/aggregate',
    ]);
    assert.deepEqual(money('总投资3亿元的华兴电子项目有望年底投产。'), ['3亿元 investment/item']);
  });
});

describe('held-out misses: whose money it is', () => {
  it('links a project said to be a park\'s own, and the amounts after its first in the sentence', () => {
    const text =
      '华创精密轴承生产项目是滨江高新区重点打造的“2+1”产业体系中的支撑性战略项目,计划总投资8亿元,占地120亩,' +
      '规划总建筑面积8万平方米,主营精密轴承、智能装备等业务,预计实现年销售10亿元、税收3000万元、亩均税收50万元。';
    assert.deepEqual(linksOf(text), [
      '8亿元: 华创精密轴承生产项目 - 滨江高新区',
      '10亿元: 华创精密轴承生产项目 - 滨江高新区',
      '3000万元: 华创精密轴承生产项目 - 滨江高新区',
      // an average over land sums no project's money (aggregate), but is reported where the project is
      '50万元: - - 滨江高新区',
    ]);
  });

  it('links a company that signs with a park to its money, and the park', () => {
    assert.deepEqual(linksOf('3月31日,贵州青山旅游开发有限公司与铜仁经济开发区签订协议,投资12亿元建设梵净山文旅综合体项目。'), [
      '12亿元: 梵净山文旅综合体项目 贵州青山旅游开发有限公司 铜仁经济开发区',
    ]);
  });

  it('links the company named as a project\'s investor, and the company that signed for a project', () => {
    assert.deepEqual(linksOf('智能家居生产基地项目投资方为广东华居家居有限公司,投资额为5亿元。'), ['5亿元: 智能家居生产基地项目 广东华居家居有限公司 -']);
    assert.deepEqual(linksOf('当日,园区与杭州青禾材料科技有限公司签约的新型膜材料项目,计划总投资6亿元。'), ['6亿元: 新型膜材料项目 杭州青禾材料科技有限公司 -']);
  });

  it('links the totals of an article about one park to it when the text speaks of the park itself', () => {
    const text =
      '3月31日,贵州青山旅游开发有限公司与铜仁经济开发区签订协议,投资12亿元建设梵净山文旅综合体项目。\n' +
      '据悉,该区一季度签约的项目中,医药项目总投资8.5亿元。\n该区签约项目全部建成投产后,预计可实现年产值90亿元。\n全市全年实现税收20亿元。';
    assert.deepEqual(linksOf(text).slice(1), ['8.5亿元: - - 铜仁经济开发区', '90亿元: - - 铜仁经济开发区', '20亿元: - - -']);
  });

  it('links money to the park a company signs with though the article names the park in other forms too', () => {
    const text = '記者從井岡山國家經濟技術開發區(簡稱“井開區(qū)”)獲悉,華鼎科技有限公司和萬益食品廠日前與井開區(qū)簽訂協議,將投資近8億元在井開區辦廠。';
    assert.deepEqual(linksOf(text), ['8億元: - - 井開區']);
  });

  it('links no park to the money of the place a park is in (`K所处的X市`)', () => {
    const text = '記者從井岡山國家經濟技術開發區(簡稱“井開區”)獲悉。\n近年來,井開區(qū)所處的吉安市,共吸引了300余家臺資企業落戶,合同利用臺資50多億美元。';
    assert.deepEqual(linksOf(text), ['50多億美元: - - -']);
  });

  it('carries a project into the next paragraph when that paragraph opens with 项目投产后', () => {
    const text = '智能家居生产基地项目投资方为广东华居家居有限公司,投资额为5亿元。\n项目投产后,预计年税收3000万元。\n全市全年实现税收20亿元。';
    assert.deepEqual(linksOf(text), [
      '5亿元: 智能家居生产基地项目 广东华居家居有限公司 -',
      '3000万元: 智能家居生产基地项目 广东华居家居有限公司 -',
      '20亿元: - - -',
    ]);
  });

  it('keeps the project of a batch word before it as the subject its later sentences continue', () => {
    const text = '新开工的宁远智能装备产业园项目总占地200亩,将着力打造智能装备产业。项目建成投产后,预计实现年产值9亿元。';
    assert.deepEqual(linksOf(text), ['9亿元: 宁远智能装备产业园项目 - -']);
  });
});
