import { strict as assert } from 'node:assert';
import { Recognizer, recognize, resolveOverlaps } from '../../src/core/recognition/recognize';
import type { Entity } from '../../src/core/types';

function assertWellFormed(text: string, entities: readonly Entity[]): void {
  let previousEnd = 0;
  for (const e of entities) {
    assert.ok(e.start >= previousEnd, `sorted and disjoint at ${e.start}`);
    assert.ok(e.end > e.start && e.end <= text.length, `in bounds: ${e.start}-${e.end}`);
    assert.equal(e.text, text.slice(e.start, e.end));
    previousEnd = e.end;
  }
}

function moneyTexts(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => e.text);
}

describe('recognize', () => {
  describe('UTF-16 offsets in the original text', () => {
    const cases: [string, string][] = [
      ['outside the BMP before the amount', '𠀀𠀀总投资50亿元'],
      ['emoji before and after', '🎉🎉签约资金65.1亿元👍'],
      ['HTML entity before', '&ldquo;总投资&rdquo;50亿元'],
      ['HTML entity right before the number', '总投资&nbsp;50亿元'],
      ['pinyin gloss before', '關(guān)于总投资50亿元'],
      ['CRLF line endings', '第一段\r\n总投资50亿元\r\n第三段投资8000万元\r\n'],
      ['full-width digits', '总投资５０亿元'],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const found = recognize(text);
        assertWellFormed(text, found);
        const money = found.filter((e) => e.label === 'MONEY');
        assert.ok(money.length >= 1, 'found the amount');
        for (const m of money) assert.ok(/[0-9０-９]/.test(m.text) && /元$/.test(m.text), m.text);
      });
    }

    it('keeps exact offsets after characters outside the BMP', () => {
      const text = '𠀀😀总投资50亿元';
      const m = recognize(text).find((e) => e.label === 'MONEY')!;
      assert.equal(m.start, text.indexOf('50'));
      assert.equal(m.end, text.length);
    });

    it('keeps a pinyin gloss inside a span and leaves one after it out', () => {
      assert.deepEqual(moneyTexts('总投资5000萬(wàn)元'), ['5000萬(wàn)元']);
      const text = '总投资50亿元(yuán)，';
      assert.deepEqual(moneyTexts(text), ['50亿元']);
    });

    it('an entity-encoded amount is found and sliced from the original', () => {
      const text = '总投资&#53;0亿元';
      const found = recognize(text).filter((e) => e.label === 'MONEY');
      assertWellFormed(text, found);
      assert.deepEqual(found.map((e) => [e.text, e.value]), [['&#53;0亿元', 5e9]]);
    });
  });

  it('finds MONEY and named entities together, with MONEY attributes only on MONEY', () => {
    const text = '3月12日，新余高新区与江苏博通投资实业有限公司举行签约仪式，总投资50亿元的博通科技产业园项目顺利落户。';
    const found = recognize(text);
    assertWellFormed(text, found);
    const money = found.filter((e) => e.label === 'MONEY');
    assert.deepEqual(money.map((e) => [e.text, e.value, e.currency, e.role, e.scope]), [['50亿元', 5e9, 'CNY', 'investment', 'item']]);
    for (const e of found.filter((x) => x.label !== 'MONEY')) assert.equal(e.value, undefined);
  });

  describe('overlaps', () => {
    const span = (label: Entity['label'], start: number, end: number): Entity => ({ label, start, end, text: 'x'.repeat(end - start) });

    it('the longer span wins (a company name holding 一亿 beats the MONEY inside it)', () => {
      const kept = resolveOverlaps([span('MONEY', 2, 5), span('COMPANY', 0, 10), span('PARK', 12, 15)]);
      assert.deepEqual(kept.map((e) => e.label), ['COMPANY', 'PARK']);
    });

    it('does not depend on input order', () => {
      const spans = [span('MONEY', 0, 4), span('PARK', 2, 6), span('PROJECT', 5, 9), span('COMPANY', 8, 12)];
      const a = resolveOverlaps(spans);
      const b = resolveOverlaps([...spans].reverse());
      assert.deepEqual(a, b);
      for (let i = 1; i < a.length; i++) assert.ok(a[i - 1].end <= a[i].start);
    });

    it('keeps what a greedy pass over every span in rank order keeps (random overlapping spans)', () => {
      const labels: Entity['label'][] = ['MONEY', 'PARK', 'PROJECT', 'COMPANY'];
      let seed = 7;
      const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
      const order = { PROJECT: 0, COMPANY: 1, PARK: 2, MONEY: 3 } as const;
      for (let round = 0; round < 50; round++) {
        const spans = Array.from({ length: 60 }, () => {
          const start = next(200);
          return span(labels[next(4)], start, start + 1 + next(12));
        });
        const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || order[a.label] - order[b.label]);
        const greedy: Entity[] = [];
        for (const s of ranked) if (!greedy.some((k) => k.start < s.end && s.start < k.end)) greedy.push(s);
        assert.deepEqual(resolveOverlaps(spans), greedy.sort((a, b) => a.start - b.start));
      }
    });
  });

  describe('never throws', () => {
    const inputs: unknown[] = ['', '\n', '\r\n\r\n', '\uD800', '\uDC00亿元', '&', '&#', '&#99999999;', '(', '(ā', '亿'.repeat(1000),
      '9'.repeat(5000) + '亿元', '一'.repeat(5000) + '万元', '1,'.repeat(3000), '0.'.repeat(3000), '至'.repeat(100), '-1-2-3亿元',
      null, undefined, 42];
    for (const input of inputs) {
      it(JSON.stringify(input)?.slice(0, 40) ?? String(input), () => {
        const found = recognize(input as string);
        if (typeof input === 'string') assertWellFormed(input, found);
        else assert.deepEqual(found, []);
      });
    }
  });

  describe('Recognizer (per-paragraph cache)', () => {
    const article = ['一季度签约项目17个，合同资金达65.1亿元。', '', '总投资50亿元的博通科技产业园项目顺利落户。', '年销售收入将不低于30亿元。'].join('\n');

    it('gives the same result as recognize, call after call', () => {
      const r = new Recognizer();
      assert.deepEqual(r.recognize(article), recognize(article));
      assert.deepEqual(r.recognize(article), recognize(article));
    });

    it('after an edit, matches a fresh recognition of the edited text', () => {
      const r = new Recognizer();
      r.recognize(article);
      const edited = article.replace('50亿元', '60亿元').replace('年销售', '年销售收入X，年销售');
      assert.deepEqual(r.recognize(edited), recognize(edited));
      const money = r.recognize(edited).filter((e) => e.label === 'MONEY');
      assert.ok(money.some((e) => e.text === '60亿元' && e.value === 6e9));
    });

    it('carries a (下同) currency from paragraph to paragraph, also from the cache', () => {
      const r = new Recognizer();
      const text = '外资1.2亿美元(下同)。\n制造业利用外资8000万。';
      assert.equal(r.recognize(text)[1].currency, 'USD');
      const changed = '外资1.2亿元。\n制造业利用外资8000万。';
      assert.equal(r.recognize(changed).filter((e) => e.label === 'MONEY')[1].currency, 'CNY');
    });

    it('re-scans only what changed: a long article with one edit reuses the other paragraphs', () => {
      const paragraphs = Array.from({ length: 2000 }, (_, i) => `第${i}段，总投资${i + 1}亿元的项目。`);
      const r = new Recognizer();
      const first = r.recognize(paragraphs.join('\n'));
      paragraphs[1000] = '第1000段，总投资7.5亿元的项目。';
      const second = r.recognize(paragraphs.join('\n'));
      assert.equal(second.length, first.length);
      assert.equal(second.filter((e) => e.label === 'MONEY')[1000].value, 7.5e8);
    });
  });

  it('reads one long paragraph as it reads each of its sentences', () => {
    // Adversarial for context windows that look back over the whole paragraph (amounts, roles,
    // scopes): 20,000 sentences and no line break. Each copy yields the entities of the sentence
    // alone, moved to its place. Speed on such input is measured by `npm run bench`, not here.
    const sentence = '完成投资3亿元，总投资50亿元的博通科技产业园项目落户衡阳高新区，与江苏博通投资实业有限公司签约。';
    const alone = recognize(sentence);
    assert.ok(alone.filter((e) => e.label === 'MONEY').length === 2 && alone.length >= 5);
    const copies = 20000;
    const all = recognize(sentence.repeat(copies));
    assert.equal(all.length, alone.length * copies);
    for (let k = 0; k < copies; k += 1999) {
      const shift = k * sentence.length;
      assert.deepEqual(all.slice(k * alone.length, (k + 1) * alone.length), alone.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })));
    }
  });

  it('is deterministic', () => {
    const text = '签约项目17个，合同资金达65.1亿元，其中10亿元以上项目2个。';
    assert.deepEqual(recognize(text), recognize(text));
  });
});
