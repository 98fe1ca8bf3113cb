// One plant pointed at (`该工厂`, `这家工厂`) before a year and its figure owns the figure, as a named project or
// company does (`item`); a region or a year alone as the subject keeps a statistic (`aggregate`).
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('one plant pointed at before a year', () => {
  it('reads the plant’s yearly figure as its own', () => {
    assert.deepEqual(scopes('该工厂2027年的年度销售额预计将达到约45亿日元。'), ['45亿日元 item']);
  });

  it('keeps a region’s yearly figure a statistic', () => {
    assert.deepEqual(scopes('该市2027年的工业销售额预计将达到约45亿元。'), ['45亿元 aggregate']);
  });
});
