// A zone the gazetteer does not know is named by the article writing it again, the words in front of each writing
// changing (zonesNamedAgain.ts): the shared front is its own name; a kind of zone, a plant or a project written twice
// is none.
import { strict as assert } from 'node:assert';
import { namesInText } from './caseReaders';

const parksIn = (text: string): string[] => namesInText(text).filter((n) => n.startsWith('PARK:'));

describe('a zone written again under a name we do not know', () => {
  it('is a park at each writing, its own name what the writings share', () => {
    const text = '9月5日,桐溪示范区举行招商推介会。\n今年以来,桐溪示范区累计签约项目30个,总投资120亿元。';
    assert.deepEqual(parksIn(text), ['PARK:桐溪示范区', 'PARK:桐溪示范区']);
  });

  it('is no park written once', () => {
    assert.deepEqual(parksIn('今年以来,桐溪示范区累计签约项目30个,总投资120亿元。'), []);
  });

  it('reads a sub-zone and a port\'s inland zone too', () => {
    const text = '记者从北湾片区获悉,一批项目集中开工。\n近年来,北湾片区引进企业40家。';
    assert.deepEqual(parksIn(text), ['PARK:北湾片区', 'PARK:北湾片区']);
    const port = '走进青鸾国际港务区,货物集散繁忙。\n目前,青鸾国际港务区已引进企业60家。';
    assert.deepEqual(parksIn(port), ['PARK:青鸾国际港务区', 'PARK:青鸾国际港务区']);
  });

  it('keeps a pinyin gloss inside the name and leaves the one after it out', () => {
    const text = '記者從澄江經(jīng)濟區獲悉,項目加快建設。\n去年,澄江經(jīng)濟區新增企業30家。';
    assert.deepEqual(parksIn(text), ['PARK:澄江經(jīng)濟', 'PARK:澄江經(jīng)濟'].map((n) => n + '區'));
  });
});

describe('a kind of zone, a plant or a project written twice', () => {
  it('is none where each writing follows a rank or a rating, a title or a goal (titledAt in parkTitles.ts)', () => {
    const text = '项目将依托白沙新区“国家级光电产业基地”的区位优势。\n成为全市打造世界一流光电产业基地的新引擎。';
    assert.deepEqual(parksIn(text), ['PARK:白沙新区']);
  });

  it('is no park when the writings share no name in front of the head', () => {
    const text = '全力建设示范区,推动产业升级。\n该示范区今年新增项目10个。';
    assert.deepEqual(parksIn(text), []);
  });

  it('is no park when the shared front is the work done there or a trade', () => {
    const text = '恒远公司新建生产基地,投资5亿元。\n建成后,该生产基地年产值10亿元。';
    assert.deepEqual(parksIn(text), []);
    const trade = '重点培育养老示范区建设。\n今年,养老示范区新增床位500张。';
    assert.deepEqual(parksIn(trade), []);
  });

  it('is no park for a base named by two characters of what it keeps', () => {
    const text = '游客来到白鹤基地参观。\n项目位于白鹤基地东侧,投资3亿元。';
    assert.deepEqual(parksIn(text), []);
  });

  it('is no park where the article writes the name as a project\'s', () => {
    const text = '云岭算力基地项目开工。\n据介绍,云岭算力基地总投资30亿元。';
    assert.deepEqual(parksIn(text).filter((n) => n.includes('云岭')), []);
  });

  it('is no park when the shared front is a place we know alone before 经济区, a region\'s economy', () => {
    const text = '签约的外资项目主要来自欧洲。\n南通经济区是外资主要流向地。80个项目与南通经济区签约,占比过半。';
    assert.deepEqual(parksIn(text), []);
    // an own name after the place is a zone's
    const own = '记者从南通柳溪经济区获悉,项目加快建设。\n去年,南通柳溪经济区新增企业30家。';
    assert.deepEqual(parksIn(own), ['PARK:南通柳溪经济区', 'PARK:南通柳溪经济区']);
  });

  it('is no park after a count', () => {
    const text = '青州是全国七大石化示范区之一。\n建设七大石化示范区是重点任务。';
    assert.deepEqual(parksIn(text), []);
  });
});
