// Statistics reports of money from outside a region, the targets higher offices set for it, and a
// period's investment of any kind reported with its growth.
import { strict as assert } from 'node:assert';
import { attributes, roles } from '../attributeHelpers';

describe('money from outside a region (州外资金, 域外资金, 区内外资金)', () => {
  it('reads the place outside which the money comes as no foreign capital: in place after 实际到位', () => {
    assert.deepEqual(attributes('1-6月,青山州实际到位州外资金41.20亿元,比去年同期增长8.1%。'), ['41.20亿元 completed aggregate']);
    assert.deepEqual(attributes('上半年,柳江县完成实际到位州外资金6.35亿元。'), ['6.35亿元 completed aggregate']);
  });

  it('reads money brought in from outside or from inside and outside the area as investment attracted', () => {
    assert.deepEqual(attributes('共签约8个项目,引进鹿鸣市域外资金12.5亿元。'), ['12.5亿元 investment aggregate']);
    assert.deepEqual(attributes('市政府下达我县的目标任务数为引进区内外资金 30 亿元。'), ['30 亿元 investment aggregate']);
  });

  it('keeps the amount of foreign capital and money from inside and outside the country foreign', () => {
    assert.deepEqual(attributes('开发区外资金额达2亿美元。'), ['2亿美元 foreign aggregate']);
    assert.deepEqual(attributes('实际利用外资金额1.6亿美元。'), ['1.6亿美元 foreign aggregate']);
    assert.deepEqual(attributes('全年利用境内外资金35亿元。').map((a) => a.split(' ')[1]), ['foreign']);
  });
});

describe('targets higher offices set, with a word saying which target', () => {
  it('takes the kind of the figure before it, in the clause before a semicolon too', () => {
    assert.deepEqual(attributes('1-6月,青山州实际到位州外资金41.20亿元,比去年同期增长8.1%;完成年初下达工作目标任务90亿元的45%。'), [
      '41.20亿元 completed aggregate',
      '90亿元 completed aggregate',
    ]);
    assert.deepEqual(attributes('实际利用外资860万美元,完成省政府年初下达考核目标5000万美元的17.2%。'), [
      '860万美元 foreign aggregate',
      '5000万美元 foreign aggregate',
    ]);
  });

  it('looks past the office of an earlier target, and reads the amount after 的(', () => {
    assert.deepEqual(attributes('到位资金为215300万元,完成市下达目标任务的130.2%,完成省政府下达考核目标任务的(61200万元)的351.8%。'), [
      '215300万元 completed aggregate',
      '61200万元 completed aggregate',
    ]);
  });

  it('leaves money an office hands down, with no target named, a grant', () => {
    assert.deepEqual(attributes('省财政下达专项资金1200万元,用于园区道路建设。').map((a) => a.split(' ')[1]), ['funding']);
  });
});

describe('a period investment of any kind reported with its growth', () => {
  it('reads infrastructure or real-estate investment with a growth rate as investment done', () => {
    assert.deepEqual(attributes('1-6月,全区基础设施投资28.4亿元,增长41.2%;房地产投资96.3亿元,同比增长18.1%。'), [
      '28.4亿元 completed aggregate',
      '96.3亿元 completed aggregate',
    ]);
  });

  it('leaves investment attracted and projects\' investment planned, growth or not', () => {
    assert.deepEqual(attributes('全年引进投资120亿元,同比增长15%。').map((a) => a.split(' ')[1]), ['investment']);
    assert.deepEqual(attributes('平均每个签约项目投资额达6.2亿元,同比增长42.5%。').map((a) => a.split(' ')[1]), ['investment']);
  });
});

describe('a period investment compared with the share of its plan it completes', () => {
  it('reads investment of a kind followed by the share of a plan or target completed as investment done', () => {
    assert.deepEqual(attributes('1-9月,全市工业投资88.2亿元,居全省第3位,完成市政府下达全年目标的71.5%;技术改造投资40.6亿元,完成市政府下达全年目标的66.0%。'), [
      '88.2亿元 completed aggregate',
      '40.6亿元 completed aggregate',
    ]);
    assert.deepEqual(attributes('前8个月,全区54个重点项目实现投资72.1亿元,完成年度计划的81.3%。'), ['72.1亿元 completed aggregate']);
  });

  it('leaves the plan itself and signed projects compared with a target planned', () => {
    assert.deepEqual(attributes('列入重点项目28宗,年度投资计划136.2亿元,完成投资48.6亿元,完成年度计划的35.7%。').map((a) => a.split(' ')[1]), ['investment', 'completed']);
    assert.deepEqual(attributes('新签约项目12个,总投资约230亿元,完成全年目标的64%。').map((a) => a.split(' ')[1]), ['investment']);
  });
});

describe('money signed at a fair of investment and trade, and capital from Japan or Korea', () => {
  it('reads money signed at an investment-and-trade fair as signed, a contract of trade as other', () => {
    assert.deepEqual(attributes('第五届中国东部投资贸易推介会暨项目签约仪式在青州举行,会上签约18个项目,签约金额达156.2亿元。'), ['156.2亿元 contract aggregate']);
    assert.deepEqual(attributes('上半年商品贸易成交合同21宗,合同金额3.4亿元。').map((a) => a.split(' ')[1]), ['other']);
  });

  it('reads capital from Japan or Korea as foreign capital', () => {
    assert.deepEqual(attributes('截至去年,累计实际使用日资42.1亿美元、韩资17亿美元。').map((a) => a.split(' ')[1]), ['foreign', 'foreign']);
  });
});

describe('capital in place or actually invested, in a passage about foreign capital', () => {
  it('reads money in place in a foreign currency after foreign capital was named as foreign', () => {
    assert.deepEqual(attributes('前三季度,青禾市利用外资稳步回升,外商投资实际到位6120万美元,同比增长37.5%。'), ['6120万美元 foreign aggregate']);
    assert.deepEqual(attributes('全省实际使用外资4.3亿美元,同比增长9.1%;境外投资实际到位资金3.86亿美元,同比增长5.2%。'), [
      '4.3亿美元 foreign aggregate',
      '3.86亿美元 foreign aggregate',
    ]);
  });

  it('reads capital in place (到位资金) as foreign only when its own qualifier names foreign capital', () => {
    assert.deepEqual(attributes('今年新批外商投资项目5个,实际到位资金2860万美元,完成年任务的96%。').map((a) => a.split(' ')[1]), ['completed']);
    assert.deepEqual(attributes('该外资企业已在青州注册成立子公司,到位资金800万美元。').map((a) => a.split(' ')[1]), ['completed']);
    assert.deepEqual(attributes('今年全市力争吸引外资3亿美元,外商投资实际到位资金1.2亿美元。').map((a) => a.split(' ')[1]), ['foreign', 'foreign']);
  });

  it('reads money in place as foreign only when its own clause names foreign capital, the figure before being one of its own', () => {
    assert.deepEqual(attributes('今年青河开发区新批外资企业41家,合同外资额7.3亿美元,实际到位金额4.6亿美元。').map((a) => a.split(' ')[1]), ['foreign', 'completed']);
    assert.deepEqual(attributes('开发区累计引进外资项目620个,合同外资58亿美元,实际到帐资金26亿美元,位居全省前列。').map((a) => a.split(' ')[1]), ['foreign', 'completed']);
    // The clause names foreign capital: its money in place or arrived is foreign capital.
    assert.deepEqual(attributes('一季度,全市实际使用内资16亿元;外商直接投资(FDI)到资340万美元,同比增长12%。').map((a) => a.split(' ')[1]), ['completed', 'foreign']);
    assert.deepEqual(attributes('全市实际使用外资2.2亿美元。其中,外商投资实际到位1300万美元,同比增长8%。').map((a) => a.split(' ')[1]), ['foreign', 'foreign']);
  });

  it('reads what a region received as actual investment in a foreign currency as foreign', () => {
    assert.deepEqual(attributes('上半年,直接来源于澳门的实际使用外资为5.6亿美元。东盟国家在榕实际投资1.48亿美元,同比增长21%。'), [
      '5.6亿美元 foreign aggregate',
      '1.48亿美元 foreign aggregate',
    ]);
  });

  it('gives a target compared with such a figure the same kind', () => {
    assert.deepEqual(attributes('全区利用外资势头良好。实际到资3920万美元,完成市下达任务数3000万美元的131%。'), [
      '3920万美元 foreign aggregate',
      '3000万美元 foreign aggregate',
    ]);
  });

  it('leaves money in place in yuan, money invested abroad, and a passage with no foreign capital completed', () => {
    assert.deepEqual(attributes('全县实际使用外资2100万美元。省外项目实际到位资金18.6亿元,同比增长7%。').map((a) => a.split(' ')[1]), ['foreign', 'completed']);
    assert.deepEqual(attributes('全市实际使用外资3.1亿美元。新设境外企业4家,实际投资额2260万美元。').map((a) => a.split(' ')[1]), ['foreign', 'completed']);
    assert.deepEqual(attributes('某某精工项目进展顺利,实际到位资金1200万美元,厂房已封顶。').map((a) => a.split(' ')[1]), ['completed']);
  });
});

describe('what people, households or villages earn (人均纯收入, 人均可支配收入, 增收)', () => {
  it('reads residents\' income per head as other, next to the output and sales of the region\'s firms', () => {
    assert.deepEqual(roles('去年,全县规上工业产值完成86亿元,增长7%;城镇居民人均可支配收入41200元,增长5.9%;农村居民人均纯收入19350元。'), ['revenue', 'other', 'other']);
  });

  it('reads the income a household, a village or a mu of land gains as other', () => {
    assert.deepEqual(roles('合作社投产后,年产值可达3200万元,带动农户户均增收6000余元,村集体年增收48万元。'), ['revenue', 'other', 'other']);
    assert.deepEqual(roles('示范基地建成后,亩均增收1.2万元。'), ['other']);
  });

  it('reads a village collective\'s economy or earnings as other, after a completion verb or a tax figure', () => {
    assert.deepEqual(roles('五个村今年已全面完成村集体经济80万元。'), ['other']);
    assert.deepEqual(roles('合作社年产值约3000万元,年税收约60万元,增加村集体收益约25万元。'), ['revenue', 'tax', 'other']);
    // A firm's own completed investment in the same village stays investment done.
    assert.deepEqual(roles('该企业今年已完成投资80万元。'), ['completed']);
  });
});

describe('capital attracted in a foreign currency, its kind unsaid (foreignAttracted.ts)', () => {
  it('reads a delegation\'s or a fair\'s capital attracted in dollars or euros as foreign capital', () => {
    assert.deepEqual(roles('本届洽谈会招资42亿美元,再创新高。'), ['foreign']);
    assert.deepEqual(roles('考察团从德国5家企业引进资金3.6千万欧元。'), ['foreign']);
    assert.deepEqual(roles('此次出访招商资金达2.2亿美元。'), ['foreign']);
  });

  it('leaves the same words in yuan, and a target for capital from home and abroad, as investment', () => {
    assert.deepEqual(roles('考察团从沿海5家企业引进资金3.6亿元。').filter((r) => r === 'foreign'), []);
    assert.deepEqual(roles('全镇完成境内外招商引资总额9000万美元。'), ['investment']);
  });

  it('leaves capital attracted in dollars under an agreement as signed money', () => {
    assert.deepEqual(roles('开发区与新加坡某置业公司合作,协议引进资金2.6亿美元,建设物流园。'), ['contract']);
  });
});

describe('what a venture\'s foreign party puts in (外方投入, 外方出资, 外人直接投资)', () => {
  it('reads it as foreign capital, over the investment cue inside it', () => {
    assert.deepEqual(roles('合资公司总投资4亿元,外方出资2.4亿元。'), ['investment', 'foreign']);
    assert.deepEqual(roles('三个项目中,外方投入6亿元,中方投入3亿元。'), ['foreign', 'investment']);
    assert.deepEqual(roles('其中外人直接投资金额为5.2亿美元。'), ['foreign']);
  });
});
