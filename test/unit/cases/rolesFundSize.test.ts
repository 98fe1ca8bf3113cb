// A fund's size and the capital raised or subscribed into it are neither a project's investment nor a
// subsidy handed out: role `other` (guidelines, `role`: anything else).
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

const roles = (text: string): string[] => rolesAndScopes(text).map((s) => `${s.split(' ')[0]} ${s.split(' ')[1].split('/')[0]}`);

describe('a fund\'s size and the capital put into it', () => {
  it('reads a fund\'s size as other, past a qualifier, with the fund named earlier in the sentence', () => {
    assert.deepEqual(roles('桐溪县新能源产业引导基金日前完成备案,基金规模近12亿元,首期规模3亿元。'), ['12亿元 other', '3亿元 other']);
    assert.deepEqual(roles('白鹭湾创投基金有限公司:总规模40亿元。'), ['40亿元 other']);
  });

  it('reads capital raised or subscribed into a fund as other', () => {
    assert.deepEqual(roles('省新兴产业母基金去年新增募资26.4亿元。'), ['26.4亿元 other']);
    assert.deepEqual(roles('该基金由两家机构发起,其中区产业投资平台认缴8亿元。'), ['8亿元 other']);
  });

  it('reads a fund set up at a size as other, though a verb of putting up capital stands before it', () => {
    assert.deepEqual(roles('市国资公司以最高出资额支持设立了6亿元的青禾陶瓷产业基金。'), ['6亿元 other']);
  });

  it('leaves the scale of projects\' investment and a size with no fund in its sentence alone', () => {
    assert.deepEqual(roles('区投资基金去年投放顺利。签约项目平均投资规模7200万元。'), ['7200万元 investment']);
    assert.deepEqual(roles('今年柳河镇签约项目总投资55亿元。'), ['55亿元 investment']);
    // Money a fund hands out to firms stays funding.
    assert.deepEqual(roles('该基金先后为9家企业提供引导资金2.3亿元。'), ['2.3亿元 funding']);
  });
});
