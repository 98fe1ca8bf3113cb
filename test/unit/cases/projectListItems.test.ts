// Lists that end in one 项目: the products of one project stay one name; whole projects sharing the
// head leave only the last item, the one written with 项目, as the name.
import { assertNames } from '../namedEntityHelpers';

describe('a list of whole projects sharing the head 项目', () => {
  it('starts the name at a right item opening with its investor\'s place and brand', () => {
    assertNames('本次开工的有凯德电梯、[[PROJECT:杭州启明电子项目]]。');
    assertNames('签约的有泰和特钢、南昌华禹集成电路、[[PROJECT:赣州鸿鑫电器项目]]。');
  });

  it('starts the name after a left item that is an institution or a head office', () => {
    assertNames('集中开工的有桂湖小学、[[PROJECT:滨湖新城公交枢纽项目]]。');
    assertNames('落户的有中冶西南区域总部、[[PROJECT:远帆科技总部项目]]。');
  });

  it('starts the name after a left item that is a base or a hub, before a right item with a word of its own', () => {
    assertNames('今年开工的有青岚重卡桐城基地、[[PROJECT:岚溪羽绒制品项目]]。');
    assertNames('推进桐城东站综合交通枢纽、[[PROJECT:云帆储能电池项目]]建设。');
  });

  it('starts the name at a brand followed by the capacity of its own plant', () => {
    assertNames('签约了华越机械设备制造、[[PROJECT:宏达玻璃年产20万平方米钢化玻璃加工项目]]。');
  });

  it('keeps the products, functions and capacities of one project in one name', () => {
    assertNames('[[PROJECT:精密轴承、智能制造装备和汽车配件生产项目]]签约。');
    assertNames('[[PROJECT:汽车压铸件、机床组装项目]]开工。');
    assertNames('[[PROJECT:宏达年产5万吨铝板、年产3万吨铝箔项目]]开工。');
    // A function named by generic words only is no institution of its own (`研发总部、检测中心`).
    assertNames('[[PROJECT:宏达光电生产基地、研发总部、检测中心项目]]开工。');
  });
});

describe('a brand opening with 和 in a list', () => {
  it('keeps 和 right after 、 as the first character of the next name', () => {
    assertNames('签约的有[[PROJECT:华泰精密轴承项目]]、[[PROJECT:和顺新材料产业园项目]]。');
  });
});

describe('a list of public works sharing the head 项目', () => {
  it('leaves only the last of routes, railways and wind farms listed with 、 or 和', () => {
    assertNames('拟投资300亿元参与甘泉至洛川、[[PROJECT:平凉至庆阳高速公路项目]]建设。');
    assertNames('开工建设石林风电场、青松岭风电场和[[PROJECT:北山二期风电场项目]]。');
    assertNames('推进某某高铁宁德至福鼎段、[[PROJECT:青屿湾跨海通道项目]]建设。');
  });

  it('keeps one project whose parts are not works built whole (水库和工业供水)', () => {
    assertNames('投资5亿元建设[[PROJECT:白沙水库和工业供水项目]]。');
    assertNames('签约[[PROJECT:智能装备、精密模具生产项目]]。');
  });
});
