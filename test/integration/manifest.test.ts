// Every command the manifest promises is registered once the extension is active: a palette
// entry without a handler fails with "command not found" for the user.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { extensionUnderTest } from './extensionUnderTest';

interface ManifestCommand { command: string }

describe('manifest', () => {
  it('registers every command of contributes.commands', async () => {
    const extension = extensionUnderTest();
    await extension.activate();
    const declared = (extension.packageJSON.contributes?.commands ?? []) as ManifestCommand[];
    assert.ok(declared.length > 0, 'package.json declares commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `commands declared in package.json but not registered: ${missing.join(', ')}`);
  });
});
