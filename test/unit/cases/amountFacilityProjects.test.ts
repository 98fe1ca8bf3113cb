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

describe('items of a list whose amounts each introduce their own thing', () => {
  it('names every item, whatever its last word, when each repeats 投资X的', () => {
    const text = '新区签约了投资4亿元的青岚云仓储中心、投资3亿元的远帆智慧停车网、投资1.5亿元的白鹭康养云等8个总投资15亿元项目。';
    assert.deepEqual(projectsOf(text).slice(0, 3), ['4亿元: 青岚云仓储中心', '3亿元: 远帆智慧停车网', '1.5亿元: 白鹭康养云']);
  });

  it('names the first item when the next item follows it, and ends a facility at 以及 and the next amount', () => {
    const text = '本次签约总投资2000万美元的澜星芯、总投资8000万元的松禾光学镜片,以及总投资6000万元的梅岭仓储扩建工程以及计划投资5000万元的石鼓港项目。';
    assert.deepEqual(projectsOf(text).slice(0, 1), ['2000万美元: 澜星芯']);
    assert.deepEqual(projectsOf(text).slice(2, 3), ['6000万元: 梅岭仓储扩建工程']);
  });

  it('ends the last item at a count of the listed projects', () => {
    const text = '总投资额为80亿元的南湖新城商业项目、总投资20亿元的松岭国际商贸中心广场两个项目同日开工。';
    assert.deepEqual(projectsOf(text), ['80亿元: 南湖新城商业项目', '20亿元: 松岭国际商贸中心广场']);
  });

  it('ends an item at an opening bracket', () => {
    const text = '3、投资4200万元的青禾生态鱼苗繁育场(占地60亩)项目;4、投资3100万元的白石食品项目。';
    assert.deepEqual(projectsOf(text).slice(0, 1), ['4200万元: 青禾生态鱼苗繁育场']);
  });

  it('names no item when one amount introduces several names (the amount sums them)', () => {
    assertNames('总投资10亿元的云溪智慧农场、白沙冷链两个项目已开工。');
  });
});
