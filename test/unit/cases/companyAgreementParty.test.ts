// The firm party of an agreement with a party that is no firm owns the money its clause chain states (companyOfAgreement.ts).
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

describe('the one firm of an agreement with a government, a place or a team', () => {
  it('gives the money of each `;` clause to the company that clause cooperates with', () => {
    const text = '其中,青川县与远帆建设工程有限公司就滨河路网、地下管廊等工程开展合作,投资额35亿元;与鹭岛路桥股份有限公司在桥梁工程的投融资、规划设计上展开合作,投资额约20亿元。';
    assert.deepEqual(linksOf(text), ['35亿元: - 远帆建设工程有限公司 -', '20亿元: - 鹭岛路桥股份有限公司 -']);
  });

  it('reads an agreement reached (`达成合作协议`, `达成的一项合作`) the same way', () => {
    assert.deepEqual(linksOf('东川县和远帆文旅投资控股有限公司就“青山文化旅游产业项目”在会上达成合作协议,双方将投资60亿元,打造文化旅游区。'), [
      '60亿元: - 远帆文旅投资控股有限公司 -',
    ]);
    assert.deepEqual(linksOf('单个签约金额最高的是青岚县人民政府与鹭岛国际投资有限公司达成的一项合作——推动青山景区旅游资源开发,投资30亿元。'), [
      '30亿元: - 鹭岛国际投资有限公司 -',
    ]);
  });

  it('gives none when the other party is a firm too, or the company is one of a list', () => {
    assert.deepEqual(linksOf('青禾实业有限公司与远帆科技有限公司就智能仓储开展合作,投资额5亿元。'), ['5亿元: - - -']);
    assert.deepEqual(linksOf('东川县与远帆建设工程有限公司、鹭岛路桥股份有限公司开展合作,投资额约20亿元。'), ['20亿元: - - -']);
  });
});
