// Sidecars in git: deterministic serialisation, the merge by id, and `invest-news merge` as a
// real git merge driver in a temporary repository.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAnnotation } from '../../src/core/review/review';
import { mergeSidecars } from '../../src/core/sidecar/sidecarMerge';
import { parseSidecar, serializeSidecar, SIDECAR_FORMAT, SIDECAR_VERSION, type Annotation, type Link, type Sidecar } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Entity } from '../../src/core/types';

const TEXT = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。其中，博通科技产业园项目总投资50亿元。';

function tag(fragment: string, label: Entity['label'], id: string, extra: Partial<Entity> = {}, status: Annotation['status'] = 'accepted'): Annotation {
  const start = TEXT.indexOf(fragment);
  assert.ok(start >= 0, fragment);
  return { ...createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...extra }, status, 'x', new Date('2026-12-01T00:00:00Z'), TEXT, []), id };
}

const park = tag('新余高新区', 'PARK', 'park');
const project = tag('博通科技产业园项目', 'PROJECT', 'project');
const contract = tag('65.1亿元', 'MONEY', 'contract', { value: 6.51e9, currency: 'CNY', role: 'contract', scope: 'aggregate' });
const invest = tag('50亿元', 'MONEY', 'invest', { value: 5e9, currency: 'CNY', role: 'investment', scope: 'item' });

function sidecar(annotations: Annotation[], links: Link[] = []): Sidecar {
  return { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'a.txt', sha256: hashText(TEXT), annotations, links };
}

function link(id: string, kind: Link['kind'], from: string, to: string): Link {
  return { id, kind, from, to, status: 'accepted', author: 'x', time: '2026-12-01T00:00:00Z' };
}

describe('serializeSidecar is deterministic', () => {
  it('writes the same bytes whatever the order of annotations, links and keys', () => {
    const annotations = [park, project, contract, invest, { ...park, id: 'park-rejected', status: 'rejected' as const }];
    const links = [link('L1', 'project', 'invest', 'project'), link('L2', 'park', 'invest', 'park')];
    const expected = serializeSidecar(sidecar(annotations, links));
    for (let seed = 1; seed <= 20; seed++) {
      const shuffled = shuffle(annotations, seed).map((a) => Object.fromEntries(shuffle(Object.entries(a), seed)) as Annotation);
      const reordered = Object.fromEntries(shuffle(Object.entries(sidecar(shuffled, shuffle(links, seed + 7))), seed)) as unknown as Sidecar;
      assert.equal(serializeSidecar(reordered), expected, `order ${seed}`);
    }
    const reread = parseSidecar(expected);
    assert.ok(reread.ok);
    assert.equal(serializeSidecar(reread.sidecar), expected, 'a read and rewrite changes nothing');
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

describe('mergeSidecars', () => {
  const base = sidecar([park, contract]);

  it('keeps both sides\' additions and applies a change made on one side', () => {
    const ours = sidecar([park, { ...contract, role: 'investment' }, project]);
    const theirs = sidecar([park, contract, invest], [link('L1', 'project', 'invest', 'project')]);
    const { merged, conflicts } = mergeSidecars(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), ['contract', 'invest', 'park', 'project']);
    assert.equal(merged.annotations.find((a) => a.id === 'contract')?.role, 'investment');
    assert.deepEqual(merged.links?.map((l) => l.id), ['L1'], 'their link, whose target came from our side, holds');
  });

  it('applies a removal made on one side; a removal against a change keeps ours and reports it', () => {
    assert.deepEqual(mergeSidecars(base, sidecar([park, contract]), sidecar([contract])).merged.annotations.map((a) => a.id), ['contract']);
    const { merged, conflicts } = mergeSidecars(base, sidecar([park, { ...contract, status: 'rejected' }]), sidecar([park]));
    assert.equal(conflicts.length, 1);
    assert.match(conflicts[0].message, /contract: changed on our side, removed on theirs/);
    assert.equal(merged.annotations.find((a) => a.id === 'contract')?.status, 'rejected');
  });

  it('reports an annotation changed differently on both sides and keeps ours', () => {
    const { merged, conflicts } = mergeSidecars(base, sidecar([park, { ...contract, role: 'investment' }]), sidecar([park, { ...contract, role: 'funding' }]));
    assert.deepEqual(conflicts.map((c) => c.id), ['contract']);
    assert.match(conflicts[0].message, /ours MONEY 「65\.1亿元」 \d+–\d+ accepted investment, theirs .* funding/);
    assert.equal(merged.annotations.find((a) => a.id === 'contract')?.role, 'investment');
  });

  it('keeps one annotation when both sides tagged the same span, and drops links whose ends are gone', () => {
    const theirsProject = { ...project, id: 'their-project' };
    const ours = sidecar([park, contract, invest, project]);
    const theirs = sidecar([park, contract, invest, theirsProject], [link('L9', 'project', 'invest', 'their-project')]);
    const { merged, conflicts } = mergeSidecars(sidecar([park, contract, invest]), ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), ['contract', 'invest', 'park', 'project']);
    assert.deepEqual(merged.links?.map((l) => [l.id, l.to]), [['L9', 'project']], 'their link follows to our annotation of the span');
    const removed = mergeSidecars(sidecar([park, contract, invest], [link('L2', 'park', 'invest', 'park')]), sidecar([contract, invest], [link('L2', 'park', 'invest', 'park')]), sidecar([park, contract, invest], [link('L2', 'park', 'invest', 'park')]));
    assert.deepEqual(removed.merged.links, [], 'the link of the park removed on our side goes with it');
  });

  it('refuses to mix offsets of two versions of the article', () => {
    const ours = sidecar([park]);
    const { merged, conflicts } = mergeSidecars(base, ours, { ...sidecar([park]), sha256: hashText(`${TEXT}!`) });
    assert.equal(merged, ours);
    assert.match(conflicts[0].message, /different versions of the article/);
  });
});

describe('invest-news merge as a git merge driver (real git)', function () {
  const CLI = join(resolve(__dirname, '../../..'), 'dist/cli.js');
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
  const write = (s: Sidecar) => writeFileSync(join(repo, 'a.txt.ann.json'), serializeSidecar(s));
  const onDisk = () => {
    const parsed = parseSidecar(readFileSync(join(repo, 'a.txt.ann.json'), 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
    return parsed.sidecar;
  };

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'invest-news-merge-'));
    git('init', '-q', '-b', 'main');
    git('config', 'merge.invest-news.name', 'invest-news sidecar merge');
    git('config', 'merge.invest-news.driver', `"${process.execPath}" "${CLI}" merge %O %A %B %P`);
    writeFileSync(join(repo, '.gitattributes'), '*.ann.json merge=invest-news\n');
    writeFileSync(join(repo, 'a.txt'), TEXT);
    write(sidecar([park, contract]));
    git('add', '-A');
    git('commit', '-qm', 'base');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('merges two branches\' additions next to each other (git alone conflicts) and commits cleanly', () => {
    git('checkout', '-qb', 'alice');
    write(sidecar([park, contract, invest]));
    git('commit', '-qam', 'alice tags 50亿元');
    git('checkout', '-q', 'main');
    write(sidecar([park, { ...contract, role: 'investment' }, project]));
    git('commit', '-qam', 'main tags the project and changes a role');
    // Git's own line merge conflicts on these two versions (both insert after the same amount).
    for (const [name, rev] of [['base', 'HEAD~1'], ['ours', 'HEAD'], ['theirs', 'alice']]) writeFileSync(join(repo, `.${name}`), git('show', `${rev}:a.txt.ann.json`));
    assert.notEqual(spawnSync('git', ['merge-file', '-p', '.ours', '.base', '.theirs'], { cwd: repo }).status, 0, 'a line merge conflicts');
    for (const name of ['base', 'ours', 'theirs']) rmSync(join(repo, `.${name}`));
    const result = spawnSync('git', ['merge', '--no-edit', 'alice'], { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const merged = onDisk();
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), ['contract', 'invest', 'park', 'project']);
    assert.equal(merged.annotations.find((a) => a.id === 'contract')?.role, 'investment');
    assert.equal(git('status', '--porcelain'), '', 'merge committed, nothing left over');
  });

  it('marks a conflicting change as a conflict, with OURS\'s version in the file and the reason on stderr', () => {
    git('checkout', '-qb', 'bob');
    write(sidecar([park, { ...contract, role: 'funding' }, invest]));
    git('commit', '-qam', 'bob');
    git('checkout', '-q', 'main');
    write(sidecar([park, { ...contract, role: 'investment' }]));
    git('commit', '-qam', 'main');
    const result = spawnSync('git', ['merge', '--no-edit', 'bob'], { cwd: repo, encoding: 'utf8' });
    assert.notEqual(result.status, 0);
    assert.match(result.stdout + result.stderr, /a\.txt\.ann\.json: annotation contract: changed differently on both sides/);
    assert.match(git('status', '--porcelain'), /^UU a\.txt\.ann\.json/m);
    const merged = onDisk();
    assert.equal(merged.annotations.find((a) => a.id === 'contract')?.role, 'investment', 'ours kept');
    assert.ok(merged.annotations.some((a) => a.id === 'invest'), 'their addition kept');
  });
});
