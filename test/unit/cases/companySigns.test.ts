// The company that signs for a project named after it in its sentence: the project's company.
import { strict as assert } from 'node:assert';
import { projectAndCompanyOf } from '../linkHelpers';

describe('the company that signs for the project named after it', () => {
  it('links a ceremony\'s signer to the project and to its amounts in later sentences', () => {
    const text = '10月8日,某某县人民政府与安徽青峦光电科技有限公司举行“高亮度显示模组项目”签约仪式。该项目总投资30亿元,达产后年产值45亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['30亿元: 高亮度显示模组项目 安徽青峦光电科技有限公司', '45亿元: 高亮度显示模组项目 安徽青峦光电科技有限公司']);
  });

  it('links a company that signs as the subject, `C与某镇关于P项目正式签约`', () => {
    const text = '近日,福建禾川生态农业有限公司与某某镇关于白沙溪田园综合体项目正式签约。会上,白沙溪田园综合体项目计划总投资2亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['2亿元: 白沙溪田园综合体项目 福建禾川生态农业有限公司']);
  });

  it('reads past the signer\'s person and title to the signing', () => {
    const text = '区长代表区政府与江苏澄远集团有限公司副总裁王某某签订了城南智慧物流港项目合作协议。城南智慧物流港项目总投资12亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['12亿元: 城南智慧物流港项目 江苏澄远集团有限公司']);
  });

  it('links nothing when two companies are named, or the company only talks about the project', () => {
    const two = '某某县与安徽青峦光电科技有限公司、合肥远舟材料有限公司举行高亮度显示模组项目签约仪式。该项目总投资30亿元。';
    assert.deepEqual(projectAndCompanyOf(two), ['30亿元: 高亮度显示模组项目 -']);
    const talks = '某某县与安徽青峦光电科技有限公司就高亮度显示模组项目进行洽谈。该项目总投资30亿元。';
    assert.deepEqual(projectAndCompanyOf(talks), ['30亿元: 高亮度显示模组项目 -']);
  });
});

describe('a company that signs with a government or a place, then invests', () => {
  it('takes the company before `与K签订…` as the payer of the money after it', () => {
    const text = '浙江青岚农业科技股份公司与某某县政府签订投资协议,计划投资4亿元,建设生态茶园。';
    assert.deepEqual(projectAndCompanyOf(text), ['4亿元: - 浙江青岚农业科技股份公司']);
  });

  it('does not take the first of two companies signing together', () => {
    // `C1与C2签订`: the company signed with, C2, is the one the signing rules already read.
    const text = '浙江青岚农业科技股份公司与杭州远山茶业有限公司签订合作协议,计划投资4亿元,建设生态茶园。';
    assert.deepEqual(projectAndCompanyOf(text), ['4亿元: - 杭州远山茶业有限公司']);
  });
});
