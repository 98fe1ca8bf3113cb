// The label decorations carry the labels; the TextMate grammar must not colour anything that
// could contradict them (a park suffix orange where no park was recognised, 亿 red inside an
// amount). Themes colour scopes such as constant.*, keyword.*, support.*, entity.*; they leave
// meta.* alone. So every scope the grammar assigns is a meta scope.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';

function scopeNames(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) scopeNames(child, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') found.push(value);
      else scopeNames(value, found);
    }
  }
  return found;
}

describe('TextMate grammar', () => {
  const grammar = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../syntaxes/investment-news.tmLanguage.json'), 'utf8'));

  it('assigns only neutral meta scopes, which themes do not colour', () => {
    const scopes = scopeNames(grammar.repository);
    assert.ok(scopes.length > 0);
    for (const scope of scopes) assert.match(scope, /^meta\.[a-z-.]+\.investment-news$/, scope);
  });
});
