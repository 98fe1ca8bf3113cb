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
