// The anchor units of a paragraph (src/core/recognition/anchorUnits.ts): found while the paragraph
// is folded, they must be where a scan of the folded text finds them, whatever the fold changed
// (Traditional forms, entities, glosses, `專案`), and every finder must read the same names and
// amounts from them as from a scan of its own.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnchorCursor, anchorUnits, foldWithAnchors, unitKind } from '../../src/core/recognition/anchorUnits';
import { findNamedEntities, findNamedEntitiesWithAliases } from '../../src/core/recognition/namedEntities';
import { NO_ALIASES } from '../../src/core/recognition/parkAliases';
import { scanMoney } from '../../src/core/recognition/money';

// Kinds of its own, beside the finders': a unit several kinds hold is listed under each.
const LAKE = unitKind('湖');
const LAKE_OR_HILL = unitKind('湖山');
const HILL = unitKind('山');

/** Pieces a paragraph is made of: every kind of unit the fold changes, anchors among them. */
const PIECES = [
  '青湖山', '签约', '项目', '項目', '專案', '公司', '集團', '会社', '是', '企业', '公告', '披露', '投资', '增資', '等项目',
  '(简称“青开区”)', '高新区', '產業園', '小镇', '3', '05', '两', '亿元', '萬元', '，', '。', '（', '）', '&amp;', '&ldquo;',
  '產(chǎn)', '?duì)', '12。5亿元', '2023。', ' ', '(A)', '(ab1)', 'x',
];

describe('anchor units', () => {
  it('lists a unit under every kind that holds it, in order', () => {
    const anchors = anchorUnits('山下青湖,湖边山');
    assert.deepEqual(anchors.positions(LAKE), [3, 5]);
    assert.deepEqual(anchors.positions(HILL), [0, 7]);
    assert.deepEqual(anchors.positions(LAKE_OR_HILL), [0, 3, 5, 7]);
    assert.equal(anchors.count(LAKE), 2);
    assert.deepEqual(anchorUnits('平原').positions(LAKE), []);
  });

  it('says whether a word opening with a unit of a kind occurs, reading only where those units are', () => {
    const anchors = anchorUnits('湖光与山色,山水');
    assert.equal(anchors.holds(HILL, '山水'), true);
    assert.equal(anchors.holds(HILL, '山峰', '山色'), true);
    assert.equal(anchors.holds(HILL, '山峰'), false);
    assert.equal(anchors.holds(LAKE, '湖水'), false);
  });

  it('are found by the fold where a scan of the folded text finds them, whatever the fold changed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const { folded, anchors } = foldWithAnchors(text);
        const scanned = anchorUnits(folded.text);
        for (const kind of [LAKE, HILL, LAKE_OR_HILL]) assert.deepEqual(anchors.positions(kind), scanned.positions(kind), text);
        // The finders read the same from the fold's units as from their own scan.
        assert.deepEqual(findNamedEntitiesWithAliases(folded.text, NO_ALIASES, anchors).spans, findNamedEntities(folded.text), text);
        assert.deepEqual(scanMoney(folded.text, undefined, undefined, anchors), scanMoney(folded.text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('are found in a paragraph folded where it stands in its article, at offsets of the paragraph', () => {
    const article = '標題\n（青湖）產業園項目總投資５億元，由青山公司投資。\n尾';
    const start = article.indexOf('\n') + 1;
    const end = article.lastIndexOf('\n');
    const { folded, anchors } = foldWithAnchors(article, start, end);
    assert.equal(folded.text, '(青湖)产业园项目总投资5亿元,由青山公司投资。');
    assert.deepEqual(anchors.positions(LAKE), [2]);
    assert.deepEqual(anchors.positions(HILL), [18]);
  });
});

describe('AnchorCursor', () => {
  it('gives the first listed position at or after each starting point, going on from the last', () => {
    const cursor = new AnchorCursor([2, 5, 9]);
    assert.deepEqual([cursor.next(0), cursor.next(3), cursor.next(5), cursor.next(6), cursor.next(10)], [2, 5, 5, 9, -1]);
  });

  it('starts over when a starting point moves back', () => {
    const cursor = new AnchorCursor([2, 5, 9]);
    assert.deepEqual([cursor.next(6), cursor.next(1), cursor.next(3)], [9, 2, 5]);
  });
});
