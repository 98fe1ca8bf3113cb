// The summary panel's strings, localised on the host (vscode.l10n, l10n/bundle.l10n.*.json)
// and sent to the webview in `init`: the webview has no access to VS Code's localisation.
// Each call has a literal English text, so the l10n tooling can extract them.
import * as vscode from 'vscode';
import { LABELS, MONEY_ROLES } from '../core/types';
import type { Strings } from '../webview/protocol';
import { labelName, roleName } from './displayNames';

export function summaryStrings(): Strings {
  // The label and role names are the ones hovers and quick picks use (displayNames.ts).
  return {
    title: vscode.l10n.t('Investment summary'),
    scopeArticle: vscode.l10n.t('Active article'),
    scopeCorpus: vscode.l10n.t('Corpus'),
    scan: vscode.l10n.t('Scan corpus'),
    rescan: vscode.l10n.t('Rescan'),
    cancel: vscode.l10n.t('Cancel'),
    noArticle: vscode.l10n.t('Open a covered article to see its totals.'),
    noCorpus: vscode.l10n.t('Scan the corpus to see its totals.'),
    scanning: vscode.l10n.t('Scanning: {0} of {1} files…'),
    scanCancelled: vscode.l10n.t('Scan cancelled after {0} of {1} files.'),
    scanFailed: vscode.l10n.t('Scan failed after {0} of {1} files.'),
    totalsHeading: vscode.l10n.t('Totals by currency and role'),
    currency: vscode.l10n.t('Currency'),
    role: vscode.l10n.t('Role'),
    itemised: vscode.l10n.t('Itemised'),
    aggregate: vscode.l10n.t('Stated aggregate'),
    difference: vscode.l10n.t('Difference'),
    accepted: vscode.l10n.t('Accepted'),
    suggested: vscode.l10n.t('Unreviewed suggestions'),
    rejected: vscode.l10n.t('Rejected'),
    unreviewed: vscode.l10n.t('Unreviewed'),
    thresholds: vscode.l10n.t('Thresholds'),
    thresholdsNote: vscode.l10n.t('Size classes such as “10亿元以上项目”: listed, never summed.'),
    park: vscode.l10n.t('Park'),
    perProject: vscode.l10n.t('Per project'),
    perCompany: vscode.l10n.t('Per company'),
    noPark: vscode.l10n.t('(no park)'),
    noProject: vscode.l10n.t('(no project)'),
    noCompany: vscode.l10n.t('(no company)'),
    suggestedLinks: vscode.l10n.t('Suggested links'),
    suggestedLinksNote: vscode.l10n.t('Amounts are summed by their links: accepted links first, the engine’s suggested links otherwise (counted in “Suggested links”); an amount without a link is summed in the “(no …)” row, never guessed.'),
    perFile: vscode.l10n.t('Files'),
    review: vscode.l10n.t('Review progress'),
    label: vscode.l10n.t('Label'),
    status: vscode.l10n.t('Status'),
    annotations: vscode.l10n.t('Annotations'),
    search: vscode.l10n.t('Search text or file'),
    all: vscode.l10n.t('all'),
    text: vscode.l10n.t('Text'),
    amount: vscode.l10n.t('Amount'),
    file: vscode.l10n.t('File'),
    position: vscode.l10n.t('Position'),
    chartTitle: vscode.l10n.t('Itemised amounts per park'),
    noData: vscode.l10n.t('Nothing to show.'),
    truncated: vscode.l10n.t('Showing {0} of {1} rows.'),
    name: vscode.l10n.t('Name'),
    fileCount: vscode.l10n.t('Files'),
    total: vscode.l10n.t('With suggestions'),
    revealHint: vscode.l10n.t('Click to show in the editor'),
    tabOverview: vscode.l10n.t('Overview'),
    tabTable: vscode.l10n.t('Annotations'),
    tabBreakdown: vscode.l10n.t('Parks, projects, files'),
    rows: vscode.l10n.t('Rows'),
    tabRecords: vscode.l10n.t('Records'),
    searchRecords: vscode.l10n.t('Search amount, company, project, park or file'),
    suggestedLinksOnly: vscode.l10n.t('Only records with a suggested link'),
    recordsNote: vscode.l10n.t('One row per amount, with the company, project and park its links name (“suggested link”: the engine’s, not yet accepted). In the corpus, a record reported by several articles (same project, role and value) is one row listing every source. Click a row or press Enter to show its amount.'),
    corpusTotalsNote: vscode.l10n.t('Across articles, a project amount reported by several articles (same project, role and value) is counted once; stated totals are listed below, not summed, and no difference is built on them.'),
    statedHeading: vscode.l10n.t('Stated totals (listed, not summed)'),
    statedNote: vscode.l10n.t('Each is one article’s claim about a set of projects at a date: adding them across articles or periods would add overlapping sets.'),
    repeatedHeading: vscode.l10n.t('Records reported by several articles (counted once)'),
    repeatedNote: vscode.l10n.t('The same project, role and value in several articles: counted once, in the first article listed.'),
    itemisedOnce: vscode.l10n.t('Itemised, each record once'),
    statedListed: vscode.l10n.t('Stated totals (listed)'),
    project: vscode.l10n.t('Project'),
    company: vscode.l10n.t('Company'),
    sources: vscode.l10n.t('Sources'),
    figureItemised: vscode.l10n.t('{0}, itemised ({1})'),
    figureStated: vscode.l10n.t('{0}, stated total ({1})'),
    figureStatedCount: vscode.l10n.t('{0}, stated totals (listed)'),
    suggestedLink: vscode.l10n.t('suggested link'),
    suggestedLinkHint: vscode.l10n.t('The engine’s suggested link: accept or change it in the editor (hover or quick fix).'),
    ...keyed('label.', LABELS, labelName),
    ...keyed('role.', MONEY_ROLES, roleName),
  } satisfies Strings;
}

/** `{ [prefix + key]: name(key) }` for every key, typed by its keys. */
function keyed<P extends string, K extends string>(prefix: P, keys: readonly K[], name: (key: K) => string): Record<`${P}${K}`, string> {
  return Object.fromEntries(keys.map((key) => [`${prefix}${key}`, name(key)])) as Record<`${P}${K}`, string>;
}
