import { strict as assert } from 'node:assert';
import { globMatcher } from '../../src/cli/glob';

describe('globMatcher (--include)', () => {
  const cases: [string, string, boolean][] = [
    ['*.txt', 'a.txt', true],
    ['*.txt', 'deep/er/a.txt', true], // no slash: the file name alone
    ['*.txt', 'a.txt.ann.json', false],
    ['*.txt', 'a.md', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['news/*.txt', 'news/a.txt', true],
    ['news/*.txt', 'news/old/a.txt', false],
    ['news/**/*.txt', 'news/a.txt', true],
    ['news/**/*.txt', 'news/old/2023/a.txt', true],
    ['news/**', 'news/old/a.md', true],
    ['**/2023/*', 'x/2023/a.txt', true],
    ['**/2023/*', 'x/2024/a.txt', false],
    ['?.txt', 'a.txt', true],
    ['?.txt', 'ab.txt', false],
    ['*.{txt,md}', 'a.md', true],
    ['*.{txt,md}', 'a.csv', false],
    ['[ab]*.txt', 'b1.txt', true],
    ['[!ab]*.txt', 'b1.txt', false],
    ['a+b(1).txt', 'a+b(1).txt', true],
    ['a.txt', 'abtxt', false],
    ['./*.txt', 'a.txt', true],
  ];
  for (const [pattern, path, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(globMatcher(pattern)(path), expected));
  }

  it('matches names holding a line break (a character of a name like any other)', () => {
    assert.equal(globMatcher('**')('first\nbatch.jsonl'), true);
    assert.equal(globMatcher('**/*.jsonl')('in/first\nbatch.jsonl'), true);
    assert.equal(globMatcher('*.txt')('a\nb.txt'), true);
  });
});
