// Amounts whose value should be checked: the text under them changed after the researcher set
// the value by hand (or into words the engine cannot read), so the value was kept, not
// re-read (see core/review/amountFollowsText.ts). They show in the Problems view and under a squiggle,
// until a decision on the annotation (accept, edit value, role, label) answers the flag.
import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';

export function registerValueChecks(context: vscode.ExtensionContext, store: AnnotationStore): vscode.DiagnosticCollection {
  const diagnostics = vscode.languages.createDiagnosticCollection('investNews.valueChecks');
  const refresh = (uri: vscode.Uri) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const flagged = store.get(uri).annotations.filter((a) => a.checkValue);
    if (!document || flagged.length === 0) {
      diagnostics.delete(uri);
      return;
    }
    diagnostics.set(uri, flagged.map((a) => {
      const range = new vscode.Range(document.positionAt(a.start), document.positionAt(a.end));
      const message = a.valueSetByHand
        ? vscode.l10n.t('“{0}” changed after its value was set by hand; the value was kept. Check it (Edit Amount Value, or accept to keep it).', a.text)
        : vscode.l10n.t('The value of “{0}” cannot be read from its new text; the old value was kept. Check it (Edit Amount Value, or accept to keep it).', a.text);
      const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'Invest News';
      return diagnostic;
    }));
  };
  context.subscriptions.push(
    diagnostics,
    store.onDidChange(refresh),
    vscode.workspace.onDidOpenTextDocument((document) => refresh(document.uri)),
    vscode.workspace.onDidCloseTextDocument((document) => diagnostics.delete(document.uri)),
  );
  return diagnostics;
}
