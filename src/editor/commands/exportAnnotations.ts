// `investNews.export`: writes the annotations of this article, a folder or the workspace in one
// of six formats (src/core/interop). From the palette it asks for scope, format, whether to
// include unreviewed suggestions, and the destination; a script or test passes
// ExportCommandOptions and is asked nothing it already answered.
import * as vscode from 'vscode';
import type { AnnotatedArticle, ExportResult, Format } from '../../core/interop/annotatedArticle';
import { FORMATS } from '../../core/interop/annotatedArticle';
import { annotatedArticle, relativeToCommonFolder } from '../../core/interop/collect';
import { renderExportSummary } from '../../core/interop/report';
import { mergeReview } from '../../core/review';
import { LABELS } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';
import type { AnnotationStore } from '../annotationStore';
import { formatTable, recognition } from '../deferredModules';
import { CommandId } from '../ids';
import { currentText, findArticles, interopChannel, openDocument } from './interopArticles';

export type ExportScope = 'article' | 'folder' | 'workspace';

export interface ExportCommandOptions {
  /** Which articles; ignored when `articles` is given. */
  scope?: ExportScope;
  /** The folder of the `folder` scope. */
  folder?: vscode.Uri;
  /** Explicit articles (skips the scope). */
  articles?: vscode.Uri[];
  format?: Format;
  includeSuggestions?: boolean;
  /** A folder (brat, or any format: default file names) or the main file. */
  destination?: vscode.Uri;
  /** doccano offsets in grapheme clusters. */
  doccanoGraphemes?: boolean;
}

export interface ExportCommandResult {
  files: vscode.Uri[];
  articles: number;
  counts: ExportResult['counts'];
  skipped: ExportResult['skipped'];
}

export function registerExportAnnotations(context: vscode.ExtensionContext, store: AnnotationStore, analysis: AnalysisCache): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.export, (options?: ExportCommandOptions) => exportAnnotations(context, store, analysis, options ?? {})),
  );
}

const DEFAULT_NAMES: Record<Format, string> = {
  jsonl: 'annotations.jsonl',
  csv: 'annotations.csv',
  brat: 'brat',
  'label-studio': 'label-studio-tasks.json',
  doccano: 'doccano.jsonl',
  conll: 'annotations.conll',
};

async function exportAnnotations(context: vscode.ExtensionContext, store: AnnotationStore, analysis: AnalysisCache, options: ExportCommandOptions): Promise<ExportCommandResult | undefined> {
  const articles = options.articles ?? (await pickArticles(options));
  if (!articles) return undefined;
  if (articles.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No articles to export here (setting investNews.include decides which files are articles).'));
    return undefined;
  }
  const format = options.format ?? (await pickFormat());
  if (!format) return undefined;
  const includeSuggestions = options.includeSuggestions ?? (await pickSuggestions());
  if (includeSuggestions === undefined) return undefined;
  const destination = options.destination ?? (await pickDestination(format, articles[0]));
  if (!destination) return undefined;

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations'), cancellable: true },
    async (progress, token) => {
      const names = relativeToCommonFolder(articles.map((a) => a.path));
      const collected: AnnotatedArticle[] = [];
      const unreadable: string[] = [];
      for (const [i, article] of articles.entries()) {
        if (token.isCancellationRequested) return undefined;
        progress.report({ message: `${i + 1}/${articles.length} ${names[i]}`, increment: 100 / articles.length });
        const text = await currentText(article);
        if (text === undefined) {
          unreadable.push(names[i]);
          continue;
        }
        const state = await store.load(article);
        if (state.problem) {
          unreadable.push(`${names[i]}: ${state.problem.message}`);
          continue;
        }
        const document = openDocument(article);
        const items = document && analysis.isCovered(document) ? analysis.get(document).items : mergeReview(includeSuggestions ? recognition().recognize(text) : [], state.annotations);
        collected.push(annotatedArticle(names[i], text, items, includeSuggestions));
      }
      const result = formatTable().exportFormat(format, collected, { doccanoGraphemes: options.doccanoGraphemes });
      result.skipped.push(...unreadable.map((file) => ({ file, reason: vscode.l10n.t('not exported: the article or its annotation file cannot be read') })));
      const written = await writeResult(result, destination, formatTable().exportsFolder(format), new Set([...articles.map((a) => a.toString()), ...articles.map((a) => store.sidecarUri(a).toString())]));
      if (!written) return undefined;
      const channel = interopChannel(context);
      channel.appendLine(renderExportSummary(format, collected.length, result, written.map((u) => u.fsPath), includeSuggestions));
      const total = LABELS.reduce((n, l) => n + result.counts[l], 0);
      const message = vscode.l10n.t('Exported {0} annotations of {1} articles as {2} ({3}).', total, collected.length, format, offsetConvention(format, options.doccanoGraphemes)) +
        (result.skipped.length ? ` ${vscode.l10n.t('{0} skipped: see the report.', result.skipped.length)}` : '');
      const show = vscode.l10n.t('Show Report');
      void vscode.window.showInformationMessage(message, show).then((choice) => choice === show && channel.show());
      return { files: written, articles: collected.length, counts: result.counts, skipped: result.skipped };
    },
  );
}

/** Writes the files; refuses (with a message) to replace an article or a sidecar. */
async function writeResult(result: ExportResult, destination: vscode.Uri, folder: boolean, protectedUris: Set<string>): Promise<vscode.Uri[] | undefined> {
  let isDirectory = false;
  try {
    isDirectory = ((await vscode.workspace.fs.stat(destination)).type & vscode.FileType.Directory) !== 0;
  } catch {
    isDirectory = folder || !/\.[^/.]+$/.test(destination.path);
  }
  const targets = result.files.map((file, i) =>
    isDirectory ? vscode.Uri.joinPath(destination, ...file.path.split('/')) : i === 0 ? destination : vscode.Uri.joinPath(destination, '..', file.path),
  );
  const clash = targets.find((t) => protectedUris.has(t.toString()));
  if (clash) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: {0} is an article or an annotation file. Choose another destination.', vscode.workspace.asRelativePath(clash)));
    return undefined;
  }
  const encoder = new TextEncoder();
  for (const [i, target] of targets.entries()) {
    const file = result.files[i];
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, encoder.encode(file.bom ? `\ufeff${file.content}` : file.content));
  }
  return targets;
}

async function pickArticles(options: ExportCommandOptions): Promise<vscode.Uri[] | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const scope = options.scope ?? (await pickScope(active !== undefined));
  if (scope === undefined) return undefined;
  if (scope === 'article') {
    if (!active) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first, or export a folder or the workspace.'));
      return undefined;
    }
    return [active.uri];
  }
  if (scope === 'workspace') return findArticles();
  const folder =
    options.folder ??
    (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Export This Folder') }))?.[0];
  return folder ? findArticles(folder) : undefined;
}

async function pickScope(hasActive: boolean): Promise<ExportScope | undefined> {
  const items: (vscode.QuickPickItem & { value: ExportScope })[] = [
    ...(hasActive ? [{ label: vscode.l10n.t('This article'), value: 'article' as const }] : []),
    { label: vscode.l10n.t('A folder…'), value: 'folder' },
    { label: vscode.l10n.t('The whole workspace'), value: 'workspace' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export the annotations of') }))?.value;
}

async function pickFormat(): Promise<Format | undefined> {
  const details: Record<Format, string> = {
    jsonl: vscode.l10n.t('One article a line with every attribute (this tool’s own format)'),
    csv: vscode.l10n.t('One annotation a row, for spreadsheets (UTF-8 with BOM)'),
    brat: vscode.l10n.t('brat standoff: .txt and .ann pairs with annotation.conf'),
    'label-studio': vscode.l10n.t('Label Studio tasks for the NER template, with its labeling config'),
    doccano: vscode.l10n.t('doccano sequence labeling JSONL'),
    conll: vscode.l10n.t('Character-level BIO for training taggers (no attributes)'),
  };
  const items = FORMATS.map((f) => ({ label: f, description: offsetConvention(f), detail: details[f], value: f }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export format') }))?.value;
}

async function pickSuggestions(): Promise<boolean | undefined> {
  const items = [
    { label: vscode.l10n.t('Accepted annotations only'), value: false },
    { label: vscode.l10n.t('Accepted annotations and unreviewed suggestions'), detail: vscode.l10n.t('Suggestions are marked as such in the export'), value: true },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Include unreviewed suggestions?') }))?.value;
}

async function pickDestination(format: Format, near: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = vscode.workspace.getWorkspaceFolder(near)?.uri ?? vscode.Uri.joinPath(near, '..');
  if (formatTable().exportsFolder(format)) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      defaultUri: base,
      openLabel: vscode.l10n.t('Export Into This Folder'),
    });
    return picked?.[0];
  }
  const extension = DEFAULT_NAMES[format].split('.').pop() as string;
  return vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(base, DEFAULT_NAMES[format]), filters: { [format]: [extension] }, saveLabel: vscode.l10n.t('Export') });
}

/** What the format's offsets count (the core's OFFSET_CONVENTION, in the user's language). */
function offsetConvention(format: Format, doccanoGraphemes = false): string {
  switch (format) {
    case 'jsonl':
    case 'csv':
      return vscode.l10n.t('offsets in UTF-16 code units, as the annotation files');
    case 'brat':
    case 'label-studio':
      return vscode.l10n.t('offsets in code points, as {0} counts', format === 'brat' ? 'brat' : 'Label Studio');
    case 'doccano':
      return doccanoGraphemes ? vscode.l10n.t('offsets in grapheme clusters, doccano’s grapheme mode') : vscode.l10n.t('offsets in UTF-16 code units, doccano’s default');
    case 'conll':
      return vscode.l10n.t('no offsets: one character a line');
  }
}
