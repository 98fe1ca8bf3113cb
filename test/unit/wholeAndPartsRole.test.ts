import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { roleOfWholeBefore } from '../../src/core/recognition/wholeAndParts';

function roles(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => `${e.text}:${e.role}`);
}

describe('parts listed after the whole they split', () => {
  it('parts with no cue of their own take the kind of the whole in the sentence before', () => {
    assert.deepEqual(roles('省里拨付8亿元专项资金支持青川县水网建设。其中,北河引水工程3亿元,南湖调蓄工程5亿元。'),
      ['8亿元:funding', '3亿元:funding', '5亿元:funding']);
  });

  it('a part of a firm\'s sales is sales', () => {
    assert.deepEqual(roles('雅川电器力争明年营业收入达到120亿元。其中,计划使空调业务增至45亿元。'),
      ['120亿元:revenue', '45亿元:revenue']);
  });

  it('reads only a sentence opened by 其中 right after a full stop', () => {
    const afterBreak = '省里拨付8亿元专项资金。\n其中北河引水工程3亿元';
    assert.equal(roleOfWholeBefore(afterBreak, afterBreak.indexOf('其中')), undefined);
    const noParts = '省里拨付8亿元专项资金。北河引水工程3亿元';
    assert.equal(roleOfWholeBefore(noParts, noParts.indexOf('北河')), undefined);
    const parts = '省里拨付8亿元专项资金。其中北河引水工程3亿元';
    assert.equal(roleOfWholeBefore(parts, parts.indexOf('其中')), 'funding');
  });

  it('a whole with no amount gives no kind', () => {
    const text = '省里出台专项资金管理办法。其中北河引水工程3亿元';
    assert.equal(roleOfWholeBefore(text, text.indexOf('其中')), undefined);
  });

  it('a part naming its own kind keeps it', () => {
    assert.deepEqual(roles('省里拨付8亿元专项资金支持水网建设。其中,北河引水工程总投资3亿元。'),
      ['8亿元:funding', '3亿元:investment']);
  });
});
