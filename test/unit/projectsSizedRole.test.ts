import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';

function roles(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => `${e.text}:${e.role}`);
}

describe('an amount sizing the projects after it', () => {
  it('is what they invest, not the kind an earlier clause named', () => {
    assert.deepEqual(roles('项目达产后,预计年产值8亿元,年纳税3000万元,带动至少20亿元的上下游配套项目落地。'),
      ['8亿元:revenue', '3000万元:tax', '20亿元:investment']);
  });

  it('leaves a cue in its own clause to decide', () => {
    assert.deepEqual(roles('项目达产后,预计年产值8亿元,年纳税3000万元的企业将超过10家。'), ['8亿元:revenue', '3000万元:tax']);
  });
});
