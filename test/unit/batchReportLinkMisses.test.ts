// Paragraphs written for the link misses found on fresh reports of batch events by cities, counties
// and zones: an article about one zone that names it first inside a clause (`为了确保K…,K把…`), and a
// list of clauses each opened by its own company with its own money. Every sentence is invented in
// the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { linksOf } from './linkHelpers';

describe('batch-report link misses: an article about one zone', () => {
  const OPENING = '为了确保滨湖新区经济社会快速发展,滨湖新区把2021年定为“项目建设年”,强力推进“双百”工程。';

  it('links the projects of the article to the zone that is the subject of a clause of its opening', () => {
    const text = `${OPENING}\n目前,总投资近30亿元的永青空分设备项目、总投资12亿元的云帆智造项目等一批在建重点项目进展顺利,滨湖新区发展势头良好。`;
    assert.deepEqual(linksOf(text), ['30亿元: 永青空分设备项目 - 滨湖新区', '12亿元: 云帆智造项目 - 滨湖新区']);
  });

  it('links no zone when the opening names it only inside a clause', () => {
    const text = '为了确保滨湖新区经济社会快速发展,全市上下齐心协力。\n目前,总投资12亿元的云帆智造项目进展顺利。';
    assert.deepEqual(linksOf(text), ['12亿元: 云帆智造项目 - -']);
  });
});

describe('batch-report link misses: clauses each opened by a company with its own money', () => {
  it('does not give an amount to the company that opens the next clause with money of its own', () => {
    const text = '青禾酒厂白酒生产线已完成投资1700万元,远帆实业有限公司面粉生产线已完成投资300万元。';
    assert.deepEqual(linksOf(text), ['1700万元: - - -', '300万元: - 远帆实业有限公司 -']);
  });

  it('still gives the amounts after it to the company opening a clause', () => {
    const text = '远帆实业有限公司面粉生产线已完成投资300万元,今年还将投资500万元。';
    assert.deepEqual(linksOf(text), ['300万元: - 远帆实业有限公司 -', '500万元: - 远帆实业有限公司 -']);
  });
});
