// A list of three or more kinds before one 项目 is a list of trades, unless its owner, its amount or its
// capacity is said with it.
import { assertNames } from '../namedEntityHelpers';

describe('a list of kinds before one 项目', () => {
  it('reads trades listed after a clause break as a class of projects', () => {
    assertNames('物流园项目成为合作热点,平板、智能手表、大数据项目也有签约。');
    assertNames('包装、饮料制造、机械加工、纺织印染项目各1个。');
  });

  it('reads phrases listed after a verb as a class of projects', () => {
    assertNames('他们考虑引入影院体验馆、主题书店、沉浸式游乐项目等业态。');
  });

  it('keeps the list a company\'s project when the company stands right before it', () => {
    assertNames('[[COMPANY:福建华川电气集团有限公司]][[PROJECT:插座、断路器、线缆生产加工项目]]正式签约。');
  });

  it('keeps the list introduced by its amount', () => {
    assertNames('总投资2.4亿元的[[PROJECT:江门远达电子高频、高速、柔性线路板项目]]开工。');
  });

  it('keeps the list whose first item gives the plant\'s capacity', () => {
    assertNames('[[COMPANY:青岚建材有限公司]]建设[[PROJECT:年产5000万块粉煤灰、炉渣、页岩砖项目]]。');
  });

  it('keeps a list of two items', () => {
    assertNames('[[PROJECT:光伏组件、储能电池项目]]投产。');
  });
});
