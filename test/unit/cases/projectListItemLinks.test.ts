// Projects named next to their amounts in lists: a class with one member (`总投资达X的项目有1项,为P项目`), `P项目;总投资X`.
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

describe('a class of projects with one member named after it (`总投资达X的项目有1项,为P项目`)', () => {
  it('gives the amount to that one project', () => {
    const text = '今年全县新签约外资项目13个,其中总投资达3000万美元的项目有1项,为年产20万吨新型建材项目。';
    assert.deepEqual(projectsOf(text), ['3000万美元: 年产20万吨新型建材项目']);
  });

  it('gives nothing when the class has several members', () => {
    const text = '今年全县新签约外资项目13个,其中总投资达3000万美元的项目有2项,为年产20万吨新型建材项目和锦湖酒店二期项目。';
    assert.deepEqual(projectsOf(text), ['3000万美元: -']);
  });
});

describe('a list item whose name and labelled amount a `;` parts (`P项目;总投资X`)', () => {
  it('gives the amount to the project ending the clause right before', () => {
    const text = '签约项目包括:青溪森林步道建设项目,总投资2.2亿元;白石村茶旅融合项目;总投资8000万元;南岭温泉度假项目,总投资4亿元。';
    assert.deepEqual(projectsOf(text), ['2.2亿元: 青溪森林步道建设项目', '8000万元: 白石村茶旅融合项目', '4亿元: 南岭温泉度假项目']);
  });

  it('gives nothing when the clause says more than the label (`;全县总投资X`)', () => {
    const text = '签约项目包括:青溪森林步道建设项目,总投资2.2亿元;白石村茶旅融合项目;全县今年签约总投资8000万元。';
    assert.deepEqual(projectsOf(text), ['2.2亿元: 青溪森林步道建设项目', '8000万元: -']);
  });
});
