// Income earned by a village, its collective, a government's purse or the people is no firm's sales: `other`
// (guidelines: fiscal budget revenue of a government is `other`), and a government's fiscal income is its
// region's whole, whoever the sentence names.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('income that is no firm\'s sales', () => {
  it('reads a village\'s or a collective\'s income as other', () => {
    assert.deepEqual(rolesAndScopes('菌菇棚投产后,年均可为村集体带来经营收入12万元。'), ['12万元 other/item']);
    assert.deepEqual(rolesAndScopes('冷库建成后,可为青石村增加集体收入26万元。'), ['26万元 other/item']);
    assert.deepEqual(rolesAndScopes('2022年白水乡农村经济总收入达18亿元,村集体经营收入1460万元。').map((s) => s.split(' ')[1].split('/')[0]), ['other', 'other']);
  });

  it('reads a government\'s fiscal income as other and as its region\'s whole', () => {
    assert.deepEqual(rolesAndScopes('前年社区的财政总收入为3.4亿元。'), ['3.4亿元 other/aggregate']);
  });

  it('reads a region\'s product, written GDP too, and its average per head as other and as the whole economy\'s', () => {
    assert.deepEqual(rolesAndScopes('2021年某县GDP86.5亿元,同比增长3.9%。'), ['86.5亿元 other/aggregate']);
    assert.deepEqual(rolesAndScopes('该国经济稳步发展,2020年GDP为412亿美元,人均GDP为2210美元。'), ['412亿美元 other/aggregate', '2210美元 other/aggregate']);
    assert.deepEqual(rolesAndScopes('2019年地区生产总值为95亿元。'), ['95亿元 other/aggregate']);
    // A project's yearly output value stays its own.
    assert.deepEqual(rolesAndScopes('项目建成后,年生产总值将达18亿元。'), ['18亿元 revenue/item']);
  });

  it('keeps a project\'s or a firm\'s income as revenue', () => {
    assert.deepEqual(rolesAndScopes('项目建成后可实现销售收入3亿元。'), ['3亿元 revenue/item']);
    assert.deepEqual(rolesAndScopes('该公司去年实现营业收入8亿元。'), ['8亿元 revenue/item']);
  });
});
