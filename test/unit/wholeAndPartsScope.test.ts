import * as assert from 'assert';
import { partsNamedAfter } from '../../src/core/recognition/wholeAndParts';

/** Whether the amount `amount` in `text` is broken down by the sentence after it. */
function brokenDown(text: string, amount: string): boolean {
  return partsNamedAfter(text, text.indexOf(amount) + amount.length);
}

describe('partsNamedAfter: a total the next sentence breaks down', () => {
  it('reads named works with their money after 其中', () => {
    assert.equal(brokenDown('省里下达8亿元专项资金支持云岭灌区建设。其中白鹭水库工程3亿元,青石河灌区工程5亿元。', '8亿元'), true);
  });
  it('reads counted projects after 其中', () => {
    assert.equal(brokenDown('该市吸引外资2.4亿美元。其中,新批项目31个,投资总额1.6亿美元。', '2.4亿美元'), true);
  });
  it('reads no phase of one project as a part', () => {
    assert.equal(brokenDown('龙湾新材料有限公司计划投资6亿元建设新厂。其中一期工程2亿元,二期工程4亿元。', '6亿元'), false);
  });
  it('reads no count of cities or sites', () => {
    assert.equal(brokenDown('某某物流已拥有90亿美元资产。其中,在国内已覆盖25个主要城市。', '90亿美元'), false);
  });
  it('needs 其中 to open the very next sentence', () => {
    assert.equal(brokenDown('下达8亿元专项资金。今年其中白鹭水库工程3亿元。', '8亿元'), false);
  });
});
