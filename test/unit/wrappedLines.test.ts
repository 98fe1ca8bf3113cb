// Lines of a page cut short (text pulled from a PDF) read as one paragraph: the sentence goes on
// across the breaks for the amounts' role and scope, and an edit near them is read with the whole text.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalAnalysis } from '../../src/core/recognition/incrementalAnalysis';
import { recognize } from '../../src/core/recognition/recognize';
import { anyLineContinues, wrappedRunEnd } from '../../src/core/recognition/wrappedLines';

/** An invented report page, cut at one width as PDF text keeps it (a count and its projects on two lines). */
const PAGE = [
  '一、重点工作进展。今年以来,园区推动青禾新材、澄湖电子、岚峰机械等 16 个',
  '项目开工建设,远山食品、禾丰包装等 4 个项目建成投产,新培育规上企业 5 户。1-9 月,',
  '园区 72 家规上企业完成工业总产值 41.26 亿元、增长 12.4%,完成固定资产投资 18.37 亿',
  '元,其中基础设施投资 2.95 亿元、工业投资 15.42 亿元。引进智能仓储、冷链物流等 8 个',
  '产业项目落户园区,总投资 46 亿元。',
].join('\n');

function amounts(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'MONEY').map((e) => `${e.text} ${e.role} ${e.scope}`);
}

describe('lines of a page cut short', () => {
  it('reads a count on one line with the amount on the next as one sentence', () => {
    assert.deepEqual(amounts(`某县园区工作总结\n${PAGE}\n`), [
      '41.26 亿元 revenue aggregate',
      '18.37 亿\n元 completed aggregate',
      '2.95 亿元 completed aggregate',
      '15.42 亿元 completed aggregate',
      '46 亿元 investment aggregate',
    ]);
  });

  it('reads such lines the same with CRLF line endings', () => {
    const crlf = amounts(`某县园区工作总结\r\n${PAGE.replace(/\n/g, '\r\n')}\r\n`);
    assert.deepEqual(crlf.map((a) => a.replace('\r\n', '\n')), amounts(`某县园区工作总结\n${PAGE}\n`));
  });

  it('joins only lines of a page width with another line of that width next to them', () => {
    const lines = PAGE.split('\n');
    const ends = (text: string, line: number) => {
      const starts = [0];
      for (let k = 0; k < text.length; k++) if (text[k] === '\n') starts.push(k + 1);
      const end = text.indexOf('\n', starts[line]);
      return wrappedRunEnd(text, line > 0 ? starts[line - 1] : -1, starts[line], end < 0 ? text.length : end);
    };
    assert.equal(ends(PAGE, 0), PAGE.length, 'the whole page is one run');
    // A headline, a byline or a date line is never cut to a page's width twice in a row.
    const web = '澄州第三季度集中签约58个重点项目总投资416亿元\n发布时间:2025-07-14 来源:澄州商务局\n近日,澄州第三季度重点项目集中签约。';
    assert.equal(ends(web, 0), web.indexOf('\n'));
    // A line that ends its sentence, or a next line that opens a heading, ends the run.
    const headed = `${lines[0]}\n${lines[1]}\n(二)产业招商。全年新引进项目 9 个,签约金额 23 亿元。`;
    assert.equal(ends(headed, 0), headed.lastIndexOf('\n'));
    assert.equal(anyLineContinues(web, true), false);
    assert.equal(anyLineContinues(PAGE, true), true);
  });

  it('joins a line ending in a figure to the next opening with its money unit, whatever their widths', () => {
    const text = '目。\n2.园区提质增效。1—6 月,园区规模工业产值 86.4\n亿元,同比增长 12%;固定投资 9.3 亿元,同比增长 6%;\n';
    assert.deepEqual(amounts(text), ['86.4\n亿元 revenue aggregate', '9.3 亿元 completed aggregate']);
    // A figure that is no amount (`1—6 月` then a line) stays apart.
    assert.equal(anyLineContinues('园区新增企业 12\n家,同比增长 8%。', true), false);
  });

  it('gives what a full recognition gives after an edit in or near such lines', () => {
    const samplesDir = join(__dirname, '..', '..', '..', 'samples');
    const article = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 2).map((f) => readFileSync(join(samplesDir, f), 'utf8')).join('\n');
    const base = `${article}\n${PAGE}\n${article}`;
    const at = article.length + 1;
    const edits = [
      { offset: at + PAGE.indexOf('46'), removed: 2, inserted: '52' },
      // A break inside a line of the page, and one taken away: the runs change around the edit.
      { offset: at + PAGE.indexOf('远山'), removed: 0, inserted: '\n' },
      { offset: at + PAGE.indexOf('\n'), removed: 1, inserted: '' },
      // Right before the page: the line above it becomes one of its width.
      { offset: at - 1, removed: 0, inserted: '\n全年推动项目建设,青禾新材、澄湖电子、岚峰机械、远山食品等企业扩产增效,新增产能 3' },
    ];
    for (const change of edits) {
      const analysis = new IncrementalAnalysis();
      analysis.update(base);
      const text = base.slice(0, change.offset) + change.inserted + base.slice(change.offset + change.removed);
      analysis.update(text, [change]);
      assert.deepEqual(analysis.suggestions, recognize(text), JSON.stringify(change));
    }
    // An article without such lines is still patched paragraph by paragraph, next to a page too.
    const plain = `${article}\n${article}`;
    const analysis = new IncrementalAnalysis();
    analysis.update(plain);
    const offset = article.length - 3;
    const inserted = `\n${PAGE}\n`;
    const text = plain.slice(0, offset) + inserted + plain.slice(offset);
    assert.equal(analysis.update(text, [{ offset, removed: 0, inserted }]), undefined, 'a page cut short is read with the whole text');
    assert.deepEqual(analysis.suggestions, recognize(text));
  });
});
