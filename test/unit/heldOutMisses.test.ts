// Paragraphs written for the kinds of miss found when the engine was measured on fresh articles
// nobody had tuned on: a park's declared short name, 暨 joining an event to a project, praise and
// determiners before 项目, and what the amounts of such articles are and whose they are. Every
// sentence is invented in the genre, not taken from an article.
// Marked spans (`[[LABEL:text]]`) are every PARK/PROJECT/COMPANY the paragraph must yield.
import { strict as assert } from 'node:assert';
import { recognize, Recognizer } from '../../src/core/recognition/recognize';
import { namedIn, parseMarked } from './namedEntityHelpers';

function assertNames(marked: string): void {
  const { text, expected } = parseMarked(marked);
  assert.deepEqual(namedIn(text), expected);
}

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

  it('drops determiners, a selecting verb and contracts before 项目', () => {
    assertNames('在本次签约的诸多项目中,最受关注的是[[PROJECT:智能家居生产基地项目]]。');
    assertNames('园区精心筛选项目,全力争取项目落地。这些合同项目进展顺利。');
  });
});
