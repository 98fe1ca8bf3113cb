// A whole article is read in batches of paragraphs, the amounts of a batch before its names (recognize.ts,
// `readInBatches`): the same entities as reading each paragraph whole in turn (the Recognizer's way), with the
// currency of `(下同)` and a park's declared short name carried from batch to batch.
import { strict as assert } from 'node:assert';
import { recognize, Recognizer } from '../../src/core/recognition/recognize';

const DECLARING = '记者从桐溪经济技术开发区(简称“桐开区”)获悉,今年引进外资项目总投资5亿美元(下同)。';
const FILLER = '当地举行产业推介活动,多家企业代表参加座谈。';
const LATER = '桐开区新签约的智能装备项目投资3亿,建成后年产值8亿元。';

/** The declaring paragraph, then `fillers` paragraphs of filler, then the later one. */
function article(fillers: number): string {
  return [DECLARING, ...Array.from({ length: fillers }, () => FILLER), LATER].join('\n');
}

describe('paragraphs read in batches', () => {
  it('gives what reading the paragraphs one by one gives, on a text of several batches', () => {
    const text = article(5000);
    assert.ok(text.length > 3 * (1 << 15), 'the text spans several batches');
    assert.deepEqual(recognize(text), new Recognizer().recognize(text));
  });

  it('carries the (下同) currency past a batch boundary', () => {
    const found = recognize(article(5000));
    const lastStart = article(5000).length - LATER.length;
    const later = found.filter((e) => e.start >= lastStart);
    assert.deepEqual(later.map((e) => [e.label, e.text, e.currency]), [
      ['PARK', '桐开区', undefined],
      ['MONEY', '3亿', 'USD'],
      ['MONEY', '8亿元', 'CNY'],
    ]);
  });

  it('reads a bare amount as yuan when no (下同) came before', () => {
    const text = [FILLER, LATER].join('\n');
    assert.equal(recognize(text).find((e) => e.text === '3亿')?.currency, 'CNY');
  });

  it('reads lines of a page cut short as one paragraph, as the Recognizer does', () => {
    // Short lines of equal width (text pulled from a PDF): one sentence across the breaks.
    const wrapped = ['桐溪经济技术开发区今年新签约项目十二个', '总投资达到45亿元其中智能装备项目投资', '12亿元已经全面开工建设并带动就业'].join('\n');
    const text = `${DECLARING}\n${wrapped}\n${LATER}`;
    assert.deepEqual(recognize(text), new Recognizer().recognize(text));
  });
});
