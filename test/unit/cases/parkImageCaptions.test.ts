// A photo's file name line and its caption under it name no park the article speaks of.
import { strict as assert } from 'node:assert';
import { imageLines } from '../../../src/core/links/imageCaptions';
import { TextStructure } from '../../../src/core/links/linkText';
import { recognize } from '../../../src/core/recognition/recognize';
import { parkOf } from '../linkHelpers';

const TITLE = '借力沿海,衢州打通山区发展通道';
const LEAD = '  近年来,衢州借全省推进区域协作之势,聚力推进山区县高质量发展,多项指标位居全省前列。';
const COUNTY = '  开化县先后得到余杭区、平湖市等地的对口扶持,累计援建产业发展资金2.3亿元,带动地方投资60余亿元。';

describe('a park named only in a photo caption', () => {
  it('is neither the article\'s one park nor a section\'s: the counties\' money links to no park', () => {
    const text = [TITLE, LEAD, '', '开化—余杭山海协作产业园.JPG', '开化—余杭山海协作产业园', '', COUNTY].join('\n');
    assert.ok(recognize(text).some((e) => e.label === 'PARK' && e.text === '开化—余杭山海协作产业园'));
    assert.deepEqual(parkOf(text), ['-', '-']);
  });

  it('still opens a section when the same line is a heading with no image above it', () => {
    const text = [TITLE, LEAD, '', '开化—余杭山海协作产业园', '', COUNTY].join('\n');
    assert.deepEqual(parkOf(text), ['开化—余杭山海协作产业园', '开化—余杭山海协作产业园']);
  });

  it('reads the file name line and a short caption after it, not the story that follows', () => {
    const text = ['标题', 'photo_01.webp', '', '签约仪式现场', COUNTY, 'banner.png', COUNTY].join('\n');
    assert.deepEqual([...imageLines(new TextStructure(text))].sort(), [1, 3, 5]);
  });

  it('reads a file name whose dot is written full-width or as an entity, and no line without a dot', () => {
    const text = ['标题', '厂房全景．ＪＰＧ', COUNTY, '车间&#46;png', COUNTY, '厂房全景 JPG', COUNTY].join('\n');
    assert.deepEqual([...imageLines(new TextStructure(text))].sort(), [1, 3]);
  });
});
