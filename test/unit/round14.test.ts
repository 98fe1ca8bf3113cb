// Paragraphs written for the kinds of miss found when the engine was measured on fresh park and
// promotion-event news (parks' infrastructure spending, signed-agreement totals, counted size
// classes, one project counted as `一项`). Every sentence is invented in the genre, not taken from
// an article.
import { strict as assert } from 'node:assert';
import { attributes as money } from './attributeHelpers';
import { assertNames } from './namedEntityHelpers';

describe('round-14 misses: the kind of money', () => {
  it('reads the total investment written into the agreements (协议投资总额) as signed money', () => {
    assert.deepEqual(money('本次共签约项目36个,协议投资总额128亿元。'), ['128亿元 contract aggregate']);
    assert.deepEqual(money('双方签约项目9个,合同投资总额47亿元。'), ['47亿元 contract aggregate']);
    // A plain total investment stays investment.
    assert.deepEqual(money('本次共签约项目36个,投资总额128亿元。'), ['128亿元 investment aggregate']);
  });

  it('reads completing a park’s infrastructure investment as completed investment', () => {
    assert.deepEqual(money('今年以来,青峰工业园完成基础设施投资3.4亿元。'), ['3.4亿元 completed aggregate']);
    assert.deepEqual(money('全年累计完成基础建设投资6200万元,园区道路全线贯通。'), ['6200万元 completed aggregate']);
    // Planned infrastructure investment is no completion.
    assert.deepEqual(money('园区计划基础设施投资5亿元。'), ['5亿元 investment aggregate']);
  });

  it('reads what a park has invested so far (累计投资, 累计投入, 已投入) as completed investment', () => {
    assert.deepEqual(money('其中,白沙工业园累计投资3.8亿元,实施道路、供水等工程。'), ['3.8亿元 completed aggregate']);
    assert.deepEqual(money('项目已投入1.2亿元,主体厂房即将封顶。'), ['1.2亿元 completed item']);
    assert.deepEqual(money('该园区累计投入基础设施资金9亿元。'), ['9亿元 completed aggregate']);
    // Money a company puts into something, without 已 or 累计, stays investment.
    assert.deepEqual(money('华远公司投入6000万元,新建两条生产线。'), ['6000万元 investment item']);
  });
});

describe('round-14 misses: an amount right before 项目 with no cue', () => {
  it('reads X亿元项目 as the project’s investment', () => {
    assert.deepEqual(money('12亿元项目落户青禾县'), ['12亿元 investment item']);
    // A size class stays one, and an amount before another noun stays other.
    assert.deepEqual(money('12亿元以上项目落户青禾县'), ['12亿元 threshold aggregate']);
    assert.deepEqual(money('12亿元大奖花落青禾县'), ['12亿元 other item']);
  });
});

describe('round-14 misses: one project counted as 一项', () => {
  it('reads the money of 一项总投资X的P项目 as that one project’s', () => {
    assert.deepEqual(money('这标志着一项总投资15亿元的“临川智能仓储物流项目”正式落户。'), ['15亿元 investment item']);
    // Several counted before the cue still sum them.
    assert.deepEqual(money('现场签约了十一项总投资15亿元的项目。'), ['15亿元 investment aggregate']);
    assert.deepEqual(money('现场签约了3项总投资15亿元的项目。'), ['15亿元 investment aggregate']);
  });
});

describe('round-14 misses: a size class with a kind after 以上的', () => {
  it('reads X以上的 + a kind of projects + their count as a size class', () => {
    assert.deepEqual(money('推介会上,全省共签订投资额5000万元以上的正式合同项目420个,投资总额2310亿元。'), [
      '5000万元 threshold aggregate',
      '2310亿元 investment aggregate',
    ]);
    assert.deepEqual(money('签订1亿元以上的先进制造业企业28家。'), ['1亿元 threshold aggregate']);
    // Without a count after it, 以上的 describes one thing (one company, counted as 一家).
    assert.deepEqual(money('引进一家投资超百亿元以上的新材料企业。'), ['百亿元 investment item']);
  });
});

describe('round-14 misses: a size class of one project', () => {
  it('reads 总投资达X的项目有1项 as that one project’s investment, and several as a size class', () => {
    assert.deepEqual(money('其中总投资达3000万美元的项目有1项,为年产20万套汽车座椅项目。'), ['3000万美元 investment item']);
    assert.deepEqual(money('其中总投资达3000万美元的项目有3项。'), ['3000万美元 threshold aggregate']);
    assert.deepEqual(money('其中总投资达3000万美元的项目有11项。'), ['3000万美元 threshold aggregate']);
  });
});

describe('round-14 misses: generic projects', () => {
  it('reads projects named by their size, their owners’ kind or property let and sold as generic mentions', () => {
    assertNames('今年要坚定招引大体量项目和外资项目。');
    assertNames('本次共签约(包括央企、民企、外资项目在内)项目36个。');
    assertNames('另有公有物业租售项目9个。');
    // A name before such words is still a project.
    assertNames('签约了[[PROJECT:青禾物业租售项目]]。');
  });
});

describe('round-14 misses: trade parks', () => {
  it('reads a trade park (商贸园区), a border one joining two places with ·, as a PARK', () => {
    assertNames('依托口岸优势及[[PARK:瑞丽·木姐边境商贸园区]]发展外向型产业。');
    assertNames('[[PARK:青川商贸园区]]今年签约项目5个。');
    // The bare kind is no park.
    assertNames('要加快建设商贸园区和物流园区。');
  });
});
