// The project of the occasion an article reports (`此次开工的新项目`, `本次签约项目`) owns the amount after it,
// unless the sentence before counts projects or the phrase says a batch.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('the project of the occasion reported', () => {
  it('reads the money of this signing or this ground-breaking project as one project’s', () => {
    assert.deepEqual(rolesAndScopes('澜川精工深耕轴承领域20年。此次开工的新项目总投资9.6亿元,将新上六条产线。'), ['9.6亿元 investment/item']);
    assert.deepEqual(rolesAndScopes('青禾控股董事长与开发区负责人现场签约。 本次签约项目计划投资7亿元,拟落户滨湖工业园。'), ['7亿元 investment/item']);
    assert.deepEqual(rolesAndScopes('青禾新材料产业园项目签约仪式举行。本次签约项目总投资12亿元,拟建设年产5万吨生产线。'), ['12亿元 investment/item']);
  });

  it('leaves the sum of projects counted just before, or of a batch, aggregate', () => {
    assert.deepEqual(rolesAndScopes('12个项目在松川大道集中开工。此次开工的项目总投资15亿元。'), ['15亿元 investment/aggregate']);
    assert.deepEqual(rolesAndScopes('此次集中开工的项目总投资15亿元。'), ['15亿元 investment/aggregate']);
    assert.deepEqual(rolesAndScopes('3月5日,松川市举行一季度重点项目集中签约仪式。本次签约项目总投资120亿元,涵盖新材料等领域。'), ['120亿元 investment/aggregate']);
    assert.deepEqual(rolesAndScopes('松川市举行招商引资项目签约仪式。本次签约项目总投资90亿元。'), ['90亿元 investment/aggregate']);
  });
});
