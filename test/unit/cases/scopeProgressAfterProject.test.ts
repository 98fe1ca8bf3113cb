// Progress told in a sentence of its own (`累计完成投资X`, `截止5月底,已完成投资X`) right after a sentence
// about one project is that project's money (`item`), though `累计` or a date reads like a period's sum;
// after a batch or a count, or with nothing named before, it stays a sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('progress right after one project', () => {
  it('gives progress told on its own to the project of the sentence before', () => {
    assert.deepEqual(scopes('松川集团加快推进青禾湾数智港项目,助力全市“头号工程”。截止5月底,已完成投资约3.6亿元,约占年度计划投资12亿元的30%。'),
      ['3.6亿元 item', '12亿元 item']);
    assert.deepEqual(scopes('澜川县儿童医院新院区位于县城东部;二期项目可研报告已批复,并于6月份开工建设。累计完成投资2815.4万元。'),
      ['2815.4万元 item']);
  });

  it('leaves progress after counted projects, or after none named, a sum', () => {
    assert.deepEqual(scopes('今年全县开工青禾湾数智港项目等12个项目。截至6月底,累计完成投资8亿元。'), ['8亿元 aggregate']);
    assert.deepEqual(scopes('全县重点项目进展顺利。截至6月底,累计完成投资8亿元。'), ['8亿元 aggregate']);
  });

  it('reads only within the paragraph', () => {
    assert.deepEqual(scopes('松川集团加快推进青禾湾数智港项目\n截止5月底,已完成投资约3.6亿元。'), ['3.6亿元 aggregate']);
  });
});
