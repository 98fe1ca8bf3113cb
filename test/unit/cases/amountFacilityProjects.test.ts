// A facility named right after the amount that builds it, without `项目` (`投资12亿元的某某物流中心`), is that
// PROJECT, and the amount is its money; not a park the park scan finds, nor a list the amount sums.
import { strict as assert } from 'node:assert';
import { assertNames } from '../namedEntityHelpers';
import { projectsOf } from '../linkHelpers';

describe('a facility named right after its amount', () => {
  it('names the facility an amount and 的 introduce, closed by a verb of its progress', () => {
    assertNames('去年10月,投资36亿元的[[PROJECT:洛河精密轴承工厂]]正式投产。');
  });

  it('names the facility an amount and 建设的 introduce, closed by a comma', () => {
    const text = '由青川物产公司投资9亿元建设的岭南冷链仓储中心,将建冷库12座。';
    assert.deepEqual(projectsOf(text), ['9亿元: 岭南冷链仓储中心']);
  });

  it('reads each item of a list whose amounts introduce their facilities', () => {
    const text = '包括投资6800万元的白沙湾护岸整治工程、2.4亿元的石桥镇溪口新村,年内完工。';
    assert.deepEqual(projectsOf(text), ['6800万元: 白沙湾护岸整治工程', '2.4亿元: 石桥镇溪口新村']);
  });

  it('keeps the quotes of a quoted facility name', () => {
    assertNames('签约引进了总投资约8亿元的[[PROJECT:“海峡智能制造创新中心”]]等一批项目。');
  });

  it('names no facility when the name is its head word and one more (`新工厂`)', () => {
    assertNames('该企业计划投资3亿元的新工厂,年底建成。');
  });

  it('names none when a count of projects follows the list (the amount sums them)', () => {
    assertNames('总投资120亿元的云岭航空维修基地等9个项目已开工。');
  });

  it('names none when the facility name runs into no clause mark or verb', () => {
    assertNames('投资2亿元的智能仓储中心建设用地已获批。');
  });
});
