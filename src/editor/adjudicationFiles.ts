// The files of an adjudication: every annotator's sidecar of an article (annotators/NAME/, read
// only, never written) and the adjudicated result, the article's main sidecar (where the sidecar
// is with investNews.annotator empty). The main sidecar is written only when it is absent or
// already adjudicated (it carries the `adjudication` record): a sidecar someone annotated by hand
// there is never overwritten, nor a corrupt one.
import * as vscode from 'vscode';
import type { AdjudicationResult } from '../core/adjudication/adjudicate';
import type { AdjudicationRecord, Decision } from '../core/adjudication/adjudicationRecord';
import type { AnnotatorFile } from '../core/adjudication/diffVersions';
import { ANNOTATORS_FOLDER, annotatorNameProblem, sharedSidecarPath } from '../core/sidecar/annotators';
import type { Sidecar } from '../core/sidecar/sidecarSchema';
import { placeStoredAnnotations } from '../core/review/storedAnnotations';
import { hashText } from '../core/textHash';
import type { AnnotationStore } from './annotationStore';
import { adjudication, adjudicationRecord, sidecarSchema } from './deferredModules';
import { readArticleText, readTextIfExists, writeAtomically } from './sidecarFiles';

/** One article ready to adjudicate: its text, the annotators' files, and the adjudicated file as read. */
export interface ArticleAdjudication {
  article: vscode.Uri;
  text: string;
  /** The adjudicated sidecar (the main one). */
  target: vscode.Uri;
  files: AnnotatorFile[];
  /** What the target held when read or last written (undefined: no file). */
  targetContent: string | undefined;
  previous: Sidecar | undefined;
  previousRecord: AdjudicationRecord | undefined;
  /** Annotations of the annotators' files that could not be placed in the text (left out). */
  unplaced: number;
  /** The adjudicated file's annotations were changed after it was written: rebuilding it would lose that. */
  editedSinceAdjudication: boolean;
}

/** The annotators' sidecars of an article: annotators/NAME/FILE beside its main sidecar, by name. */
export async function annotatorSidecars(store: AnnotationStore, article: vscode.Uri): Promise<{ target: vscode.Uri; versions: { annotator: string; uri: vscode.Uri }[] }> {
  const own = store.sidecarUri(article);
  const target = own.with({ path: sharedSidecarPath(own.path) });
  const folder = vscode.Uri.joinPath(target, '..', ANNOTATORS_FOLDER);
  const file = target.path.slice(target.path.lastIndexOf('/') + 1);
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return { target, versions: [] };
  }
  const names = entries.filter(([name, type]) => type === vscode.FileType.Directory && annotatorNameProblem(name) === undefined).map(([name]) => name).sort();
  const versions: { annotator: string; uri: vscode.Uri }[] = [];
  for (const annotator of names) {
    const uri = vscode.Uri.joinPath(folder, annotator, file);
    if ((await readTextIfExists(uri).catch(() => undefined)) !== undefined) versions.push({ annotator, uri });
  }
  return { target, versions };
}

/** Why an article cannot be adjudicated (one line); `fewerThanTwo`: it simply has not two versions. */
export interface AdjudicationRefusal {
  problem: string;
  fewerThanTwo?: boolean;
}

/** Reads everything an adjudication of the article needs, or says why it cannot be done. */
export async function loadAdjudication(store: AnnotationStore, article: vscode.Uri): Promise<ArticleAdjudication | AdjudicationRefusal> {
  const loaded = await readAdjudication(store, article);
  return typeof loaded === 'string' ? { problem: loaded } : loaded;
}

async function readAdjudication(store: AnnotationStore, article: vscode.Uri): Promise<ArticleAdjudication | AdjudicationRefusal | string> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
  if (document?.isDirty) return vscode.l10n.t('{0} has unsaved changes: save it, then adjudicate.', display(article));
  const text = document ? document.getText() : await readArticleText(article);
  if (text === undefined) return vscode.l10n.t('{0} cannot be read as text.', display(article));
  const { target, versions } = await annotatorSidecars(store, article);
  if (versions.length < 2) return { problem: vscode.l10n.t('{0} has fewer than two annotators’ versions (annotators/NAME/): nothing to adjudicate.', display(article)), fewerThanTwo: true };
  const files: AnnotatorFile[] = [];
  let unplaced = 0;
  for (const { annotator, uri } of versions) {
    const content = (await readTextIfExists(uri)) ?? '';
    const parsed = sidecarSchema().parseSidecar(content);
    if (!parsed.ok) return vscode.l10n.t('{0} is not a valid annotation file ({1}); nothing was adjudicated.', display(uri), parsed.problem);
    const placement = placeStoredAnnotations(parsed.sidecar.sha256, parsed.sidecar.annotations, text);
    unplaced += placement.orphaned.length;
    files.push({ annotator, fileHash: hashText(content), annotations: placement.placed, links: parsed.sidecar.links ?? [] });
  }
  const targetContent = await readTextIfExists(target);
  const previous = targetProblem(target, targetContent);
  if (typeof previous === 'string') return previous;
  const edited = previous !== undefined && adjudication().editedSinceAdjudication(previous.sidecar, previous.record);
  return { article, text, target, files, targetContent, previous: previous?.sidecar, previousRecord: previous?.record, unplaced, editedSinceAdjudication: edited };
}

/** The adjudicated file as it is: none, or a valid sidecar with a valid record; a string says why it must not be written. */
function targetProblem(target: vscode.Uri, content: string | undefined): { sidecar: Sidecar; record: AdjudicationRecord } | undefined | string {
  if (content === undefined) return undefined;
  const parsed = sidecarSchema().parseSidecar(content);
  if (!parsed.ok) return vscode.l10n.t('{0} is not a valid annotation file ({1}); it is left untouched and nothing was adjudicated.', display(target), parsed.problem);
  const record = adjudicationRecord().readAdjudicationRecord(parsed.sidecar);
  if (!record.ok) return vscode.l10n.t('{0} has a broken adjudication record ({1}); it is left untouched.', display(target), record.problem);
  if (!record.record) return vscode.l10n.t('{0} holds annotations that were not adjudicated; it is not overwritten. Move it away to adjudicate into it.', display(target));
  return { sidecar: parsed.sidecar, record: record.record };
}

/**
 * Merges the versions with the decisions and writes the adjudicated file when its content
 * changes. Refused (a string) when the file changed on disk since it was read.
 */
export async function writeAdjudication(loaded: ArticleAdjudication, decisions: readonly Decision[], adjudicator: string): Promise<AdjudicationResult | string> {
  const article = loaded.article.path.slice(loaded.article.path.lastIndexOf('/') + 1);
  const result = adjudication().adjudicate({
    text: loaded.text, article, files: loaded.files, decisions, adjudicator, now: new Date().toISOString(), previous: loaded.previous, previousRecord: loaded.previousRecord,
  });
  const content = sidecarSchema().serializeSidecar(result.sidecar);
  if (content === loaded.targetContent) return result;
  const outcome = await writeAtomically(loaded.target, content, async () => (await readTextIfExists(loaded.target)) === loaded.targetContent);
  if (outcome === 'stale') return vscode.l10n.t('{0} changed on disk meanwhile; it was not overwritten. Adjudicate again.', display(loaded.target));
  loaded.targetContent = content;
  loaded.previous = result.sidecar;
  loaded.editedSinceAdjudication = false;
  const record = adjudicationRecord().readAdjudicationRecord(result.sidecar);
  loaded.previousRecord = record.ok ? record.record : undefined;
  return result;
}

function display(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
