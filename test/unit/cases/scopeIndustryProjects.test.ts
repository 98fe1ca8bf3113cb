// Projects of an industry named in words the lexicon lacks, at the head of the amount's clause: a category.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('projects of an industry named in any words', () => {
  it('reads the money of projects of an industry opening the clause as the category total', () => {
    assert.deepEqual(attributes('签约高端精密制造产业项目利用外资3.8亿美元,涵盖新材料、光学仪器等。'), ['3.8亿美元 foreign aggregate']);
    assert.deepEqual(attributes('尤其是数字创意及绿色低碳产业项目到位资金26.4亿元,占到位资金的38.2%。'), ['26.4亿元 completed aggregate']);
  });

  it('leaves one project named before its industry that project\'s money', () => {
    assert.deepEqual(attributes('华锦新能源产业项目总投资12亿元,建设电池生产线。'), ['12亿元 investment item']);
  });
});

describe('an industry\'s output', () => {
  it('reads an industry\'s output target as its firms\' sum', () => {
    assert.deepEqual(attributes('青澄港区将加快澄岭化工园区项目建设,力争2027年高端化工产业产值突破800亿元。').map((a) => a.split(' ').pop()), ['aggregate']);
  });

  it('keeps one project\'s output as its own', () => {
    assert.deepEqual(attributes('青澄港区将加快澄岭化工园区项目建设,力争2027年项目产值突破800亿元。').map((a) => a.split(' ').pop()), ['item']);
  });
});
