// The summary panel's messages for the sample articles, made by the real core exactly as the
// host makes them (src/editor/summaryPanel.ts for one article, the corpus worker for the
// corpus): recognition, links, the review merge, the records, the totals and the table rows.
// test/e2e/panelLayout.mjs posts them to the real webview bundle in Chromium.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeArticle } from '../../src/core/decode';
import { withLinks } from '../../src/core/links/links';
import { recognize } from '../../src/core/recognition/recognize';
import { articleRecords } from '../../src/core/totals/records';
import { mergeReview } from '../../src/core/review/review';
import { articleTotals } from '../../src/core/totals/articleTotals';
import { combineTotals } from '../../src/core/totals/totalsAccumulator';
import { mergeRecordRows, recordRowsOf, rowsOf } from '../../src/corpusWorker/tableRows';
import { LABELS, MONEY_ROLES } from '../../src/core/types';
import type { InitMessage, StringKey, Strings, SummaryMessage } from '../../src/webview/protocol';
import { STRING_KEYS } from '../../src/webview/protocol';

/** The panel's English strings, read from the literals of src/editor/summaryStrings.ts (the host's source of them). */
export function englishStrings(root: string): Strings {
  const source = readFileSync(join(root, 'src', 'editor', 'summaryStrings.ts'), 'utf8');
  const strings: Partial<Record<StringKey, string>> = {};
  for (const match of source.matchAll(/^\s*(\w+): vscode\.l10n\.t\((['"])(.*?)\2\)/gm)) strings[match[1] as StringKey] = match[3].replace(/\\'/g, "'");
  for (const label of LABELS) strings[`label.${label}`] = label.charAt(0) + label.slice(1).toLowerCase();
  for (const role of MONEY_ROLES) strings[`role.${role}`] = role;
  const missing = STRING_KEYS.filter((key) => strings[key] === undefined);
  if (missing.length) throw new Error(`panel strings not found in summaryStrings.ts: ${missing.join(', ')}`);
  return strings as Strings;
}

export interface PanelMessages {
  init: InitMessage;
  article: SummaryMessage;
  corpus: SummaryMessage;
}

/** `init`, the summary of the first article, and the summary of the whole folder. */
export function panelMessages(root: string, folder: string): PanelMessages {
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const articles = files.map((name) => {
    const decoded = decodeArticle(readFileSync(join(folder, name)));
    if (!decoded.ok) throw new Error(`${name}: ${decoded.reason}`);
    const text = decoded.text;
    const suggestions = withLinks(text, recognize(text));
    const items = mergeReview(suggestions, []);
    const records = articleRecords({ items, suggestions, links: [] });
    const uri = pathToFileURL(join(folder, name)).toString();
    return { name, uri, totals: articleTotals({ file: name, text, items, records }), rows: rowsOf(items, uri, name), records: recordRowsOf(records, uri, name) };
  });
  const [first] = articles;
  const summary = (scope: SummaryMessage['scope'], title: string, chosen: typeof articles, generation: number): SummaryMessage => ({
    type: 'summary', scope, generation, title,
    totals: combineTotals(chosen.map((a) => a.totals)),
    rows: chosen.flatMap((a) => a.rows), omittedRows: 0,
    records: mergeRecordRows(chosen.flatMap((a) => a.records)), omittedRecords: 0,
    problems: [],
  });
  return {
    init: { type: 'init', strings: englishStrings(root), locale: 'en', scope: 'article' },
    article: summary('article', first.name, [first], 1),
    corpus: summary('corpus', 'samples', articles, 2),
  };
}
