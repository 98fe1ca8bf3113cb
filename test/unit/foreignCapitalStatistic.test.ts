import * as assert from 'assert';
import { recognize } from '../../src/core/recognition/recognize';

/** The scope the engine gives the amount `amount` in `text`. */
function scope(text: string, amount: string): string | undefined {
  const start = text.indexOf(amount);
  return recognize(text).find((e) => e.label === 'MONEY' && e.start === start)?.scope;
}

describe('foreignCapitalStatistic: a place\'s foreign capital is a sum unless its sentence names its firm or project', () => {
  it('reads a bare sentence of foreign capital used, after the zone\'s figures, as a sum', () => {
    const text = '青溪开发区累计基础设施投入31亿元,兴办外商投资企业620家。实际利用外资额12亿美元。';
    assert.equal(scope(text, '12亿美元'), 'aggregate');
  });
  it('reads contracted foreign capital after a zone\'s counts as a sum', () => {
    const text = '2019年,白河经济开发区新开工项目18个,总投资9.2亿元;完成内联引资6.4亿元;合同利用外资4210万美元,是上年的1.8倍。';
    assert.equal(scope(text, '4210万美元'), 'aggregate');
  });
  it('still reads the foreign capital of a project its sentence names as that project\'s', () => {
    const text = '其中,海川精工有限公司二期扩建项目,实际利用外资达2.6亿美元,是近年引进的最大外资项目。';
    assert.equal(scope(text, '2.6亿美元'), 'item');
  });
  it('still reads contracted foreign capital spread over listed firms by 分别 as each firm\'s', () => {
    const text = '其中,松石精密、海岚物流分别新增协议外资1.8亿美元、3200万美元。';
    assert.equal(scope(text, '1.8亿美元'), 'item');
  });
});
