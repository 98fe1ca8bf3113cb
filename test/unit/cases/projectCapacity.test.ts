// The yearly output that opens a project's name (`年产…`): its number is the capacity, kept in the name
// whatever unit follows, and the word stays whole where a space or the scan's length cut it.
import { assertNames } from '../namedEntityHelpers';

describe('a project name opened by its yearly output', () => {
  it('keeps a number with a multiplier before an area unit', () => {
    assertNames('[[COMPANY:鸿泰光电有限公司]]建设[[PROJECT:年产6亿平方米背板膜项目]],总投资3亿元。');
  });

  it('keeps a number whose unit no list foresees', () => {
    assertNames('[[COMPANY:青岚建材有限公司]]建设[[PROJECT:年产7000万块环保砌块生产线项目]]。');
  });

  it('keeps square and cubic metres written m2 and m3', () => {
    assertNames('[[COMPANY:松涛木业有限公司]]建设[[PROJECT:年产6000m3胶合板与40万m2实木复合地板项目]]。');
  });

  it('keeps the yearly word when the page left a space before the number', () => {
    assertNames('签约[[PROJECT:年产 2400条(套)智能收纳柜生产项目]]。');
  });

  it('takes no space before a number that no yearly word opens', () => {
    assertNames('签约 [[PROJECT:2400条智能收纳柜生产项目]]。');
  });

  it('keeps the yearly word whole when a long name reaches the scan\'s length', () => {
    assertNames('[[COMPANY:云岭新型建材有限公司]]建设[[PROJECT:年产8000万块(折标)综合利用粉煤灰、炉渣、页岩烧结多孔砖技改项目]],已投产。');
  });

  it('keeps a second capacity whose unit follows 万 or 亿, though no yearly word opens it', () => {
    assertNames('同意《关于新建[[PROJECT:年产900万平方米铝塑膜及1500万米青禾导热带项目]]的可行性报告》。');
    assertNames('签约[[PROJECT:3亿片青禾陶瓷基板项目]]。');
  });

  it('reads 工业4.0 whole inside a name', () => {
    assertNames('在[[PROJECT:青禾年产10GW光伏组件工业4.0智能工厂项目]]现场。');
  });

  it('still ends the name at an amount with its multiplier', () => {
    assertNames('投资1.2亿[[PROJECT:世纪鸿远物流园项目]]开工。');
  });
});

describe('a numbered facility in a project name', () => {
  it('keeps the number closed by 号 or #', () => {
    assertNames('推进[[PROJECT:3号仓库冷链改造项目]]。');
    assertNames('[[PROJECT:青湾港7#8#泊位项目]]完工。');
  });

  it('leaves a day of the month out of the name', () => {
    assertNames('6月9号[[PROJECT:鸿远冷链物流园项目]]开工。');
  });
});

describe('a size or capacity written in Latin units in a project name', () => {
  it('keeps a number closed by a unit of Latin letters no list foresees', () => {
    assertNames('[[COMPANY:澄江微电子有限公司]]建设[[PROJECT:年产36万片200mm碳化硅晶圆项目]]。');
    assertNames('投资2亿元的[[PROJECT:35kV输变电工程项目]]完工。');
  });

  it('reads no unit in the extension of a file name after a dot', () => {
    assertNames('详见 page17.html 。投资5亿元的[[PROJECT:华岳精密轴承项目]]开工。');
  });

  it('reads a shared verb right after a capacity as the first word of the thing made', () => {
    assertNames('签约[[PROJECT:2GWh共享储能电站项目]]。');
    assertNames('签约[[PROJECT:年产3万吨共享冷链仓储项目]]。');
  });

  it('still ends a name at a shared verb with no capacity before it', () => {
    assertNames('两地合作共享[[PROJECT:柳溪储能项目]]。');
  });
});
