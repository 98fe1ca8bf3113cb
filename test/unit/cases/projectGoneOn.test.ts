// A sentence naming nothing before its amount goes on with the paragraph's current project (projectGoneOn.ts).
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

describe('the paragraph\'s project carried to a sentence with no subject of its own', () => {
  const opening = '计划总投资2亿元的青岚县鹭川生态农业产业园项目正式开工建设。\n该项目选址于青岚县城东工业园内,建设加工中心、仓储物流中心等设施。';

  it('gives a sentence opened by what the project yields (`预计年产值…`) the project spoken of before', () => {
    assert.deepEqual(linksOf(`${opening}整个项目建成投产后,将打造一个特色农产品加工平台。预计年产值可达20亿元,实现利税1亿元。`).slice(1), [
      '20亿元: 青岚县鹭川生态农业产业园项目 - 青岚县城东工业园',
      '1亿元: 青岚县鹭川生态农业产业园项目 - 青岚县城东工业园',
    ]);
  });

  it('does not when the sentence opens with a name of its own, or speaks of a sum', () => {
    assert.deepEqual(linksOf(`${opening}鹭川粒子计划建设成为集研发、生产于一体的企业总部,投资额3亿元。`).slice(1), ['3亿元: - - -']);
    assert.deepEqual(linksOf(`${opening}整个项目建成投产后,将打造一个特色农产品加工平台。预计全县年产值可达20亿元。`).slice(1)[0].split(' ')[1], '-');
  });
});
