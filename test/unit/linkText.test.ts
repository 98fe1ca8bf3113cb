import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { foldedSlice, foldedStretch, foldedText, foldText, type FoldedText } from '../../src/core/fold';
import { isSubjectLead, isTimeOrConnective, latestSubjectStart, subjectLeadLength, SUBJECT_LEAD_UNITS } from '../../src/core/links/linkClauses';
import { LinkContext } from '../../src/core/links/linkContext';
import { clauseEnd, lastClauseMark, MAX_GAP, TextStructure, WHITE_SPACE } from '../../src/core/links/linkText';
import { recognize } from '../../src/core/recognition/recognize';

// Pieces that folding treats differently: Traditional and full-width characters (changed one to
// one), entities and pinyin glosses (which change lengths), and plain text, line breaks, stops.
const PIECES = ['投资', '園區', '億元', '（', '）', '，', '６５', '&amp;', '&#8220;', '&bogus;', '萬(wàn)', '关(guān)', '年?guó)', '(ab)', '\n', '。', '项目', 'A', ' '];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

/**
 * text[s, e) folded on its own, except a stretch opening with the pinyin gloss of the character before
 * it (a span ends before its gloss): that gloss is read with its character and dropped.
 */
function foldedAlone(text: string, s: number, e: number): string {
  const glossFirst = s > 0 && s < e && text[s] === '(' && /[\u4e00-\u9fff]/.test(text[s - 1]);
  return glossFirst ? foldText(text.slice(s - 1, e)).text.slice(1) : foldText(text.slice(s, e)).text;
}

/** What `gap` reads: the folded stretch, unless it is longer than MAX_GAP once folded (as written, when it has no bracket). */
function expectedGap(text: string, start: number, end: number): string | undefined {
  const folded = foldedAlone(text, start, end);
  if (end - start <= MAX_GAP) return folded;
  if (end - start > MAX_GAP * 4 || !text.slice(start, end).includes('(')) return undefined;
  return folded.length <= MAX_GAP ? folded : undefined;
}

describe('TextStructure: folded stretches', () => {
  it('reads every stretch exactly as folding that stretch on its own would', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), fc.nat({ max: 30 }), (text, a, b, length) => {
        const structure = new TextStructure(text);
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = Math.min(text.length, start + (b % (MAX_GAP * 4 + 2)));
        const gap = structure.gap(start, end);
        assert.equal(gap, expectedGap(text, start, end));
        const paragraph = structure.paragraph(structure.paragraphOf(start));
        const from = Math.max(paragraph.start, start - length);
        assert.equal(structure.before(start, length), foldedAlone(text, from, start));
        const to = Math.min(paragraph.end, start + length);
        assert.equal(structure.after(start, length), foldedAlone(text, start, Math.max(start, to)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads many stretches of one text, in any order, as folding each on its own would', () => {
    const windows = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 30 })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(texts, windows, (text, reads) => {
        const structure = new TextStructure(text);
        for (const [a, b, length] of reads) {
          const start = a % (text.length + 1);
          const end = Math.min(text.length, start + (b % (MAX_GAP * 4 + 2)));
          assert.equal(structure.gap(start, end), expectedGap(text, start, end));
          const paragraph = structure.paragraph(structure.paragraphOf(start));
          assert.equal(structure.before(start, length), foldedAlone(text, Math.max(paragraph.start, start - length), start));
          assert.equal(structure.after(start, length), foldedAlone(text, start, Math.max(start, Math.min(paragraph.end, start + length))));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a window past the end of the text as what the text holds', () => {
    const structure = new TextStructure('总投资６５億元');
    assert.equal(structure.after(3, 30), '65亿元');
    assert.equal(structure.before(7, 30), '总投资65亿元');
    assert.equal(structure.after(9, 4), '');
  });

  it('folds Traditional and full-width characters in a text without entities or glosses', () => {
    const structure = new TextStructure('该園區投资６５億元，建设项目');
    assert.equal(structure.gap(1, 11), '园区投资65亿元,建');
  });

  it('measures a glossed stretch as read: longer than MAX_GAP as written, not once its glosses are dropped', () => {
    const glossed = '項(xiàng)'.repeat(30);
    const structure = new TextStructure(glossed + '。' + '项'.repeat(90));
    assert.equal(structure.gap(0, glossed.length), '项'.repeat(30));
    assert.equal(structure.gap(glossed.length + 1, glossed.length + 91), undefined);
  });

  it('says nothing stands between two offsets exactly where their gap reads empty, any stretch', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat({ max: 12 }), (text, a, length) => {
        const structure = new TextStructure(text);
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = Math.min(text.length, start + length);
        assert.equal(structure.nothingBetween(start, end), structure.gap(start, end) === '');
      }),
    );
    const structure = new TextStructure('园区(qū)秦岭园区,园区秦岭');
    assert.equal(structure.nothingBetween(2, 6), true);
    assert.equal(structure.nothingBetween(2, 2), true);
    assert.equal(structure.nothingBetween(12, 13), false);
  });

  it('still folds each stretch on its own when the text elsewhere has a gloss', () => {
    const text = '萬(wàn)元。該園區投資６５億元';
    const structure = new TextStructure(text);
    assert.equal(structure.gap(0, 7), '万元');
    assert.equal(structure.gap(8, text.length), '该园区投资65亿元');
  });
});

describe('TextStructure: stretches read from the fold of their paragraph', () => {
  // Units folded by their neighbours (`專案`, a point written `。` between digits), a gloss and an
  // entity in some paragraphs only, brackets and question marks that start neither.
  const MIXED = ['專案', '專', '案', '46。8億', '3。', '。5', '園區', '，', '(赣)', '?在', '(AB)', '萬(wàn)', '年?duì)', '(yí)', '&amp;', '&amp', '\n', '项目', '發(fā)(fā)', '億(yi) 元', '(ab)'];
  const mixedTexts = fc.array(fc.constantFrom(...MIXED), { maxLength: 40 }).map((pieces) => pieces.join(''));

  it('reads every stretch, within a paragraph or across one, as foldedStretch of the text', () => {
    const windows = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { minLength: 1, maxLength: 16 });
    fc.assert(
      fc.property(mixedTexts, windows, (text, reads) => {
        const structure = new TextStructure(text);
        for (const [a, length] of reads) {
          const start = a % (text.length + 1);
          const end = Math.min(text.length, start + length);
          assert.equal(structure.folded(start, end), foldedStretch(text, start, end));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the windows before and after an offset, around a gloss or an entity too, as foldedStretch of their paragraph part', () => {
    fc.assert(
      fc.property(mixedTexts, fc.nat(), fc.nat({ max: 30 }), (text, a, length) => {
        const structure = new TextStructure(text);
        const offset = a % (text.length + 1);
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
        assert.equal(structure.before(offset, length), foldedStretch(text, Math.max(lineStart, offset - length), offset));
        assert.equal(structure.after(offset, length), foldedStretch(text, offset, Math.min(lineEnd, offset + length)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every stretch cut out of the text, any bounds, as the stretch sliced out and folded', () => {
    const windows = fc.array(fc.tuple(fc.integer({ min: -2, max: 50 }), fc.nat({ max: 50 })), { minLength: 1, maxLength: 16 });
    fc.assert(
      fc.property(mixedTexts, windows, (text, reads) => {
        const structure = new TextStructure(text);
        for (const [start, length] of reads) assert.equal(structure.foldedCut(start, start + length), foldedText(text.slice(start, start + length)));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts a word, a point and a gloss at a stretch\'s ends as the sliced stretch does, not as the paragraph reads them', () => {
    const structure = new TextStructure('汾河專案總投資25。6億元,建成後(hòu)年產值可觀');
    assert.equal(structure.foldedCut(2, 3), '专');
    assert.equal(structure.foldedCut(3, 7), '案总投资');
    assert.equal(structure.foldedCut(7, 10), '25。');
    assert.equal(structure.foldedCut(9, 13), '。6亿元');
    assert.equal(structure.foldedCut(7, 13), '25.6亿元');
    assert.equal(structure.foldedCut(17, 22), '(hòu)');
    assert.equal(structure.foldedCut(16, 23), '后年');
  });

  it('reads the paragraphs the recogniser folded as it reads those it folds itself, every stretch of them', () => {
    const windows = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { minLength: 1, maxLength: 16 });
    fc.assert(
      fc.property(mixedTexts, windows, (text, reads) => {
        const folds = new Map<number, FoldedText>();
        recognize(text, undefined, folds);
        const given = new TextStructure(text, folds);
        const own = new TextStructure(text);
        for (const [a, length] of reads) {
          const start = a % (text.length + 1);
          const end = Math.min(text.length, start + length);
          assert.equal(given.folded(start, end), foldedStretch(text, start, end));
          assert.equal(given.before(start, length), own.before(start, length));
          assert.equal(given.after(start, length), own.after(start, length));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is handed by the recogniser the fold of every paragraph, with its offsets where lengths changed', () => {
    const folds = new Map<number, FoldedText>();
    const text = '萬(wàn)元投資\n該園區投資６５億元\n\n&amp;某某';
    recognize(text, undefined, folds);
    assert.deepEqual([...folds.keys()], [0, 10, 21]);
    assert.equal(folds.get(10)?.text, '该园区投资65亿元');
    assert.ok(folds.get(10)?.unitForUnit);
    assert.equal(folds.get(0)?.text, '万元投资');
    assert.deepEqual([...(folds.get(0)?.starts ?? [])], [0, 6, 7, 8]);
  });

  it('says a fold is one unit for one where no entity or gloss may start, so that every window is a slice', () => {
    assert.ok(foldText('某某公司(600000)投资65亿元,约合9亿美元?').unitForUnit);
    // Kept as written by a whole fold, yet a window cut inside may read them otherwise.
    assert.ok(!foldText('某某&amp某某').unitForUnit);
    assert.ok(!foldText('某某(ab)某某').unitForUnit);
    assert.ok(!foldText('某某?ab某某').unitForUnit);
  });

  it('slices a glossed paragraph\'s fold for a window whose ends fall clear of its glosses, and only there', () => {
    const text = '序\n溧水開(kāi)發區項(xiàng)目總額3。5億元,年?duì)營';
    const from = 2;
    const paragraph = foldText(text, from, text.length);
    const slice = (start: number, end: number) => foldedSlice(text, from, text.length, paragraph, start, end);
    // Across a gloss, from the gloss of the character before, up to one: the paragraph's fold read there.
    assert.equal(slice(2, 12), '溧水开发区');
    assert.equal(slice(5, 13), '发区项');
    assert.equal(slice(12, 21), '项目');
    // An end inside a gloss, a point read by digits cut off, a character lost in conversion opening the window.
    assert.equal(slice(2, 9), undefined);
    assert.equal(slice(24, 26), undefined);
    assert.equal(slice(text.indexOf('?'), text.length), undefined);
    for (let start = from; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) assert.equal(slice(start, end) ?? foldedStretch(text, start, end), foldedStretch(text, start, end));
    }
  });

  it('slices a glossed paragraph\'s window ending or starting at a full stop, unless digits stand on both its sides', () => {
    const text = '序\n滨江開(kāi)發區簽約。總額2。6億元。';
    const from = 2;
    const paragraph = foldText(text, from, text.length);
    const slice = (start: number, end: number) => foldedSlice(text, from, text.length, paragraph, start, end);
    const stop = text.indexOf('。');
    assert.equal(slice(from, stop + 1), '滨江开发区签约。');
    assert.equal(slice(stop, stop + 3), '。总额');
    // `2。6億元`: a point the digits on its sides make, which a window cut at it may not read.
    const point = text.indexOf('。', stop + 1);
    assert.equal(slice(stop + 1, point + 1), undefined);
    assert.equal(slice(point, text.length), undefined);
  });

  it('folds a word by its neighbours in a paragraph read once for all its stretches', () => {
    const structure = new TextStructure('鹿溪專案落地。\n總投資46。8億元');
    assert.equal(structure.folded(2, 4), '项目');
    assert.equal(structure.folded(3, 4), '目');
    assert.equal(structure.folded(8, 17), '总投资46.8亿元');
    assert.equal(structure.folded(13, 14), '.');
  });
});

describe('TextStructure: sentences, paragraphs, headings', () => {
  // Stops of every kind, spaces a heading may be padded with, and plain text.
  const UNITS = ['。', '！', '？', '!', '?', '；', ';', '\n', '，', ',', ' ', '\u3000', '\t', '园', '区', 'A', '1'];
  const lines = fc.array(fc.constantFrom(...UNITS), { maxLength: 120 }).map((units) => units.join(''));

  it('starts a sentence after each stop and a paragraph after each line break, found walking forward', () => {
    fc.assert(
      fc.property(lines, (text) => {
        const structure = new TextStructure(text);
        let sentence = 0;
        let paragraph = 0;
        for (let offset = 0; offset <= text.length; offset++) {
          sentence = structure.sentenceFrom(offset, sentence);
          paragraph = structure.paragraphFrom(offset, paragraph);
          const before = text.slice(0, offset);
          assert.equal(sentence, (before.match(/[。！？!?；;\n]/g) ?? []).length);
          const lastStop = Math.max(...[...'。！？!?；;\n'].map((stop) => before.lastIndexOf(stop)));
          assert.equal(structure.sentenceStart(sentence), lastStop + 1);
          assert.equal(paragraph, (before.match(/\n/g) ?? []).length);
          assert.equal(structure.paragraphOf(offset), paragraph);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('calls a paragraph a heading as its trimmed line says (short, no full stop before its end)', () => {
    fc.assert(
      fc.property(lines, fc.boolean(), (text, isTitle) => {
        const structure = new TextStructure(text);
        for (let index = 0; index < structure.paragraphCount; index++) {
          const { start, end } = structure.paragraph(index);
          const line = text.slice(start, end).trim();
          const expected = line.length > 0 && (isTitle || (end - start <= 200 && line.length <= 40 && !/[。!！?？]/.test(line.slice(0, -1))));
          assert.equal(structure.isHeading(index, isTitle), expected, JSON.stringify(text.slice(start, end)));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('LinkContext: the lead read before an amount', () => {
  it('reads MAX_GAP units as read before it, further back as written on a page glossing its characters', () => {
    const plain = '项目建成达产后,将形成集研发、制造、包装、物流于一体的全产业链生产基地,可实现年营业收入12亿元以上。';
    const glossed = '項(xiàng)目建成達(dá)產(chǎn)後,將形成集研發(fā)、製造、包裝、物流於一體的全產(chǎn)業(yè)鏈生產(chǎn)基地,可實(shí)現(xiàn)年營業(yè)收入12億元以上。';
    const leadOf = (text: string) => {
      const ctx = new LinkContext(text, recognize(text));
      const amount = ctx.spans.find((span) => span.entity.label === 'MONEY');
      assert.ok(amount);
      return ctx.leadOf(amount);
    };
    assert.equal(leadOf(glossed), leadOf(plain));
    assert.ok(leadOf(glossed).startsWith('项目建成达产后'));
  });
});

describe('linkText: clause marks found by a scan', () => {
  const folded = fc.array(fc.constantFrom('梧岗', '园区', ',', ';', ':', '。', '!', '?', '投资', ' '), { maxLength: 30 }).map((pieces) => pieces.join(''));

  it('lastClauseMark is the last `,` `;` `:` (and `。` with fullStop), as lastIndexOf per mark', () => {
    fc.assert(
      fc.property(folded, (text) => {
        const marks = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'));
        assert.equal(lastClauseMark(text), marks);
        assert.equal(lastClauseMark(text, true), Math.max(marks, text.lastIndexOf('。')));
      }),
    );
  });

  it('clauseEnd is the first `,` `;` `:` `。` `!` `?`, or the length', () => {
    fc.assert(fc.property(folded, (text) => assert.equal(clauseEnd(text), text.search(/[,;:。!?]|$/))));
    assert.equal(clauseEnd('云川园区投资'), 6);
    assert.equal(clauseEnd('云川园区;投资'), 4);
    assert.equal(lastClauseMark('今年,云川:投资。'), 5);
    assert.equal(lastClauseMark('今年,云川:投资。', true), 8);
  });
});

describe('Clause leads: how far into a head a subject may start', () => {
  it('is two units past the time or connective opening the head', () => {
    assert.equal(latestSubjectStart('今年以来,某某科技公司'), 7);
    assert.equal(latestSubjectStart('某某科技公司今年'), 2);
    // Whatever stands past that bound leaves more than two units before the subject: no subject's lead.
    assert.ok(!isSubjectLead('今年以来,某某科'));
  });

  it('is anywhere in a head that may open with a dateline', () => {
    const head = '新华社某市3月5日电(记者 某某)某某科技公司';
    assert.equal(latestSubjectStart(head), head.length);
    assert.ok(isSubjectLead('新华社某市3月5日电(记者 某某)'));
  });
});

describe('Clause leads: what may stand before a subject', () => {
  it('takes for white space what \\s takes, unit by unit', () => {
    const units = new Set([...WHITE_SPACE].map((char) => char.charCodeAt(0)));
    for (let unit = 0; unit < 0x10000; unit++) if (units.has(unit) !== /\s/.test(String.fromCharCode(unit))) assert.fail(`U+${unit.toString(16)}`);
  });

  it('reads as the class of white space, times and connectives it was written as, for every UTF-16 unit', () => {
    const lead = /^[\s,:0-9０-９.\-~～—–年月日号份上中下半季度前后至今去明本以来截止目前据了解同时此外其中另外而从看讯报]$/;
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      if (SUBJECT_LEAD_UNITS.has(unit) !== lead.test(char)) assert.fail(`U+${unit.toString(16)}`);
    }
  });

  it('takes the time or connective at the start of a lead, and no more', () => {
    assert.equal(subjectLeadLength('2021年3月,据了解,某某'), 12);
    assert.equal(subjectLeadLength('某某2021年'), 0);
    assert.equal(subjectLeadLength(''), 0);
    assert.ok(isTimeOrConnective('今年以来, '));
    assert.ok(!isTimeOrConnective('今年以来,某'));
    assert.ok(isSubjectLead('目前,某'));
    assert.ok(!isSubjectLead('目前,在'));
    assert.ok(!isSubjectLead('目前,某某某'));
  });
});
