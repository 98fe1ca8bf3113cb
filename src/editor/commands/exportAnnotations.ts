// `investNews.export`: writes the annotations of this article, a folder or the workspace in one
// of six formats (src/core/interop). From the palette it asks for scope, format, whether to
// include unreviewed suggestions, and the destination; a script or test passes
// ExportCommandOptions and is asked nothing it already answered.
import * as vscode from 'vscode';
import type { AnnotatedArticle, ExportResult, Format } from '../../core/interop/annotatedArticle';
import { FORMAT_TABLE, FORMATS } from '../../core/interop/annotatedArticle';
import { annotatedArticle, relativeToCommonFolder } from '../../core/interop/collect';
import type { DestinationKind } from '../../core/interop/exportPlacement';
import { defaultExportFolderName, looksLikeArticle, overwriteRefusal, placeExport } from '../../core/interop/exportPlacement';
import { renderExportSummary } from '../../core/interop/report';
import { SIDECAR_SUFFIX } from '../../core/sidecar/sidecarFormat';
import { LinkIndex } from '../../core/links/linkReview';
import { mergeReview } from '../../core/review/review';
import { LABELS } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';
import type { AnnotationStore } from '../annotationStore';
import { formatTable, recognition } from '../deferredModules';
import { CommandId } from '../ids';
import { markExported } from '../walkthroughProgress';
import { writeAllOrNothing } from '../writeAllOrNothing';
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
        const covered = document && analysis.isCovered(document);
        const suggestions = covered ? analysis.get(document).suggestions : includeSuggestions ? recognition().recognize(text, analysis.lexicon) : [];
        const items = covered ? analysis.get(document).items : mergeReview(suggestions, state.annotations);
        // The engine's links only when suggestions leave too; accepted links come from the sidecar.
        const suggestedLinks = !includeSuggestions ? [] : covered ? analysis.links(document) : formatTable().suggestLinks(text, suggestions);
        collected.push(annotatedArticle(names[i], text, items, includeSuggestions, new LinkIndex(items, suggestions, state.links, suggestedLinks)));
      }
      const result = formatTable().exportFormat(format, collected, { doccanoGraphemes: options.doccanoGraphemes });
      result.skipped.push(...unreadable.map((file) => ({ file, reason: vscode.l10n.t('not exported: the article or its annotation file cannot be read') })));
      const written = await writeResult(format, result, destination, store, new Set([...articles.map((a) => a.toString()), ...articles.map((a) => store.sidecarUri(a).toString())]));
      if (!written) return undefined;
      const channel = interopChannel(context);
      channel.appendLine(renderExportSummary(format, collected.length, result, written.map((u) => u.fsPath), includeSuggestions));
      const total = LABELS.reduce((n, l) => n + result.counts[l], 0);
      const message = vscode.l10n.t('Exported {0} annotations of {1} articles as {2} ({3}).', total, collected.length, format, offsetConvention(format, options.doccanoGraphemes)) +
        (result.skipped.length ? ` ${vscode.l10n.t('{0} skipped: see the report.', result.skipped.length)}` : '');
      void markExported(context);
      // The report stays open in the panel; the notification may be dismissed by a timeout.
      channel.show(true);
      void showResult(message, written, channel);
      return { files: written, articles: collected.length, counts: result.counts, skipped: result.skipped };
    },
  );
}

/** The result with the ways to see the files: their folder, and the report. */
async function showResult(message: string, written: readonly vscode.Uri[], channel: vscode.OutputChannel): Promise<void> {
  const folder = written.length ? vscode.Uri.joinPath(written[0], '..') : undefined;
  const openFolder = vscode.l10n.t('Open Folder');
  const reveal = vscode.l10n.t('Reveal in File Manager');
  const report = vscode.l10n.t('Show Report');
  // The OS file manager exists only in the desktop VS Code.
  const actions = folder ? [openFolder, ...(vscode.env.uiKind === vscode.UIKind.Desktop && written[0].scheme === 'file' ? [reveal] : []), report] : [report];
  const choice = await vscode.window.showInformationMessage(`${message} ${vscode.l10n.t('Written to {0}.', folder ? folder.fsPath : '')}`, ...actions);
  if (choice === report) channel.show();
  else if (folder && choice === openFolder) await vscode.commands.executeCommand('vscode.openFolder', folder, { forceNewWindow: true });
  else if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', written[0]);
}

/**
 * Writes the files where src/core/interop/exportPlacement.ts places them (the command line's
 * rule), all or none. Refuses, with a message, to replace an article or an annotation file;
 * other existing files are replaced (the save dialog asked, or they are in the folder chosen
 * for the export).
 */
async function writeResult(format: Format, result: ExportResult, destination: vscode.Uri, store: AnnotationStore, exported: Set<string>): Promise<vscode.Uri[] | undefined> {
  const placement = placeExport(format, result.files, { kind: await kindOf(destination), name: destination.path.slice(destination.path.lastIndexOf('/') + 1) });
  if (!placement.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: {0} is a file; {1} writes a folder of files.', vscode.workspace.asRelativePath(destination), format));
    return undefined;
  }
  const targets = placement.files.map(({ base, segments }) => vscode.Uri.joinPath(base === 'destination' ? destination : vscode.Uri.joinPath(destination, '..'), ...segments));
  for (const target of targets) {
    const kind = await kindOf(target);
    const hasSidecar = (await kindOf(store.sidecarUri(target))) !== 'missing' || (await kindOf(target.with({ path: `${target.path}${SIDECAR_SUFFIX}` }))) !== 'missing';
    if (looksLikeArticle(target.path) && vscode.workspace.getWorkspaceFolder(target)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: {0} would be read as an article of the corpus. Choose a folder outside the workspace.', vscode.workspace.asRelativePath(target)));
      return undefined;
    }
    const refusal = overwriteRefusal({ path: target.path, exists: kind !== 'missing', isFolder: kind === 'folder', hasSidecar, isExportedArticle: exported.has(target.toString()) }, true);
    if (refusal) {
      const where = vscode.workspace.asRelativePath(target);
      void vscode.window.showErrorMessage(refusal === 'folder'
        ? vscode.l10n.t('Not exported: {0} is a folder. Choose another destination.', where)
        : vscode.l10n.t('Not exported: {0} is an article or an annotation file. Choose another destination.', where));
      return undefined;
    }
  }
  const encoder = new TextEncoder();
  try {
    await writeAllOrNothing(targets.map((uri, i) => ({ uri, bytes: encoder.encode(result.files[i].bom ? `\ufeff${result.files[i].content}` : result.files[i].content) })));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: {0}. Nothing was written.', (error as Error).message));
    return undefined;
  }
  return targets;
}

async function kindOf(uri: vscode.Uri): Promise<DestinationKind> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0 ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
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
    'records-csv': vscode.l10n.t('One amount a row with its company, project and park (UTF-8 with BOM)'),
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
  const base = await defaultExportFolder(near);
  const { defaultName } = FORMAT_TABLE[format];
  const extension = defaultName.split('.').pop() as string;
  // A save dialog for every format: for brat the name typed is the new folder of .txt/.ann pairs.
  return vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(base, defaultName),
    filters: FORMAT_TABLE[format].folder ? undefined : { [format]: [extension] },
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export outside the articles’ folders'),
  });
}

/** The sibling folder of the article's workspace folder (created, so the dialog opens there); else the article's parent. */
export async function defaultExportFolder(near: vscode.Uri): Promise<vscode.Uri> {
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(near);
  if (!workspaceFolder) return vscode.Uri.joinPath(near, '..');
  const folder = vscode.Uri.joinPath(workspaceFolder.uri, '..', defaultExportFolderName(workspaceFolder.name));
  try {
    await vscode.workspace.fs.createDirectory(folder);
    return folder;
  } catch {
    return vscode.Uri.joinPath(workspaceFolder.uri, '..');
  }
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
    case 'records-csv':
      return vscode.l10n.t('no offsets: one amount a row');
  }
}
