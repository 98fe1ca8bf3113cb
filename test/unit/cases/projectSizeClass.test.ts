// A size class of projects (`亿元以上项目`) is no group of projects: `该项目` after it still takes up the project named.
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

describe('a size class of projects (`第四个亿元以上项目`) before `该项目`', () => {
  const opening = '2019年5月12日,青禾县果蔬冷链仓储项目正式签约,也是今年该县引进的第四个亿元以上项目。\n';

  it('leaves the project the paragraph before opened with as the one `该项目` takes up', () => {
    const text = opening + '据悉,该项目由上海远帆置业有限公司投资建设,项目总占地300亩,总投资12.5亿元。';
    assert.deepEqual(projectsOf(text).filter((line) => line.startsWith('12.5')), ['12.5亿元: 青禾县果蔬冷链仓储项目']);
  });

  it('still reads `以上项目` said on its own as the projects before, taken together', () => {
    const text = '青禾县果蔬冷链仓储项目正式签约。河东钢构项目同日开工,以上项目建成后,预计年产值12.5亿元。';
    assert.deepEqual(projectsOf(text).filter((line) => line.startsWith('12.5')), ['12.5亿元: -']);
  });
});
