// The corpus consistency checks (src/core/corpus/consistency.ts) in the Problems panel, each
// with a quick fix. "Check Corpus Consistency" runs them over the workspace's articles; once run,
// they run again (debounced) whenever the store writes or reloads a sidecar, so a fix clears its
// entry.
import * as vscode from 'vscode';
import type { CheckedArticle, Finding } from '../core/corpus/consistency';
import { checkCorpus } from '../core/corpus/consistency';
import { removeLinks } from '../core/links/linkEdits';
import { createAnnotation } from '../core/review/review';
import type { AnnotationStore } from './annotationStore';
import type { ArticleAnnotations } from './articleSidecar';
import { patched, currentAuthor } from './commands/reviewWrites';
import { articleTextOf, listCorpusArticles } from './corpusArticles';
import { CommandId } from './ids';

const SOURCE = 'invest-news';
const RECHECK_DELAY_MS = 400;
/** Run by the quick fixes only (not in the palette): applies one finding's fix. */
const APPLY_FIX_COMMAND = 'investNews.applyConsistencyFix';

export function registerConsistencyDiagnostics(context: vscode.ExtensionContext, store: AnnotationStore): void {
  const checks = new ConsistencyDiagnostics(store);
  context.subscriptions.push(
    checks,
    vscode.commands.registerCommand(CommandId.checkConsistency, (folder?: unknown) => checks.run(folder instanceof vscode.Uri ? folder : undefined)),
    vscode.commands.registerCommand(APPLY_FIX_COMMAND, (uri: string, index: number) => checks.applyFix(uri, index)),
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, checks, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

class ConsistencyDiagnostics implements vscode.CodeActionProvider, vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('investNews.consistency');
  /** The findings behind each file's diagnostics, in the same order. */
  private findings = new Map<string, Finding[]>();
  private active = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listener: vscode.Disposable;
  /** The store state each article had when last checked: the loads a check makes fire change events too, and must not start another check. */
  private readonly checked = new Map<string, ArticleAnnotations>();
  private readonly changedSince = new Set<vscode.Uri>();

  constructor(private readonly store: AnnotationStore) {
    this.listener = store.onDidChange((article) => {
      // An article outside the checked folder cannot change its findings: no re-check (a check reads every article).
      if (!this.active || !this.covers(article)) return;
      this.changedSince.add(article);
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.recheckIfChanged(), RECHECK_DELAY_MS);
    });
  }

  private recheckIfChanged(): void {
    const changed = [...this.changedSince].some((article) => this.store.get(article) !== this.checked.get(article.toString()));
    this.changedSince.clear();
    if (changed) void this.run(this.folder);
  }

  /** The folder the checks were last asked for (undefined: the whole workspace); re-checks keep it. */
  private folder: vscode.Uri | undefined;

  private covers(article: vscode.Uri): boolean {
    return !this.folder || article.toString().startsWith(`${this.folder.toString().replace(/\/$/, '')}/`);
  }

  /** Checks every article of the workspace (or of `folder` only); resolves with the number of findings. */
  async run(folder: vscode.Uri | undefined): Promise<number> {
    this.active = true;
    this.folder = folder;
    // Findings name the files as the Problems panel shows them: workspace-relative.
    const byFile = new Map<string, CheckedArticle & { uri: vscode.Uri }>();
    for (const uri of await listCorpusArticles()) {
      if (!this.covers(uri)) continue;
      const text = await articleTextOf(uri);
      if (text === undefined) continue;
      const state = await this.store.load(uri);
      this.checked.set(uri.toString(), state);
      if (state.problem) continue;
      const file = vscode.workspace.asRelativePath(uri);
      byFile.set(file, { uri, file, text, annotations: state.annotations, links: state.links });
    }
    const found = checkCorpus([...byFile.values()]);
    this.findings = new Map();
    for (const f of found) {
      const key = byFile.get(f.file)!.uri.toString();
      const list = this.findings.get(key) ?? [];
      this.findings.set(key, list);
      list.push(f);
    }
    this.collection.clear();
    for (const [key, list] of this.findings) {
      this.collection.set(vscode.Uri.parse(key), list.map((f) => diagnosticOf(f, byFile.get(f.file)!.text)));
    }
    return found.length;
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const list = this.findings.get(document.uri.toString()) ?? [];
    const mine = this.collection.get(document.uri) ?? [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const index = mine.indexOf(diagnostic);
      if (diagnostic.source !== SOURCE || index < 0 || !list[index]) continue;
      const action = new vscode.CodeAction(fixTitle(list[index]), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      action.command = { command: APPLY_FIX_COMMAND, title: action.title, arguments: [document.uri.toString(), index] };
      actions.push(action);
    }
    return actions;
  }

  /** Applies the fix of the file's `index`-th finding. Resolves true when something was written or revealed. */
  async applyFix(uri: string, index: number): Promise<boolean> {
    const finding = this.findings.get(uri)?.[index];
    if (!finding) return false;
    const article = vscode.Uri.parse(uri);
    const fix = finding.fix;
    const now = new Date();
    switch (fix.kind) {
      case 'relabel':
        return this.store.update(article, (current) => current.map((a) => (a.id === fix.annotationId ? patched({ ...a, author: currentAuthor(), time: now.toISOString() }, { label: fix.label }) : a)), { review: true });
      case 'setScope':
        return this.store.update(article, (current) => current.map((a) => (a.id === fix.annotationId ? { ...a, scope: fix.scope, author: currentAuthor(), time: now.toISOString() } : a)), { review: true });
      case 'tag':
        return this.store.update(article, (current, text) => {
          if (text.slice(finding.start, finding.end) !== finding.text) return [...current];
          const entity = { label: fix.label, start: finding.start, end: finding.end, text: finding.text };
          return [...current, createAnnotation(entity, 'accepted', currentAuthor(), now, text, current.map((a) => a.id))];
        }, { review: true });
      case 'removeLink':
        return this.store.updateLinked(article, (state) => removeLinks(state, [fix.linkId]));
      case 'reveal': {
        const editor = await vscode.window.showTextDocument(article);
        const range = new vscode.Range(editor.document.positionAt(finding.start), editor.document.positionAt(finding.end));
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
        return true;
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.listener.dispose();
    this.collection.dispose();
  }
}

function diagnosticOf(finding: Finding, text: string): vscode.Diagnostic {
  const at = (offset: number, line: number) => new vscode.Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
  const endLine = finding.line - 1 + countBreaks(text, finding.start, finding.end);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(at(finding.start, finding.line - 1), at(finding.end, endLine)), messageOf(finding), vscode.DiagnosticSeverity.Warning);
  diagnostic.source = SOURCE;
  diagnostic.code = finding.kind;
  return diagnostic;
}

/** The finding's message in the interface language: the core's English messages (FINDING_MESSAGES), translated. */
function messageOf(finding: Finding): string {
  const args = finding.messageArgs;
  switch (finding.kind) {
    case 'mixedLabels': return vscode.l10n.t('"{0}" is labelled {1} here and {2} {3} time(s) elsewhere ({4})', ...args);
    case 'unlabelledName': return vscode.l10n.t('"{0}" is accepted as {1} in {2} and not labelled here', ...args);
    case 'itemsAboveAggregate': return vscode.l10n.t('{0} {1} items sum to {2} {3}, above the stated total "{4}" ({5})', ...args);
    case 'thresholdAsItem': return vscode.l10n.t('"{0}" is a threshold stored as an item; a threshold is a size class (scope aggregate), never summed', ...args);
    case 'linkToRejected': return vscode.l10n.t('link {0} ({1}) points at "{2}", which is rejected', ...args);
  }
}

function countBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function fixTitle(finding: Finding): string {
  const fix = finding.fix;
  switch (fix.kind) {
    case 'relabel': return vscode.l10n.t('Relabel "{0}" as {1} (the label it has elsewhere)', finding.text, fix.label);
    case 'tag': return vscode.l10n.t('Tag "{0}" as {1}', finding.text, fix.label);
    case 'setScope': return vscode.l10n.t('Set the scope of this threshold to aggregate');
    case 'removeLink': return vscode.l10n.t('Remove the link to the rejected span');
    case 'reveal': return vscode.l10n.t('Select the stated total to check it against its items');
  }
}
