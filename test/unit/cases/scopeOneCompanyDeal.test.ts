// One company's deal over a list of works (`某县与C有限公司就A工程、B工程等开展合作,投资额X`) is that
// company's money (`item`); deals with several partners at once stay their sum (`aggregate`).
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('one company’s deal over a list of works', () => {
  it('reads each partner’s deal as its own', () => {
    assert.deepEqual(scopes('其中,清河县与华拓基建有限公司就环湖路工程、地下管廊及配套工程等开展合作,投资额25亿元;与瑞通路桥股份有限公司在滨江道路工程、排涝工程等项目上展开合作,投资额约18亿元。'),
      ['25亿元 item', '18亿元 item']);
  });

  it('keeps works listed without one partner, or with two, as their sum', () => {
    assert.deepEqual(scopes('清河县推进环湖路工程、排涝工程等项目建设,投资额25亿元。'), ['25亿元 aggregate']);
    assert.deepEqual(scopes('清河县与华拓基建有限公司、瑞通路桥股份有限公司就环湖路工程、排涝工程等开展合作,投资额43亿元。'), ['43亿元 aggregate']);
  });
});

describe('a signing about one project named after 就', () => {
  it('reads the signing of one project as that deal, its investment and output the project\'s own', () => {
    assert.deepEqual(scopes('其中,青溪经开区管委会与澄岭食品有限公司就澄岭冷链调理食品项目进行项目招商签约,项目总投资约6亿元,拟用地面积约64亩,主要建设速冻面点、调理肉制品和净菜加工生产线及仓储、研发等相关配套设施,建成后年产值达4.2亿元以上。'),
      ['6亿元 item', '4.2亿元 item']);
  });

  it('keeps a signing event, or one about several projects, as their sum', () => {
    assert.deepEqual(scopes('青溪经开区举行招商签约,项目总投资约6亿元。'), ['6亿元 aggregate']);
    assert.deepEqual(scopes('青溪经开区与澄岭食品有限公司就冷链食品项目、净菜加工项目进行招商签约,项目总投资约6亿元。'), ['6亿元 aggregate']);
  });
});
