// A batch of projects (`该批项目`, `第二批`) or a firm and others not counted (`A集团等企业`) as the subject
// of the amount's sentence: the money is their sum (`aggregate`), unless one project is named after them.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('a batch or a firm and others as the subject', () => {
  it('reads a batch of projects named as the subject as their sum', () => {
    assert.deepEqual(scopes('该批项目总用地约18万平方米,总投资约9.2亿元,计划明年投产。'), ['9.2亿元 aggregate']);
    assert.deepEqual(scopes('企业以租赁厂房方式入驻。物流园第二批计划总投资45亿元,预计后年投产。'), ['45亿元 aggregate']);
  });

  it('reads a firm and others, not counted, as several firms together', () => {
    assert.deepEqual(scopes('签约会上,星河新材料集团等企业又向青川新区投资62.5亿元。'), ['62.5亿元 aggregate']);
    assert.deepEqual(scopes('簽約會上,星河新材料集團等企業又向青川新區投資62.5億元。'), ['62.5億元 aggregate']);
  });

  it('keeps one project named after the subject, and one firm described as of a batch, their own', () => {
    assert.deepEqual(scopes('星河新材料集团等企业投资建设的青川储能电池项目总投资12亿元。'), ['12亿元 item']);
    assert.deepEqual(scopes('澜江电子是第一批入驻青川的企业,投资8亿元建设研发中心。'), ['8亿元 item']);
    assert.deepEqual(scopes('星河集团等企业已落户园区,澜江光电有限公司投资7亿元建设显示面板工厂。'), ['7亿元 item']);
  });
});

describe('a batch event before its projects, and the figure after its total', () => {
  it('reads the key projects of a batch start of works, and this year\'s investment after their total, as their sum', () => {
    assert.deepEqual(scopes('此次集中开工的216个重大项目中,青州市38个。集中开工的重大项目总投资1280.4亿元,年度计划投资412.6亿元,涉及新材料、交通等9个行业领域,其中制造业项目分别占项目总数和总投资的70.2%、55.3%。'),
      ['1280.4亿元 aggregate', '412.6亿元 aggregate']);
  });

  it('keeps one project\'s total and this year\'s investment after it as that project\'s', () => {
    assert.deepEqual(scopes('澄岭新材料产业园项目总投资18亿元,年度计划投资6亿元。'), ['18亿元 item', '6亿元 item']);
    assert.deepEqual(scopes('今天集中开工的澄岭新材料产业园项目总投资18亿元。'), ['18亿元 item']);
  });
});
