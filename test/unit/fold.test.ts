import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { foldedStretch, foldedText, foldedUnitsInPlace, foldText, refolded, toOriginal } from '../../src/core/fold';

describe('foldText', () => {
  const CASES: readonly (readonly [rule: string, input: string, folded: string])[] = [
    ['full-width digits and punctuation', '６５．１亿元（约）', '65.1亿元(约)'],
    ['Traditional park and money words', '中山火炬高新區簽約項目總投資億元', '中山火炬高新区签约项目总投资亿元'],
    ['Traditional place names', '無錫、長沙、寧波、樂山、瀋陽', '无锡、长沙、宁波、乐山、沈阳'],
    ['Traditional company forms', '微創醫療器械(集團)有限責任公司', '微创医疗器械(集团)有限责任公司'],
    ['Traditional boundary words', '該項目由該公司投資，並於今年舉行', '该项目由该公司投资,并于今年举行'],
    ['Traditional words of lists, capital and shares', '分別為、註冊資本、佔總投資、鄉賢', '分别为、注册资本、占总投资、乡贤'],
    ['Traditional 煉 of refining', '煉油化工一體化', '炼油化工一体化'],
    ['Traditional writings of Taiwanese places the gazetteer holds', '苗栗銅鑼、花蓮', '苗栗铜锣、花莲'],
    ['HTML entities', '&ldquo;橙中城&rdquo;项目', '“橙中城”项目'],
    ['pinyin glosses dropped', '產(chǎn)業(yè)園', '产业园'],
    ['Taiwan\'s word for a project, and the variant 籤 of signing', '26個專案集中籤約', '26个项目集中签约'],
    ['the Simplified 专案 (a special case) and 案 alone stay', '专案组审理此案', '专案组审理此案'],
    ['a full stop between digits before a money unit is a decimal point', '年产值86。4亿元,税收3。25亿元。', '年产值86.4亿元,税收3.25亿元。'],
    ['a full stop after a year or a bare figure, or before a date, ends the sentence', '始建于2003。5家企业入驻。共12。3月签约', '始建于2003。5家企业入驻。共12。3月签约'],
  ];
  for (const [rule, input, folded] of CASES) {
    it(rule, () => {
      assert.equal(foldText(input).text, folded);
    });
  }

  it('keeps a byte order mark, lone surrogates and characters outside the BMP as they are', () => {
    // Full-width characters around them make the text go through the folding buffer.
    for (const kept of ['\uFEFF', '\uD800', '\uDFFF', '𠀀', '\uDC00\uD800']) {
      assert.equal(foldText(`（${kept}）５亿元`).text, `(${kept})5亿元`, JSON.stringify(kept));
      assert.equal(foldText(`&amp;${kept}產(chǎn)業`).text, `&${kept}产业`, JSON.stringify(kept));
    }
  });

  it('drops only what reads as a gloss: toned lower-case pinyin in brackets (a tone mark or digit), ten units at most', () => {
    const CASES: readonly (readonly [input: string, folded: string])[] = [
      ['關(guān)鍵', '关键'],
      ['關（guān）鍵', '关键'],
      ['關(guān）鍵', '关键'],
      ['產(zhuāngab)業', '产业'], // ten units with its brackets
      ['產(zhuāngabc)業', '产(zhuāngabc)业'], // eleven
      ['產(abc)業', '产(abc)业'], // no tone mark
      ['產(Guān)業', '产(Guān)业'], // a capital letter
      ['產(chǎn', '产(chǎn'], // never closed
      ['產()業', '产()业'],
      ['5(guān)', '5(guān)'], // not after a Chinese character
      ['產(chan3)業', '产业'], // a tone digit after a syllable
      ['綠(lv4)色', '绿色'], // typewriter `v` for `ü`
      ['綠(lü4)色', '绿色'],
      ['產(bc3)業', '产(bc3)业'], // a digit after no vowel
      ['產(chan35)業', '产(chan35)业'], // two digits
      ['產(chan3a)業', '产(chan3a)业'], // letters after the digit
      ['產(chan6)業', '产(chan6)业'], // no tone digit
      ['發(fā)(fā)區', '发区'], // one character glossed twice
      ['發(fa1)（fā）(fā)區', '发区'],
      ['發(fā)(abc)區', '发(abc)区'], // a bracket after the gloss that is none
    ];
    for (const [input, folded] of CASES) assert.equal(foldText(input).text, folded, input);
  });

  it('folds text with and without anything to fold, at any length', () => {
    // Longer than the buffer's first size (16K units), so that it has to grow.
    const long = '项目'.repeat(12000);
    assert.equal(foldText(long).text, long);
    assert.equal(foldText(`${long}，`).text, `${long},`);
    assert.equal(foldText(`${long}\uD800，`).text, `${long}\uD800,`);
    assert.equal(foldText('').text, '');
    assert.equal(foldText('(abc)').text, '(abc)');
  });

  it('folds a unit in a short text as in a long one: the table of what may change misses no rule', () => {
    // A short text (a cue window) is folded only where that table says a unit changes; a long
    // one always through the buffer. A unit the table missed would stay as written in the first.
    const mayChangeLength = new Set(['&', '(', '（', '?']);
    const filler = '衢'.repeat(40);
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      if ((c >= 0xd800 && c <= 0xdfff) || mayChangeLength.has(unit)) continue;
      const short = foldText(`衢${unit}`);
      assert.equal(short.starts, null, unit);
      assert.equal(short.text, foldText(`衢${unit}${filler}`).text.slice(0, 2), unit);
    }
    assert.equal(foldText('衢萬').text, '衢万');
    assert.equal(foldText('衢\u3000').text, '衢 ');
    assert.equal(foldText('衢～').text, '衢~');
  });

  it('keeps offsets when no length changes', () => {
    const folded = foldText('衡陽高新區');
    assert.equal(folded.starts, null);
    assert.deepEqual(toOriginal(folded, 0, 5), [0, 5]);
  });

  it('maps a span over dropped glosses back to the original', () => {
    const original = '區人力資源產(chǎn)業(yè)園,';
    const folded = foldText(original);
    const start = folded.text.indexOf('人力');
    const end = folded.text.indexOf('园') + 1;
    const [s, e] = toOriginal(folded, start, end);
    assert.equal(original.slice(s, e), '人力資源產(chǎn)業(yè)園');
  });

  it('pairs every Traditional character with one Simplified character', () => {
    // Folding is 1:1 per unit, so a folded text is never longer than the original without debris.
    const sample = '億萬區園開發資項簽額經濟產業無長寧樂責類該從將並於戶舉後';
    assert.equal(foldText(sample).text.length, sample.length);
    assert.ok(!/[億萬區園開發資項簽額經濟產業無長寧樂責類該從將並於戶舉後]/.test(foldText(sample).text));
  });
});

describe('foldText offsets', () => {
  it('keeps the offsets of a paragraph while other paragraphs are folded after it, however many', () => {
    const glossed = (n: number) => '開(kāi)發(fā)區&amp;'.repeat(n);
    const first = foldText(glossed(3));
    const expected = { starts: [...first.starts!], ends: [...first.ends!] };
    // Enough glossed text after it to fill the shared block of offsets several times over.
    for (let k = 1; k <= 200; k++) assert.equal(foldText(glossed(k % 50 + 1)).starts!.length, 4 * (k % 50 + 1));
    assert.deepEqual({ starts: [...first.starts!], ends: [...first.ends!] }, expected);
    assert.deepEqual(toOriginal(first, 0, 3), [0, 12]);
  });
});

describe('foldText of a stretch', () => {
  // Pieces that fold one to one, change lengths (entities, glosses, a lost character) or look like they might.
  const PIECES = ['投资', '園區', '億元', '（', '）', '，', '６５', '&amp;', '&#8220;', '萬(wàn)', '关(guān)', '年?guó)', '(ab)', '?', '&', '。', 'A', '\u{20BB7}'];

  it('folds a stretch of a text in place as the same stretch sliced out, offsets and all', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(200), fc.nat(200), (pieces, a, b) => {
        const text = pieces.join('');
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        const inPlace = foldText(text, start, end);
        const sliced = foldText(text.slice(start, end));
        assert.equal(inPlace.text, sliced.text);
        assert.deepEqual(inPlace.starts && [...inPlace.starts], sliced.starts && [...sliced.starts]);
        assert.deepEqual(inPlace.ends && [...inPlace.ends], sliced.ends && [...sliced.ends]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldedText', () => {
  // Pieces that fold one to one, change lengths (entities, glosses) or look like they might.
  const PIECES = ['投资', '園區', '億元', '（', '）', '，', '６５', '&amp;', '&#8220;', '&bogus;', '萬(wàn)', '关(guān)', '(ab)', '\n', '。', 'A'];

  it('is the text foldText gives, whatever folding does to lengths', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(foldedText(text), foldText(text).text);
      }),
      { numRuns: 1000 },
    );
  });

  it('folds a gloss and an entity away, as foldText does', () => {
    assert.equal(foldedText('產(chǎn)業(yè)園&ldquo;'), '产业园“');
  });
});

describe('refolded', () => {
  // Folded text that folds no further, and folded text a second fold still changes (a doubly escaped
  // entity, a gloss after a character it follows once its entity is read, a point between digits).
  const PIECES = ['投资', '园区', '亿元', ',', '65', '&amp;amp;', '&#33775;(xiàng)', '3。5亿', '(ab)', '\n', '。', 'A', '?'];

  it('is foldedText of a folded text, whether or not a second fold changes it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const folded = foldedText(pieces.join(''));
        assert.equal(refolded(folded), foldedText(folded));
      }),
      { numRuns: 1000 },
    );
  });

  it('folds again what a first fold left foldable', () => {
    assert.equal(foldedText('&amp;nbsp;园区'), '&nbsp;园区');
    assert.equal(refolded('&nbsp;园区'), ' 园区');
    assert.equal(refolded('落户园区,项目入驻'), '落户园区,项目入驻');
  });
});

describe('foldedStretch', () => {
  // Pieces that fold one to one, change lengths (entities, glosses, a lost character) or look like they might.
  const PIECES = ['投资', '園區', '億元', '（', '）', '，', '６５', '&amp;', '&#8220;', '&bogus;', '萬(wàn)', '关(guān)', '年?guó)', '(ab)', '?', '&', '\n', '。', 'A', '\u{20BB7}'];

  it('is foldedText of the same stretch sliced out, wherever the stretch starts and ends', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.integer({ min: -3, max: 200 }), fc.integer({ min: -3, max: 200 }), (pieces, a, b) => {
        const text = pieces.join('');
        // A stretch opening with the gloss of the character before it reads as that character's fold, less the character.
        const glossFirst = a > 0 && a < b && b <= text.length && text[a] === '(' && /[\u4e00-\u9fff]/.test(text[a - 1]);
        assert.equal(foldedStretch(text, a, b), glossFirst ? foldedText(text.slice(a - 1, b)).slice(1) : foldedText(text.slice(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('drops the gloss a stretch opens with when it belongs to the character before (a span ends before it)', () => {
    const text = '远帆集團(tuán)的项目';
    assert.equal(foldedStretch(text, 4, 11), '的');
    assert.equal(foldedStretch(text, 4, 13), '的项目');
  });

  it('folds a stretch cut through a gloss or an entity as that cut alone reads', () => {
    const text = '签约萬(wàn)元&ldquo;项目';
    assert.equal(foldedStretch(text, 2, 5), '万(w');
    assert.equal(foldedStretch(text, 2, 9), '万元');
    assert.equal(foldedStretch(text, 9, 13), '&ldq');
    assert.equal(foldedStretch(text, 9, 18), '“项目');
  });
});

describe('foldedUnitsInPlace', () => {
  // Glosses, entities and a lost character (which change lengths), words folded by their neighbours
  // (`專案`, a point written `。` between digits), and what folds one to one.
  const PIECES = ['投資', '園區', '（', '）', '６５', '&amp;', '&bogus;', '萬(wàn)', '礦(kuàng)', '年?guó)', '(ab)', '(', '?', '專案', '專', '案', '3。5億', '2024。', '。', 'A', '\u{20BB7}', ' '];

  it('folds every window holding no offset where lengths may change as foldedStretch does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(400), fc.nat(400), fc.nat(200), (pieces, s, e, width) => {
        const text = pieces.join('');
        const start = Math.min(s, e, text.length);
        const end = Math.min(Math.max(s, e), text.length);
        const units = foldedUnitsInPlace(text, start, end);
        assert.equal(units.text.length, end - start);
        for (let a = start; a <= end; a++) {
          const b = Math.min(end, a + width);
          if (units.mayChangeLength.some((offset) => offset >= a && offset < b)) continue;
          assert.equal(units.text.slice(a - start, b - start), foldedStretch(text, a, b));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('names where a gloss or an entity may start, and folds the rest of a glossed line one for one', () => {
    const text = '甲礦(kuàng)區與&amp;乙(ab)';
    const units = foldedUnitsInPlace(text, 0, text.length);
    assert.deepEqual(units.mayChangeLength, [2, 11, 17]);
    assert.equal(units.text.slice(0, 2), foldedStretch(text, 0, 2));
    assert.equal(units.text.slice(9, 11), '区与');
  });
});
