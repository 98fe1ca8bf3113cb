import { strict as assert } from 'node:assert';
import { addVariant, learnAccepted, learnRejected, makeCanonical, removeSpelling } from '../../src/core/workspaceLexicon/lexiconEdits';
import { LexiconMatcher } from '../../src/core/workspaceLexicon/lexiconMatcher';
import type { Lexicon } from '../../src/core/workspaceLexicon/workspaceLexicon';
import { EMPTY_LEXICON, parseLexicon, serializeLexicon } from '../../src/core/workspaceLexicon/workspaceLexicon';
import { suggestLinks } from '../../src/core/links/links';
import { IncrementalAnalysis } from '../../src/core/recognition/incrementalAnalysis';
import { finish, recognize, Recognizer } from '../../src/core/recognition/recognize';
import { mergeReview } from '../../src/core/review/review';
import { computeTotals, linkedTotalsArticle } from '../../src/core/totals/totals';

const file = (names: string, rejected = '') => `{
  "format": "invest-news-lexicon",
  "version": 1,
  "names": [${names}],
  "rejected": [${rejected}]
}
`;

function parsed(text: string): Lexicon {
  const result = parseLexicon(text);
  assert.ok(result.ok, result.ok ? '' : `${result.line}: ${result.problem}`);
  return result.lexicon;
}

function namesOf(text: string, lexicon?: Lexicon): string[] {
  return recognize(text, lexicon && new LexiconMatcher(lexicon)).filter((e) => e.label !== 'MONEY').map((e) => `${e.label}:${e.text}`);
}

describe('workspace lexicon: the file', () => {
  it('reads a valid file', () => {
    const lexicon = parsed(file('\n    { "name": "甲乙产业基地", "label": "PARK", "variants": ["甲乙基地"] }\n  ', '"某某"'));
    assert.deepEqual(lexicon.names, [{ name: '甲乙产业基地', label: 'PARK', variants: ['甲乙基地'] }]);
    assert.deepEqual(lexicon.rejected, ['某某']);
  });

  const bad: [string, string, number, RegExp][] = [
    ['a syntax error names its line', '{\n  "format": "invest-news-lexicon",\n  "version": 1,\n  "names": [,\n', 4, /not valid JSON/],
    ['an unknown label, at its entry', file('\n    { "name": "甲", "label": "PARK" },\n    { "name": "乙", "label": "CITY" }\n  '), 6, /names\.1\.label/],
    ['a misspelt key is refused', file('\n    { "name": "甲", "label": "PARK", "varients": [] }\n  '), 5, /names\.0/],
    ['an empty name', file('\n    { "name": "", "label": "PARK" }\n  '), 5, /empty name/],
    ['a spelling under two entries', file('\n    { "name": "甲", "label": "PARK" },\n    { "name": "乙", "label": "PARK", "variants": ["甲"] }\n  '), 6, /already listed under “甲”/],
    ['a name also rejected', file('\n    { "name": "甲", "label": "PARK" }\n  ', '\n    "乙",\n    "甲"\n  '), 9, /both a name/],
    ['another format', '{ "format": "invest-news-annotations", "version": 1, "names": [], "rejected": [] }', 1, /format/],
  ];
  for (const [name, text, line, problem] of bad) {
    it(name, () => {
      const result = parseLexicon(text);
      assert.ok(!result.ok);
      assert.equal(result.line, line);
      assert.match(result.problem, problem);
    });
  }

  it('writes the same bytes for the same lexicon, sorted, one entry a line, and reads them back', () => {
    const a: Lexicon = { names: [{ name: '乙公司', label: 'COMPANY' }, { name: '甲园', label: 'PARK', variants: ['甲园区', '甲产业园'] }], rejected: ['丙', '丁'] };
    const b: Lexicon = { names: [...a.names].reverse(), rejected: ['丁', '丙', '丁'] };
    const text = serializeLexicon(a);
    assert.equal(serializeLexicon(b), text);
    assert.deepEqual(parsed(text).names.map((e) => e.name), ['乙公司', '甲园']);
    assert.deepEqual(parsed(text).names[1].variants, ['甲产业园', '甲园区']);
    const lines = text.split('\n');
    assert.ok(lines.includes('    { "name": "甲园", "label": "PARK", "variants": ["甲产业园", "甲园区"] },') || lines.includes('    { "name": "甲园", "label": "PARK", "variants": ["甲产业园", "甲园区"] }'), text);
    assert.ok(text.endsWith('}\n'));
    assert.equal(serializeLexicon(parsed(text)), text);
    assert.equal(serializeLexicon(EMPTY_LEXICON), file(''));
  });
});

describe('workspace lexicon: learning and edits', () => {
  it('an accepted name is added once; accepting it with another label relabels it', () => {
    const one = learnAccepted(EMPTY_LEXICON, '甲园', 'PARK');
    assert.deepEqual(one.names, [{ name: '甲园', label: 'PARK' }]);
    assert.equal(learnAccepted(one, '甲园', 'PARK'), one);
    assert.equal(learnAccepted(one, '甲园', 'PROJECT').names[0].label, 'PROJECT');
  });

  it('a rejected string is kept once, is not added over a name, and an accept takes it back', () => {
    const rejected = learnRejected(EMPTY_LEXICON, '丙');
    assert.deepEqual(rejected.rejected, ['丙']);
    assert.equal(learnRejected(rejected, '丙'), rejected);
    const named = learnAccepted(EMPTY_LEXICON, '甲园', 'PARK');
    assert.equal(learnRejected(named, '甲园'), named);
    const back = learnAccepted(rejected, '丙', 'COMPANY');
    assert.deepEqual(back.rejected, []);
    assert.equal(back.names[0].name, '丙');
  });

  it('variants join an entry (with their own variants), the canonical name can change, removal promotes a variant', () => {
    let lexicon = learnAccepted(learnAccepted(EMPTY_LEXICON, '苏州甲区', 'PARK'), '苏州甲技术开发区', 'PARK');
    lexicon = addVariant(lexicon, '苏州甲技术开发区', '苏州甲区')!;
    assert.deepEqual(lexicon.names, [{ name: '苏州甲技术开发区', label: 'PARK', variants: ['苏州甲区'] }]);
    lexicon = makeCanonical(lexicon, '苏州甲区');
    assert.deepEqual(lexicon.names, [{ name: '苏州甲区', label: 'PARK', variants: ['苏州甲技术开发区'] }]);
    lexicon = removeSpelling(lexicon, '苏州甲区');
    assert.deepEqual(lexicon.names, [{ name: '苏州甲技术开发区', label: 'PARK' }]);
    assert.equal(addVariant(lexicon, '不存在', '乙'), undefined);
    // A name with its own variants joins another entry with all of them; a rejected string joins as a spelling.
    let two: Lexicon = { names: [{ name: '甲园', label: 'PARK', variants: ['甲园区'] }, { name: '甲产业园', label: 'PARK' }], rejected: ['甲公园'] };
    two = addVariant(two, '甲产业园', '甲园')!;
    two = addVariant(two, '甲产业园', '甲公园')!;
    assert.deepEqual(two, { names: [{ name: '甲产业园', label: 'PARK', variants: ['甲园', '甲园区', '甲公园'] }], rejected: [] });
    assert.ok(parseLexicon(serializeLexicon(two)).ok);
    assert.ok(parseLexicon(serializeLexicon(lexicon)).ok);
  });
});

describe('workspace lexicon: in recognition', () => {
  const text = '近日，星河湾与丙丁公司签约。星河湾位于城南。';

  it('an accepted name is suggested wherever it occurs, with its label', () => {
    const before = namesOf(text);
    assert.ok(!before.some((n) => n.endsWith(':星河湾')), `the recogniser alone already finds it: ${before.join(' ')}`);
    const lexicon = learnAccepted(EMPTY_LEXICON, '星河湾', 'PARK');
    assert.deepEqual(namesOf(text, lexicon), ['PARK:星河湾', 'COMPANY:丙丁公司', 'PARK:星河湾']);
  });

  it('a rejected string wins over the recogniser', () => {
    const sentence = '近日，衡阳高新区举行招商引资项目集中签约仪式。';
    assert.ok(namesOf(sentence).includes('PARK:衡阳高新区'));
    const lexicon = learnRejected(EMPTY_LEXICON, '衡阳高新区');
    assert.ok(!namesOf(sentence, lexicon).some((n) => n.endsWith(':衡阳高新区')));
  });

  it('a lexicon name replaces the recognised names it overlaps, but not a longer one holding it', () => {
    const sentence = '衡阳高新区投资集团举行签约。科技城智能制造项目开工，位于科技城。';
    const plain = namesOf(sentence);
    assert.ok(plain.includes('PARK:衡阳高新区') && plain.includes('PROJECT:科技城智能制造项目'), plain.join(' '));
    const lexicon = learnAccepted(learnAccepted(EMPTY_LEXICON, '衡阳高新区投资集团', 'COMPANY'), '科技城', 'PARK');
    assert.deepEqual(namesOf(sentence, lexicon), ['COMPANY:衡阳高新区投资集团', 'PROJECT:科技城智能制造项目', 'PARK:科技城']);
  });

  it('the lexicon label wins on the same span', () => {
    const lexicon = learnAccepted(EMPTY_LEXICON, '衡阳高新区', 'COMPANY');
    assert.deepEqual(namesOf('衡阳高新区举行签约。', lexicon), ['COMPANY:衡阳高新区']);
  });

  it('an article analysed edit by edit gives what a full recognition with the lexicon gives', () => {
    const matcher = new LexiconMatcher(learnRejected(learnAccepted(EMPTY_LEXICON, '星河湾', 'PARK'), '丙丁公司'));
    const before = '近日，星河湾与丙丁公司签约。\n第二段：星河湾位于城南。\n';
    const analysis = new IncrementalAnalysis(matcher);
    analysis.update(before);
    const offset = before.indexOf('城南');
    const after = `${before.slice(0, offset)}星河湾北${before.slice(offset)}`;
    analysis.update(after, [{ offset, removed: 0, inserted: '星河湾北' }]);
    assert.deepEqual(analysis.suggestions.map((e) => `${e.label}:${e.text}@${e.start}`), recognize(after, matcher).map((e) => `${e.label}:${e.text}@${e.start}`));
    assert.equal(analysis.suggestions.filter((e) => e.text === '星河湾').length, 3);
    assert.ok(!analysis.suggestions.some((e) => e.text === '丙丁公司'));
  });

  it('a first analysis in slices (a large article painted viewport first) recognises with the lexicon too', () => {
    const matcher = new LexiconMatcher(learnRejected(learnAccepted(EMPTY_LEXICON, '星河湾', 'PARK'), '丙丁公司'));
    const article = Array.from({ length: 200 }, (_, i) => `第${i + 1}段：近日，星河湾与丙丁公司签约。`).join('\n');
    const analysis = new IncrementalAnalysis(matcher);
    finish(analysis.recognizeAllInSlices(article, 500));
    assert.deepEqual(analysis.suggestions, recognize(article, matcher));
    assert.equal(analysis.suggestions.filter((e) => e.text === '星河湾').length, 200, 'its name in every slice');
    assert.ok(!analysis.suggestions.some((e) => e.text === '丙丁公司'), 'its rejected string in none');
    assert.deepEqual(finish(new Recognizer(matcher).recognizeInSlices(article, 500)), recognize(article, matcher));
  });

  it('matches folded spellings (Traditional characters)', () => {
    const lexicon = learnAccepted(EMPTY_LEXICON, '甲乙产业基地', 'PARK');
    assert.ok(namesOf('甲乙產業基地舉行簽約', lexicon).includes('PARK:甲乙產業基地'));
  });

  it('variants merge the totals of one park', () => {
    const article = '甲乙产业基地签约项目，总投资50亿元。甲乙基地签约项目，总投资30亿元。';
    let lexicon = learnAccepted(learnAccepted(EMPTY_LEXICON, '甲乙产业基地', 'PARK'), '甲乙基地', 'PARK');
    const parks = (matcher: LexiconMatcher) => {
      const suggestions = recognize(article, matcher);
      const items = mergeReview(suggestions, []);
      const linked = { items, suggestions, links: [], suggestedLinks: suggestLinks(article, suggestions), canonicalName: (t: string) => matcher.canonicalName(t) };
      return computeTotals([linkedTotalsArticle('a.txt', article, linked)]).parks.map((p) => p.name);
    };
    const apart = parks(new LexiconMatcher(lexicon)).filter((name) => name !== '');
    assert.deepEqual(apart.sort(), ['甲乙产业基地', '甲乙基地']);
    lexicon = addVariant(lexicon, '甲乙产业基地', '甲乙基地')!;
    assert.deepEqual(parks(new LexiconMatcher(lexicon)).filter((name) => name !== ''), ['甲乙产业基地']);
  });
});
