// Projects named only by how they came in (brought in, signed, started) or by who pays for them are a
// collection: their money right after is a sum (`aggregate`), unless the occasion's or a company's projects.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('projects named by how they came in', () => {
  it('reads the money of brought-in, signed or government projects as their sum', () => {
    assert.deepEqual(
      scopes('2023年松川引进项目投资额首次突破900亿元,其中,总投资80亿元的青禾储能项目当年签约当年开工。'),
      ['900亿元 aggregate', '80亿元 item'],
    );
    assert.deepEqual(scopes('青禾储能项目当年签约当年开工。其中,引进制造业项目计划投资额620亿元,同比增长21%。'), ['620亿元 aggregate']);
    assert.deepEqual(scopes('根据规划,2024-2026年政府总投资项目约1500亿元。'), ['1500亿元 aggregate']);
    // A kind of money written as the amount of the signing (`金额`), not only as an investment.
    assert.deepEqual(scopes('本届农博会松川签订项目金额达86.4亿元。'), ['86.4亿元 aggregate']);
  });

  it('leaves the occasion’s project, a company’s project and one phase to their owner', () => {
    assert.deepEqual(scopes('松川青禾新材料公司与园区签约。此次签约项目计划投资7亿元。'), ['7亿元 item']);
    assert.deepEqual(scopes('澜川精工有限公司签约项目总投资6亿元,建设轴承生产线。'), ['6亿元 item']);
    assert.deepEqual(scopes('青禾储能项目一期已投产,即将开工的项目二期总投资约3亿元。'), ['3亿元 item']);
  });

  it('does not read a clause opened by projects named by their intake as one project’s item', () => {
    assert.deepEqual(
      scopes('2023年央企在松川开工项目达到210个,全年完成投资980亿元;央企与松川省新签订项目合作协议96个,合作项目投资总额2100亿元。'),
      ['980亿元 aggregate', '2100亿元 aggregate'],
    );
  });
});
