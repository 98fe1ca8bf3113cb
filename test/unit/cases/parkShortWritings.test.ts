// A park the article names in full, written again short: characters of its name kept in order, one or two runs of
// it left out, ending as the name ends (parkShortWritings.ts). A district, a kind of zone or another place's zone so
// written is none.
import { strict as assert } from 'node:assert';
import { namesInText } from './caseReaders';

const parksIn = (text: string): string[] => namesInText(text).filter((n) => n.startsWith('PARK:'));

describe('a park written short after its full name', () => {
  it('reads a zone written without the words between its own name and its last character', () => {
    const text = '记者从莆田侨商投资区获悉,一批项目集中签约。\n总投资80亿元的12个项目将在莆田侨商区落地。';
    assert.deepEqual(parksIn(text), ['PARK:莆田侨商投资区', 'PARK:莆田侨商区']);
  });

  it('reads a base written with its own name and the kind\'s last word only', () => {
    const text = '桐溪光电产业基地举行集中开工仪式。\n据了解,桐溪基地累计引进项目30个。';
    assert.deepEqual(parksIn(text), ['PARK:桐溪光电产业基地', 'PARK:桐溪基地']);
  });

  it('reads a headline\'s short writing before the full name, the first character of each word kept', () => {
    const text = '柳湾农业生技园区:带动投资12亿元\n柳湾农业生物科技园区今日举行扩区动工仪式,柳湾农科园区再添新厂。';
    assert.deepEqual(parksIn(text), ['PARK:柳湾农业生技园区', 'PARK:柳湾农业生物科技园区', 'PARK:柳湾农科园区']);
  });
});

describe('writings short of a park that name none', () => {
  it('is no park for a city\'s district written like its zone short', () => {
    const text = '芜湖市梅江经济开发区举行签约仪式。\n公司与芜湖市梅江区人民政府签订投资协议。';
    assert.deepEqual(parksIn(text), ['PARK:芜湖市梅江经济开发区']);
  });

  it('is no park for a place and the kind\'s last character, nor for a kind of zone spelled out', () => {
    const text = '青禾经济开发区举行签约仪式。\n青禾区委书记出席。\n莆田高新技术产业开发区与高新开发区同样受益。';
    assert.deepEqual(parksIn(text), ['PARK:青禾经济开发区', 'PARK:莆田高新技术产业开发区']);
  });

  it('is no park for the own name written short after another place', () => {
    const text = '莆田侨商光电产业基地举行开工仪式。\n同时,漳州侨商基地也在招商。';
    assert.deepEqual(parksIn(text), ['PARK:莆田侨商光电产业基地']);
    assert.deepEqual(parksIn('莆田侨商光电产业基地举行开工仪式。\n同时,侨商基地也在招商。'), ['PARK:莆田侨商光电产业基地', 'PARK:侨商基地']);
  });
});
