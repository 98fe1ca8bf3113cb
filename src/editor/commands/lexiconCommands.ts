// The lexicon commands: add a name (or a string never to suggest), remove one, edit an entry
// (label, variants, canonical name), and open the file. Keyboard-first: each asks with quick
// picks and input boxes, and each also takes its answers as arguments (keybindings, scripts):
//   addLexiconEntry    { text, label: 'PARK' | 'PROJECT' | 'COMPANY' | 'rejected' }
//   removeLexiconEntry { text }
//   editLexiconEntry   { text, action: 'label' | 'addVariant' | 'variantOf' | 'canonical', value }
import * as vscode from 'vscode';
import type { Lexicon, LexiconLabel } from '../../core/workspaceLexicon/workspaceLexicon';
import type { AnalysisCache } from '../analysisCache';
import { lexiconEdits, workspaceLexicon } from '../deferredModules';
import { labelName } from '../displayNames';
import { CommandId } from '../ids';
import type { LexiconFile } from '../lexiconFile';
import { itemsAt } from './reviewTarget';

const LEXICON_LABELS: readonly LexiconLabel[] = ['PARK', 'PROJECT', 'COMPANY'];
type EntryKind = LexiconLabel | 'rejected';
type EditAction = 'label' | 'addVariant' | 'variantOf' | 'canonical';

interface CommandArgs {
  text?: unknown;
  label?: unknown;
  action?: unknown;
  value?: unknown;
}

const isKind = (value: unknown): value is EntryKind => value === 'rejected' || LEXICON_LABELS.includes(value as LexiconLabel);
const asText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function registerLexiconCommands(context: vscode.ExtensionContext, lexicon: LexiconFile, analysis: AnalysisCache): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.addLexiconEntry, (args?: CommandArgs) => addEntry(lexicon, analysis, args ?? {})),
    vscode.commands.registerCommand(CommandId.removeLexiconEntry, (args?: CommandArgs) => removeEntry(lexicon, args ?? {})),
    vscode.commands.registerCommand(CommandId.editLexiconEntry, (args?: CommandArgs) => editEntry(lexicon, args ?? {})),
    vscode.commands.registerCommand(CommandId.openLexicon, () => openLexicon(lexicon)),
  );
}

/** The selection, else the span under the cursor of the active article. */
function textAtCursor(analysis: AnalysisCache): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  if (!editor.selection.isEmpty) return asText(editor.document.getText(editor.selection));
  if (!analysis.isCovered(editor.document)) return undefined;
  const item = itemsAt(analysis.get(editor.document).items, editor.document.offsetAt(editor.selection.active)).find((i) => i.label !== 'MONEY');
  return item?.text;
}

async function addEntry(lexicon: LexiconFile, analysis: AnalysisCache, args: CommandArgs): Promise<boolean> {
  const text = asText(args.text) ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Add to Lexicon'), prompt: vscode.l10n.t('The name, as written in the articles'), value: textAtCursor(analysis) ?? '' }))?.trim();
  if (!text) return false;
  const kind = isKind(args.label) ? args.label : await pickKind(text);
  if (!kind) return false;
  const { learnAccepted, removeSpelling } = lexiconEdits();
  // An explicit choice overrides: a rejected string becomes a name and a name becomes rejected.
  const written = await lexicon.update((current) => (kind === 'rejected' ? withRejected(removeSpelling(current, text), text) : learnAccepted(current, text, kind)));
  if (written) void vscode.window.setStatusBarMessage(kind === 'rejected' ? vscode.l10n.t('“{0}” will not be suggested again', text) : vscode.l10n.t('“{0}” is suggested as {1} in every article', text, labelName(kind)), 5000);
  return written;
}

function withRejected(lexicon: Lexicon, text: string): Lexicon {
  return lexiconEdits().learnRejected(lexicon, text);
}

async function pickKind(text: string): Promise<EntryKind | undefined> {
  const items: (vscode.QuickPickItem & { entryKind: EntryKind })[] = [
    ...LEXICON_LABELS.map((label) => ({ label: labelName(label), description: label, entryKind: label })),
    { label: vscode.l10n.t('Never suggest'), description: vscode.l10n.t('rejected everywhere'), entryKind: 'rejected' as const },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Add “{0}” to the lexicon as…', text) }))?.entryKind;
}

interface SpellingItem extends vscode.QuickPickItem {
  spelling: string;
}

/** Every spelling of the lexicon: names with their label and canonical name, then the rejected strings. */
function spellingItems(current: Lexicon): SpellingItem[] {
  const { spellingsOf } = workspaceLexicon();
  const items: SpellingItem[] = [];
  for (const entry of current.names) {
    for (const spelling of spellingsOf(entry)) {
      const detail = spelling === entry.name ? undefined : vscode.l10n.t('variant of {0}', entry.name);
      items.push({ label: spelling, description: labelName(entry.label), detail, spelling });
    }
  }
  for (const spelling of current.rejected) items.push({ label: spelling, description: vscode.l10n.t('never suggested'), spelling });
  return items.sort((a, b) => (a.spelling < b.spelling ? -1 : a.spelling > b.spelling ? 1 : 0));
}

async function pickSpelling(lexicon: LexiconFile, title: string): Promise<string | undefined> {
  const current = usable(lexicon);
  if (!current) return undefined;
  const items = spellingItems(current);
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The lexicon is empty: accept or reject names, or use Add to Lexicon.'));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true }))?.spelling;
}

/** The lexicon, or undefined (and the reason shown) while its file is not valid. */
function usable(lexicon: LexiconFile): Lexicon | undefined {
  const entries = lexicon.entries;
  if (!entries) void vscode.window.showErrorMessage(vscode.l10n.t('The lexicon was not changed: {0}. Fix the file; it is left untouched.', lexicon.problem ?? ''));
  return entries;
}

async function removeEntry(lexicon: LexiconFile, args: CommandArgs): Promise<boolean> {
  const text = asText(args.text) ?? (await pickSpelling(lexicon, vscode.l10n.t('Remove from Lexicon')));
  if (!text) return false;
  return lexicon.update((current) => lexiconEdits().removeSpelling(current, text));
}

async function editEntry(lexicon: LexiconFile, args: CommandArgs): Promise<boolean> {
  const text = asText(args.text) ?? (await pickSpelling(lexicon, vscode.l10n.t('Edit Lexicon Entry')));
  const current = text !== undefined ? usable(lexicon) : undefined;
  if (!text || !current) return false;
  const entry = workspaceLexicon().entryOf(current, text);
  if (!entry) {
    void vscode.window.showErrorMessage(vscode.l10n.t('“{0}” is not a name of the lexicon.', text));
    return false;
  }
  const action = isAction(args.action) ? args.action : await pickAction(text, entry.name === text);
  if (!action) return false;
  const value = asText(args.value) ?? (await askValue(action, text, current));
  if (!value) return false;
  const edits = lexiconEdits();
  return lexicon.update((lex) => {
    switch (action) {
      case 'label':
        return LEXICON_LABELS.includes(value as LexiconLabel) ? edits.relabelEntry(lex, text, value as LexiconLabel) : lex;
      case 'addVariant':
        return edits.addVariant(lex, text, value) ?? lex;
      case 'variantOf':
        return edits.addVariant(lex, value, text) ?? lex;
      case 'canonical':
        return edits.makeCanonical(lex, text);
    }
  });
}

const isAction = (value: unknown): value is EditAction => value === 'label' || value === 'addVariant' || value === 'variantOf' || value === 'canonical';

async function pickAction(text: string, isCanonical: boolean): Promise<EditAction | undefined> {
  const items: (vscode.QuickPickItem & { action: EditAction })[] = [
    { label: vscode.l10n.t('Change Label…'), action: 'label' },
    { label: vscode.l10n.t('Add a Spelling…'), detail: vscode.l10n.t('another way the articles write it; totals merge them'), action: 'addVariant' },
    { label: vscode.l10n.t('Make It a Spelling of Another Name…'), action: 'variantOf' },
  ];
  if (!isCanonical) items.push({ label: vscode.l10n.t('Make It the Canonical Name'), detail: vscode.l10n.t('the name totals show'), action: 'canonical' });
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Edit “{0}”', text) }))?.action;
}

async function askValue(action: EditAction, text: string, current: Lexicon): Promise<string | undefined> {
  switch (action) {
    case 'canonical':
      return text;
    case 'label':
      return (await vscode.window.showQuickPick(LEXICON_LABELS.map((label) => ({ label: labelName(label), description: label, value: label })), { title: vscode.l10n.t('Edit “{0}”', text) }))?.value;
    case 'addVariant':
      return (await vscode.window.showInputBox({ title: vscode.l10n.t('Edit “{0}”', text), prompt: vscode.l10n.t('Another spelling of “{0}”', text) }))?.trim();
    case 'variantOf': {
      const others = current.names.filter((e) => e.name !== text && !e.variants?.includes(text)).map((e) => ({ label: e.name, description: labelName(e.label) }));
      return (await vscode.window.showQuickPick(others, { title: vscode.l10n.t('“{0}” is a spelling of…', text) }))?.label;
    }
  }
}

/** Opens the lexicon file, writing an empty one first when there is none (so there is something to edit). */
async function openLexicon(lexicon: LexiconFile): Promise<void> {
  const uri = lexicon.uri;
  if (!uri) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The lexicon needs a workspace folder: open the folder of your articles.'));
    return;
  }
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(workspaceLexicon().serializeLexicon(workspaceLexicon().EMPTY_LEXICON)));
  }
  await vscode.window.showTextDocument(uri);
}
