// `investNews.showUnplaced`: lists the annotations of an article that could not be placed again
// after the article changed outside the editor (orphaned: kept in the sidecar, never dropped),
// with their text and old offsets, and opens the annotation file at the one picked.
import * as vscode from 'vscode';
import type { Annotation } from '../../core/sidecar/sidecarSchema';
import type { AnnotationStore } from '../annotationStore';
import { CommandId } from '../ids';
import { openSidecar } from './openSidecar';

interface UnplacedPick extends vscode.QuickPickItem {
  readonly annotation?: Annotation;
}

export function registerShowUnplaced(context: vscode.ExtensionContext, store: AnnotationStore): void {
  context.subscriptions.push(vscode.commands.registerCommand(CommandId.showUnplaced, (article?: vscode.Uri) => showUnplaced(store, article)));
}

async function showUnplaced(store: AnnotationStore, article?: vscode.Uri): Promise<void> {
  const target = article instanceof vscode.Uri ? article : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first: its annotations that could not be placed are listed.'));
    return;
  }
  const { unplaced, problem } = await store.load(target);
  const name = vscode.workspace.asRelativePath(target, false);
  if (problem) {
    await openSidecar(store, target);
    return;
  }
  if (unplaced.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every annotation of {0} is placed in the text.', name));
    return;
  }
  const items: UnplacedPick[] = [
    { label: `$(go-to-file) ${vscode.l10n.t('Open Annotation File')}`, description: vscode.workspace.asRelativePath(store.sidecarUri(target), false) },
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    ...unplaced.map((annotation) => ({
      annotation,
      label: `$(warning) ${annotation.text}`,
      description: `${annotation.label} · ${annotation.status} · ${vscode.l10n.t('was at {0}–{1}', annotation.start, annotation.end)}`,
      detail: `…${annotation.before ?? ''}【${annotation.text}】${annotation.after ?? ''}…  ${annotation.author} ${annotation.time}`,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('{0} annotation(s) of {1} could not be placed', unplaced.length, name),
    placeHolder: vscode.l10n.t('Pick one to see it in the annotation file'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await openSidecar(store, target, picked.annotation?.id);
}
