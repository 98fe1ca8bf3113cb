// A verb of developing, following up, leasing or pushing written right before a project's name is the
// clause's: the name starts after it, and what is left may be only a kind of project.
import { assertNames } from '../namedEntityHelpers';

describe('a verb opening a project candidate', () => {
  it('drops a kind of project developed by investors', () => {
    assertNames('已有多家企业计划在湖畔投资开发文化观光项目,村里正在完善道路。');
  });

  it('starts the name after 跟进 that follows up a named expansion', () => {
    assertNames('招商小组主动跟进[[PROJECT:青禾电子扩产项目]],双方已达成意向。');
  });

  it('starts the name after 参与 that takes part in a named project', () => {
    assertNames('某某重工(简称“某某重工”)参与[[PROJECT:乌兹别克斯坦塔什干州日处理3000吨铜矿选厂扩建项目]]。');
    assertNames('各方企业将积极参与项目建设。');
  });

  it('starts the name after 租赁 that leases a named park phase', () => {
    assertNames('企业采用租赁方式,租赁[[PROJECT:蓝海冷链仓储中心项目]]库房约3万平方米。');
  });

  it('drops a kind of project a zone pushes in a headline', () => {
    assertNames('[[PARK:滨江园区]]发力新能源装备项目招引');
  });

  it('keeps a zone word that opens with the verb', () => {
    assertNames('[[PROJECT:开发区东片道路建设项目]]已完成招标。');
  });
});
