import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { projectNamedAfter, sizesProjectAfter } from '../../src/core/recognition/projectAfterAmount';

function roles(sentence: string): string[] {
  return recognize(sentence).filter((e) => e.label === 'MONEY').map((e) => `${e.text}:${e.role}`);
}

/** Where `amount` ends in `text`. */
function endOf(text: string, amount: string): number {
  return text.indexOf(amount) + amount.length;
}

describe('an amount right before the project it sizes', () => {
  it('a headline amount before a project kind is its investment', () => {
    assert.deepEqual(roles('临川高新区12亿元储能电池项目落户'), ['12亿元:investment']);
  });

  it('each amount of a list before its own project, past 的 and 、', () => {
    assert.deepEqual(roles('今年已开工项目两个,包括3亿元粮油仓储、物流配送项目和8000万元的青禾牌竹制品深加工项目。'),
      ['3亿元:investment', '8000万元:investment']);
  });

  it('an agreement after 项目 keeps the amount off the project', () => {
    const text = '两地达成6亿元项目合作协议';
    assert.equal(projectNamedAfter(text, endOf(text, '6亿元')), false);
  });

  it('another kind of money between the amount and 项目 is not investment', () => {
    const text = '落实2000万元贴息贷款项目';
    assert.equal(projectNamedAfter(text, endOf(text, '2000万元')), false);
  });

  it('a list comma right after the amount opens another figure', () => {
    const text = '利用内资9亿元、签约项目投资15亿元';
    assert.equal(projectNamedAfter(text, endOf(text, '9亿元')), false);
  });

  it('a bare multiplier, a bound before the amount or a rounded sum sizes no single project', () => {
    const bare = '当日3个亿元重点建设项目开工';
    assert.equal(sizesProjectAfter(bare, bare.indexOf('亿元'), endOf(bare, '亿元')), false);
    const bound = '当日3个超5亿元重点建设项目开工';
    assert.equal(sizesProjectAfter(bound, bound.indexOf('5亿元'), endOf(bound, '5亿元')), false);
    const rounded = '石门再添300多亿元合作项目';
    assert.equal(sizesProjectAfter(rounded, rounded.indexOf('300'), endOf(rounded, '300多亿元')), false);
    const plain = '当日一个5亿元重点建设项目开工';
    assert.equal(sizesProjectAfter(plain, plain.indexOf('5亿元'), endOf(plain, '5亿元')), true);
  });

  it('a signing before the amount keeps it signed money', () => {
    assert.deepEqual(roles('两家企业与县政府签订4亿元的高端纸品项目。'), ['4亿元:contract']);
  });
});
