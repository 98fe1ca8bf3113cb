// The first-use walkthrough (contributes.walkthroughs) must point at things that exist: its media
// files, the commands its steps wait for, and localised titles. A typo here shows an empty step
// or a step that can never be ticked off, and no other test would notice.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { CommandId } from '../../src/editor/ids';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

interface Step { id: string; title: string; description: string; media: Record<string, string>; completionEvents?: string[] }
const walkthroughs: { id: string; title: string; steps: Step[] }[] = manifest.contributes.walkthroughs ?? [];
const steps = walkthroughs.flatMap((w) => w.steps);

describe('walkthrough', () => {
  it('takes a new user through opening an article, accepting, the summary and export', () => {
    assert.equal(walkthroughs.length, 1);
    const waitedFor = steps.flatMap((s) => s.completionEvents ?? []);
    for (const command of [CommandId.openSample, CommandId.acceptSuggestion, CommandId.showSummary, CommandId.export]) {
      assert.ok(waitedFor.includes(`onCommand:${command}`), `no step completes on ${command}`);
    }
  });

  it('uses localised titles and descriptions', () => {
    for (const item of [...walkthroughs, ...steps]) {
      assert.match(item.title, /^%[\w.-]+%$/, `${item.id}: title is not a %key%`);
      assert.match((item as { description: string }).description, /^%[\w.-]+%$/, `${item.id}: description is not a %key%`);
    }
  });

  // The Welcome page lists walkthroughs in a narrow column and cuts a title with an ellipsis past
  // about 25 Latin characters (fewer CJK characters, which are twice as wide).
  it('has a title short enough for the Welcome page', () => {
    for (const [file, limit] of [['package.nls.json', 24], ['package.nls.zh-cn.json', 12]] as const) {
      const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
      const title = nls[walkthroughs[0].title.slice(1, -1)];
      assert.ok(title.length <= limit, `${file}: “${title}” is ${title.length} characters, over ${limit}`);
    }
  });

  it('shows media that exist and are packaged', () => {
    const shipped = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    for (const step of steps) {
      const files = Object.entries(step.media).filter(([kind]) => kind !== 'altText').map(([, file]) => file);
      assert.ok(files.length > 0, `${step.id} has no media`);
      for (const file of files) {
        assert.ok(fs.existsSync(path.join(root, file)), `${step.id}: ${file} does not exist`);
        assert.ok(file.startsWith('media/walkthrough/') && shipped.includes('!media/walkthrough/**'), `${step.id}: ${file} is not shipped in the .vsix`);
      }
    }
  });

  // VS Code knows onCommand, onContext, onView, onSettingChanged, onLink, onEvent, stepSelected and
  // extensionInstalled; anything else (onLanguage, say) is logged as an error and never completes.
  it('completes steps only on declared commands and context keys the extension sets', () => {
    const commands = new Set<string>(Object.values(CommandId));
    const editorDir = path.join(root, 'src', 'editor');
    const contextKeys = new Set<string>(fs.readdirSync(editorDir).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...fs.readFileSync(path.join(editorDir, f), 'utf8').matchAll(/_CONTEXT_KEY = '([^']+)'/g)].map((m) => m[1])));
    assert.ok(contextKeys.size > 0, 'expected context keys declared as …_CONTEXT_KEY in src/editor');
    for (const step of steps) {
      assert.ok(step.completionEvents?.length, `${step.id} can never be completed`);
      for (const event of step.completionEvents ?? []) {
        const [kind, id] = event.split(':');
        if (kind === 'onCommand') assert.ok(commands.has(id), `${step.id}: ${event} is not a declared command`);
        else if (kind === 'onContext') assert.ok(contextKeys.has(id), `${step.id}: ${event} is not a context key the extension sets`);
        else assert.fail(`${step.id}: unexpected completion event ${event}`);
      }
    }
  });

  it('links the commands its descriptions mention to declared commands', () => {
    const commands = new Set<string>(Object.values(CommandId));
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
      for (const step of steps) {
        const text = nls[step.description.slice(1, -1)];
        for (const [, command] of text.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(command), `${file} ${step.id}: links ${command}`);
      }
    }
  });
});
