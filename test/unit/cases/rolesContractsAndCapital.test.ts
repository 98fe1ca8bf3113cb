// The kind of money of signed totals and contracts, their parts, and capital put up or increased.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';
import { rolesAndScopes } from './caseReaders';

describe('a signed total with no kind of money named', () => {
  const money = rolesAndScopes;

  it('takes a sum of money after a signing, with no kind of money named, as contracted', () => {
    assert.deepEqual(money('当日集中签约8个项目,总金额达36.5亿元。'), ['36.5亿元 contract/aggregate']);
    // A kind named wins, and without a signing the sum is what the projects invest (projectsMoney.ts).
    assert.deepEqual(money('当日集中签约8个项目,总投资36.5亿元。'), ['36.5亿元 investment/aggregate']);
    assert.deepEqual(money('当日集中开工8个项目,总金额达36.5亿元。'), ['36.5亿元 investment/aggregate']);
  });

  it('reads a signing verb in the amount\'s own clause as contract money', () => {
    assert.deepEqual(attributes('南湖市在杭州招商签约86亿元 新区项目唱主角'), ['86亿元 contract aggregate']);
    assert.deepEqual(attributes('东岭开发区45.6亿总额招商项目签约'), ['45.6亿 contract aggregate']);
  });

  it('leaves an amount without a signing verb in its clause, or with a kind of money named, alone', () => {
    assert.deepEqual(attributes('南湖市在杭州签约,另有项目86亿元'), ['86亿元 other item']);
    assert.deepEqual(attributes('南湖市招商签约项目总投资86亿元'), ['86亿元 investment aggregate']);
  });
});

describe('the whole sum of the agreements signed (协议总金额)', () => {
  it('reads 协议总金额 and 合同总金额 as contracted money', () => {
    assert.deepEqual(attributes('新签约项目85个;协议总金额326.5亿元。'), ['326.5亿元 contract aggregate']);
    assert.deepEqual(attributes('双方签订的合同总金额12亿元。'), ['12亿元 contract item']);
  });
});

describe('company announcements: the amount of an investment contract', () => {
  it('reads `签订X亿元项目投资合同` as contracted money', () => {
    assert.deepEqual(attributes('某某股份:与青石经开区管委会签订8亿元项目投资合同').map((a) => a.split(' ')[1]), ['contract']);
    assert.deepEqual(attributes('公司拟与县政府签署3亿元投资协议。').map((a) => a.split(' ')[1]), ['contract']);
  });

  it('keeps an amount invested in a project investment', () => {
    assert.deepEqual(attributes('8亿元的投资将用于新厂建设。').map((a) => a.split(' ')[1]), ['investment']);
  });
});

describe('a zone\'s capital increase', () => {
  it('reads 外资增资 as foreign capital, and a share of the same period\'s total as a period figure', () => {
    assert.deepEqual(attributes('合同外资增资2.3亿美元,占开发区同期批准合同外资总额的28%。'), ['2.3亿美元 foreign aggregate']);
    // One project's money, no share of a period's total: its own.
    assert.deepEqual(attributes('华兴精工项目外资增资2.3亿美元,用于新建厂房。'), ['2.3亿美元 foreign item']);
  });
});

describe('parts of a signed total, contracted projects and trade contracts', () => {
  it('reads the parts listed after 其中 of a signed total as signed money too', () => {
    assert.deepEqual(attributes('上半年,园区签订合同项目31个,总金额64.3亿元。其中,制造业项目19个,总金额42.1亿元,文旅项目6个,总金额9亿元。'), [
      '64.3亿元 contract aggregate',
      '42.1亿元 contract aggregate',
      '9亿元 contract aggregate',
    ]);
  });

  it('does not read a signing two sentences back into a bare sum (the projects counted invest it)', () => {
    assert.deepEqual(attributes('该区签订合同项目31个。全年引进项目20个,总金额64.3亿元。其中,工业项目19个,总金额42.1亿元。'), [
      '64.3亿元 investment aggregate',
      '42.1亿元 investment aggregate',
    ]);
  });

  it('reads a bare sum in a sentence about the contracted projects (合同项目) as signed money', () => {
    assert.deepEqual(attributes('截至6月底,开工建设的有9个,为合同项目的三分之一,总金额13.6亿元,实际到位资金3.2亿元。'), [
      '13.6亿元 contract aggregate',
      '3.2亿元 completed aggregate',
    ]);
  });

  it('reads the money of trade contracts (贸易成交合同) as other money, not signed investment', () => {
    assert.deepEqual(attributes('展会期间达成商品贸易成交合同31宗,合同金额52310万元。'), ['52310万元 other aggregate']);
    // Contracts of projects stay signed money.
    assert.deepEqual(attributes('会上签约项目12个,合同金额45亿元。'), ['45亿元 contract aggregate']);
  });
});

describe('capital put up alone, a plant invested in and built, fiscal and tax revenue', () => {
  it('reads 独资 and an amount before 投建 as investment', () => {
    assert.deepEqual(attributes('目前,台湾岚禾电子独资1500万美元在澄州建设电子元件厂。'), ['1500万美元 investment item']);
    assert.deepEqual(attributes('远山股份:拟12亿元投建锂电材料生产基地'), ['12亿元 investment item']);
    assert.deepEqual(attributes('青溪科技公告,公司拟约2.4亿元在澄州投建年产5万吨饮料项目。'), ['2.4亿元 investment item']);
  });

  it('reads 财税收入 as tax', () => {
    assert.deepEqual(attributes('去年澄湖工业园区实现工业总产值86亿元,财税收入2.3亿元。'), [
      '86亿元 revenue aggregate',
      '2.3亿元 tax aggregate',
    ]);
  });
});

describe('registered capital of foreign-funded firms', () => {
  it('reads the registered capital of Taiwan-, Hong Kong- or foreign-funded firms as foreign capital', () => {
    assert.deepEqual(attributes('上半年,澄湖开发区新增台资总投资5.2亿美元;台资注册资本2.1亿美元,占外资注册资本的48%。').map((a) => a.split(' ').slice(0, 2).join(' ')), [
      '5.2亿美元 investment', '2.1亿美元 foreign',
    ]);
    assert.deepEqual(attributes('截至6月底,在青禾片区注册的港资企业达1260家,注册资本980.5亿元。').map((a) => a.split(' ')[1]), ['foreign']);
  });

  it('keeps one company`s registered capital with no foreign owner other', () => {
    assert.deepEqual(attributes('公司全资子公司岚川食品有限公司注册资本3000万元。').map((a) => a.split(' ')[1]), ['other']);
  });
});
