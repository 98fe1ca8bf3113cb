// A facility named by generic words alone (`智慧科技园项目`) is a kind of project, unless its own amount introduces
// it (`投资20亿元的绿色产业园项目`): then it is the one project that money builds.
import { assertNames } from '../namedEntityHelpers';

describe('a generic facility introduced by its own amount', () => {
  it('names the facility an amount and 的 introduce', () => {
    assertNames('其中[[COMPANY:鼎盛集团]]投资15亿元的[[PROJECT:现代冷链物流园项目]]已开工。');
  });

  it('names the facility an amount and a verb of building introduce', () => {
    assertNames('[[COMPANY:恒越控股集团]]计划投资80亿元建设[[PROJECT:智慧产业园项目]],年内动工。');
  });

  it('keeps a generic facility without an amount a kind of project', () => {
    assertNames('全县正加快建设智慧产业园项目,年内动工。');
  });
});
