// Paragraphs written for the kinds of miss met when the engine ran over investment-promotion
// articles the team had not annotated: generic and counted mentions of projects, verbs that open
// a brand, size classes written with a qualifier or joined to another bound, and the scope of a
// single project's running totals. Each sentence is invented in the genre, not taken from an article.
// Marked spans (`[[LABEL:text]]`) are every PARK/PROJECT/COMPANY the paragraph must yield.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import type { Entity } from '../../src/core/types';
import { namedIn, parseMarked } from './namedEntityHelpers';

type MoneyExpect = Partial<Pick<Entity, 'value' | 'role' | 'scope'>> & { text: string };

function assertNames(marked: string): void {
  const { text, expected } = parseMarked(marked);
  assert.deepEqual(namedIn(text), expected);
}

function assertMoney(text: string, money: readonly MoneyExpect[]): void {
  const found = recognize(text).filter((e) => e.label === 'MONEY');
  assert.deepEqual(found.map((e) => e.text), money.map((m) => m.text));
  money.forEach((exp, i) => {
    for (const key of ['value', 'role', 'scope'] as const) {
      if (key in exp) assert.equal(found[i][key], exp[key], `${exp.text}: ${key}`);
    }
  });
}

describe('real-text misses: generic and counted mentions of projects', () => {
  it('drops praise, origin and batch words before 项目', () => {
    assertNames('发展关键要有高质量项目。此次集中动工项目中，民资项目占多数，代表项目有[[PROJECT:青禾纸塑制品项目]]。');
    assertNames('引进亿元以上市外项目12个，科技人才项目5个。');
  });

  it('drops a count written right before 项目, with or without 大', () => {
    assertNames('博览会五项目落户开发区。签约的[[PARK:云溪食品产业园]]和冷链仓储两大项目进展顺利。');
    assertNames('当天，[[PROJECT:青禾纸业三期项目]]竣工。');
  });

  it('drops a one-character item or name before the head word', () => {
    assertNames('要育产业、强链条、招项目。洽谈会投资项目统计显示增长。');
  });

  it('starts a name at a verb that follows 的: a brand, not the clause\'s verb', () => {
    assertNames('开发区的[[PROJECT:共享科技助力单车生产项目]]开工，将推动[[PROJECT:电池回收项目]]建设。');
  });
});
