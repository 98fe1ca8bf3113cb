// `总投资达X的项目有1项,为P项目`: a class of projects with one member, named right after it.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

/** The amount and its project. */
const projectOf = (text: string): string[] => linksOf(text).map((line) => line.split(' ').slice(0, 2).join(' '));

describe('a class of projects with one member named after it (`总投资达X的项目有1项,为P项目`)', () => {
  it('gives the amount to that one project', () => {
    const text = '今年全县新签约外资项目13个,其中总投资达3000万美元的项目有1项,为年产20万吨新型建材项目。';
    assert.deepEqual(projectOf(text), ['3000万美元: 年产20万吨新型建材项目']);
  });

  it('gives nothing when the class has several members', () => {
    const text = '今年全县新签约外资项目13个,其中总投资达3000万美元的项目有2项,为年产20万吨新型建材项目和锦湖酒店二期项目。';
    assert.deepEqual(projectOf(text), ['3000万美元: -']);
  });
});
