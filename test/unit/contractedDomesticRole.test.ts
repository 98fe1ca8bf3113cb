import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';

function roles(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => `${e.text}:${e.role}`);
}

describe('domestic capital under contract', () => {
  it('domestic capital brought in under contracts is signed money, the money in place after it stays completed', () => {
    assert.deepEqual(roles('今年以来,青禾县引进内资项目42个,合同引进内资31亿元,实际到位资金12.5亿元。'),
      ['31亿元:contract', '12.5亿元:completed']);
  });

  it('private capital used under contracts is signed money, foreign capital under contracts stays foreign', () => {
    assert.deepEqual(roles('外资项目6个,合同利用外资0.82亿美元;民资项目37个,合同利用民资19.4亿元。'),
      ['0.82亿美元:foreign', '19.4亿元:contract']);
  });

  it('the agreed sum of domestic capital is signed money, its arrival is completed', () => {
    assert.deepEqual(roles('全年内资协议额46亿元,内资实际到位21.3亿元。'),
      ['46亿元:contract', '21.3亿元:completed']);
  });

  it('capital from home and abroad under contracts is the signed sum, not foreign capital', () => {
    assert.deepEqual(roles('本次共签约项目58个,合同利用境内外资金233亿元。'), ['233亿元:contract']);
  });

  it('domestic capital used with no contract word stays completed', () => {
    assert.deepEqual(roles('上半年,全区实际利用内资64.2亿元,同比增长9%。'), ['64.2亿元:completed']);
  });
});
