// `investNews.import`: brings annotations made in brat, Label Studio, doccano or our JSONL back
// into the sidecars of the workspace's articles. It always previews first (what would be added,
// what conflicts, what was left out), then asks; nothing is written when the input has any
// problem. Writes go through AnnotationStore.update, which merges again with the live
// annotations, so an edit made meanwhile is never overwritten.
import * as vscode from 'vscode';
import type { ImportFormat } from '../../core/interop/annotatedArticle';
import { IMPORT_FORMATS } from '../../core/interop/annotatedArticle';
import type { InputFile } from '../../core/interop/importedDocument';
import { formatProblem } from '../../core/interop/importedDocument';
import type { ExistingArticle, ImportPlan } from '../../core/interop/importPlan';
import { mergeImported, mergeImportedLinks, planImport } from '../../core/interop/importPlan';
import { renderImportReport } from '../../core/interop/report';
import type { LinkedAnnotations } from '../../core/links/linkEdits';
import type { AnnotationStore } from '../annotationStore';
import { formatTable } from '../deferredModules';
import { CommandId, CONFIG_SECTION } from '../ids';
import { currentText, findArticles, interopChannel } from './interopArticles';
import { userInfo } from 'node:os';
import { pathExists } from '../sidecarFiles';

export interface ImportCommandOptions {
  format?: ImportFormat;
  /** A file, or a folder (brat; or every file of the format in it). */
  source?: vscode.Uri;
  /** Show the preview only; write nothing. */
  dryRun?: boolean;
  /** Take the imported annotation where it conflicts (skips the question). */
  replace?: boolean;
  /** Apply without asking (scripts and tests). */
  apply?: boolean;
  /** doccano offsets count grapheme clusters where a line does not say (as the export's option). */
  doccanoGraphemes?: boolean;
}

export interface ImportCommandResult {
  plan: ImportPlan;
  written: number;
}

export function registerImportAnnotations(context: vscode.ExtensionContext, store: AnnotationStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.import, (options?: ImportCommandOptions) => importAnnotations(context, store, options ?? {})),
  );
}

async function importAnnotations(context: vscode.ExtensionContext, store: AnnotationStore, options: ImportCommandOptions): Promise<ImportCommandResult | undefined> {
  const format = options.format ?? (await pickFormat());
  if (!format) return undefined;
  const source = options.source ?? (await pickSource(format));
  if (!source) return undefined;
  const input = await readInput(source, format);
  if (!input) return undefined;

  const articles = await findArticles();
  const byFile = new Map<string, vscode.Uri>();
  const existing: ExistingArticle[] = [];
  for (const uri of articles) {
    const text = await currentText(uri);
    if (text === undefined) continue;
    const file = vscode.workspace.asRelativePath(uri, false);
    byFile.set(file, uri);
    existing.push({ file, text, annotations: [] });
  }
  const parsed = formatTable().importFormat(format, input.files, { doccanoGraphemes: options.doccanoGraphemes });
  const author = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('author', '').trim() || safeUser();
  const settings = { author, now: new Date(), replace: options.replace };
  // Match first, then load the sidecars of the matched articles only.
  const matched = planImport(parsed, existing, settings);
  const existingByFile = new Map(existing.map((e) => [e.file, e]));
  for (const article of matched.articles) {
    const state = await store.load(byFile.get(article.file) as vscode.Uri);
    const entry = existingByFile.get(article.file) as ExistingArticle;
    entry.annotations = [...state.annotations, ...state.unplaced];
    entry.links = state.links;
    if (state.problem) entry.problem = state.problem.message;
  }
  const plan = planImport(parsed, existing, settings);
  const channel = interopChannel(context);
  const shown = (p: { file: string; line?: number; message: string }) => formatProblem({ ...p, file: `${input.label}/${p.file}` });
  channel.appendLine(renderImportReport(plan, true, plan.articles.filter((a) => a.added.length + a.replaced.length + a.addedLinks.length > 0).length));
  for (const p of plan.problems) channel.appendLine(`  ✗ ${shown(p)}`);
  for (const n of plan.notes) channel.appendLine(`  · ${shown(n)}`);

  if (plan.problems.length) {
    channel.show(true);
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Nothing imported: {0} problems in the input. First: {1}', plan.problems.length, shown(plan.problems[0])),
    );
    return { plan, written: 0 };
  }
  const added = plan.articles.reduce((n, a) => n + a.added.length, 0);
  const conflicts = plan.articles.reduce((n, a) => n + a.conflicts.length, 0);
  if (options.dryRun) {
    channel.show(true);
    void vscode.window.showInformationMessage(vscode.l10n.t('Dry run: {0} annotations would be added to {1} articles; {2} conflicts. Nothing was written.', added, plan.articles.length, conflicts));
    return { plan, written: 0 };
  }
  let replace = options.replace ?? false;
  if (!options.apply) {
    channel.show(true);
    const apply = vscode.l10n.t('Import');
    const applyReplacing = vscode.l10n.t('Import, Replacing Conflicts');
    const buttons = conflicts && !replace ? [apply, applyReplacing] : [apply];
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Import {0} annotations into {1} articles? {2} conflicts with stored annotations (listed in the report) are kept as they are.', added, plan.articles.length, conflicts),
      { modal: true },
      ...buttons,
    );
    if (!choice) return undefined;
    replace = replace || choice === applyReplacing;
  }
  const targets = plan.articles.map((article) => ({ article, uri: byFile.get(article.file) as vscode.Uri }));
  for (const { article, uri } of targets) {
    if ((await currentText(uri)) !== article.text) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Nothing imported: {0} changed since the import was planned. Run the import again.', article.file));
      return { plan, written: 0 };
    }
  }
  const written = await writeAllOrRestore(store, targets, (article, current) => {
    const merge = mergeImported(current.annotations, article.spans, article.text, { ...settings, replace });
    const links = mergeImportedLinks(current.links, merge.annotations, article.importedLinks, article.text, { ...settings, replace });
    const changed = merge.added.length > 0 || merge.replaced.length > 0 || links.addedLinks.length > 0;
    return { state: { annotations: merge.annotations, links: links.links }, changed };
  });
  if (written === undefined) return { plan, written: 0 };
  void vscode.window.showInformationMessage(vscode.l10n.t('Imported annotations into {0} articles.', written));
  return { plan, written };
}

/**
 * Writes each article's merged annotations through the store, all or nothing: when one write is
 * refused (the store has said why), the articles already written get back their annotations and
 * links as they were. Resolves the number of articles changed, or undefined when nothing was kept.
 */
async function writeAllOrRestore<A>(
  store: AnnotationStore,
  targets: readonly { article: A; uri: vscode.Uri }[],
  merge: (article: A, current: LinkedAnnotations) => { state: LinkedAnnotations; changed: boolean },
): Promise<number | undefined> {
  const done: { uri: vscode.Uri; before: LinkedAnnotations; existed: boolean }[] = [];
  for (const { article, uri } of targets) {
    const existed = await pathExists(store.sidecarUri(uri));
    let before: LinkedAnnotations | undefined;
    let changed = false;
    const ok = await store.updateLinked(uri, (current) => {
      before = current;
      const merged = merge(article, current);
      changed = merged.changed;
      return merged.state;
    });
    if (!ok) {
      const notRestored: string[] = [];
      for (const step of done.reverse()) {
        if (!(await restore(store, step))) notRestored.push(vscode.workspace.asRelativePath(step.uri, false));
      }
      void vscode.window.showErrorMessage(notRestored.length === 0
        ? vscode.l10n.t('Nothing imported: the annotations of {0} could not be written, so the {1} articles already written were restored.', vscode.workspace.asRelativePath(uri, false), done.length)
        : vscode.l10n.t('Import stopped: the annotations of {0} could not be written, and {1} could not be restored.', vscode.workspace.asRelativePath(uri, false), notRestored.join(', ')));
      return undefined;
    }
    if (changed && before) done.push({ uri, before, existed });
  }
  return done.length;
}

/** Puts an article's annotations back as they were: a sidecar the import created is deleted. */
async function restore(store: AnnotationStore, step: { uri: vscode.Uri; before: LinkedAnnotations; existed: boolean }): Promise<boolean> {
  if (step.existed) return store.updateLinked(step.uri, () => step.before);
  try {
    await vscode.workspace.fs.delete(store.sidecarUri(step.uri), { useTrash: false });
    await store.load(step.uri);
    return true;
  } catch {
    return false;
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

async function pickFormat(): Promise<ImportFormat | undefined> {
  const items = IMPORT_FORMATS.map((f) => ({ label: f, description: formatTable().IMPORT_EXTENSIONS[f].join(' '), value: f }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Import which format?') }))?.value;
}

async function pickSource(format: ImportFormat): Promise<vscode.Uri | undefined> {
  const folder = format === 'brat';
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: !folder,
    canSelectFolders: folder,
    canSelectMany: false,
    filters: folder ? undefined : { [format]: formatTable().IMPORT_EXTENSIONS[format].map((e) => e.slice(1)) },
    openLabel: vscode.l10n.t('Import'),
  });
  return picked?.[0];
}

/** Reads the input as strict UTF-8 (BOM kept: brat counts it). */
async function readInput(source: vscode.Uri, format: ImportFormat): Promise<{ label: string; files: InputFile[] } | undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const isFolder = ((await vscode.workspace.fs.stat(source)).type & vscode.FileType.Directory) !== 0;
  const uris = isFolder
    ? (await vscode.workspace.findFiles(new vscode.RelativePattern(source, '**/*'))).filter((u) => formatTable().readsFile(format, u.path))
    : format === 'brat' && source.path.endsWith('.ann')
      ? [source, source.with({ path: `${source.path.slice(0, -4)}.txt` })]
      : [source];
  const root = isFolder ? source : vscode.Uri.joinPath(source, '..');
  const files: InputFile[] = [];
  for (const uri of uris) {
    const path = uri.path.slice(root.path.replace(/\/$/, '').length + 1);
    try {
      files.push({ path, content: decoder.decode(await vscode.workspace.fs.readFile(uri)) });
    } catch {
      void vscode.window.showErrorMessage(vscode.l10n.t('Nothing imported: {0} cannot be read as UTF-8 text.', path));
      return undefined;
    }
  }
  if (files.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing imported: no {0} files in {1}.', format, vscode.workspace.asRelativePath(source)));
    return undefined;
  }
  return { label: vscode.workspace.asRelativePath(root, false), files };
}
