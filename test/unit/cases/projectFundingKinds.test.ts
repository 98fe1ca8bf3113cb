// Kinds of project a region counts by how they are funded, when they are due, or a nickname of size or
// praise: no names, whatever the quotes; a name of its own before the kind stays a project.
import { assertNames } from '../namedEntityHelpers';

describe('kinds of project named by funding, horizon or nickname', () => {
  it('drops projects a fund invests in directly or recommends', () => {
    assertNames('他说,基金直投项目与基金管理机构推荐项目均有增长。');
  });

  it('drops projects financed by leasing', () => {
    assertNames('会上,多家外资租赁机构介绍了融资租赁项目的合作模式。');
  });

  it('drops projects planned for the medium and long term', () => {
    assertNames('其中,中远期项目以产业为主。');
  });

  it('drops nicknames of size and praise', () => {
    assertNames('今年签约的“大块头”项目不少,标志项目带动作用明显。');
  });

  it('keeps a named project of the same kind', () => {
    assertNames('他介绍,[[PROJECT:青川县中医院医疗综合楼项目]]进展顺利。');
  });
});
