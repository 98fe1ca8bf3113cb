// Sidecar version 2: links stored beside the annotations. Version 1 files (written before links
// existed) read unchanged; bad links are refused with the JSON path of the first problem.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadReviewedArticle } from '../../src/cli/reviewedArticle';
import { createAnnotation } from '../../src/core/review/review';
import { parseSidecar, serializeSidecar, SIDECAR_VERSION } from '../../src/core/sidecar/sidecarSchema';
import type { Annotation, Link, Sidecar } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Entity } from '../../src/core/types';

const FIXTURES = resolve(__dirname, '../../../test/unit/fixtures/sidecars');
const V1_FILES = ['v1-every-field.txt.ann.json', 'v1-empty.txt.ann.json', 'v1-hostile.txt.ann.json'];

const text = '青岚湖经济开发区今年引进项目9个。云帆智能装备有限公司投资12亿元建设云帆智能装备基地项目。';
const now = new Date('2026-01-05T10:00:00.000Z');

function annotation(label: Entity['label'], fragment: string, ids: string[], extra: Partial<Entity> = {}): Annotation {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, `fixture holds ${fragment}`);
  const a = createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...extra }, 'accepted', 'wang', now, text, ids);
  ids.push(a.id);
  return a;
}

function linkedSidecar(): Sidecar & { links: Link[] } {
  const ids: string[] = [];
  const park = annotation('PARK', '青岚湖经济开发区', ids);
  const company = annotation('COMPANY', '云帆智能装备有限公司', ids);
  const money = annotation('MONEY', '12亿元', ids, { value: 1.2e9, currency: 'CNY', role: 'investment', scope: 'item' });
  const project = annotation('PROJECT', '云帆智能装备基地项目', ids);
  const link = (id: string, kind: Link['kind'], to: string, status: Link['status'] = 'accepted'): Link => ({ id, kind, from: money.id, to, status, author: 'wang', time: now.toISOString() });
  return {
    format: 'invest-news-annotations',
    version: 2,
    article: 'a.txt',
    sha256: hashText(text),
    annotations: [park, company, money, project],
    links: [link('L3', 'park', park.id), link('L1', 'project', project.id), link('L2', 'company', company.id, 'rejected')],
  };
}

function problemOf(json: unknown): string {
  const parsed = parseSidecar(JSON.stringify(json));
  assert.equal(parsed.ok, false, 'the sidecar is refused');
  return parsed.ok ? '' : parsed.problem;
}

describe('sidecar version 1 files', () => {
  for (const file of V1_FILES) {
    it(`${file} opens with every annotation and field as stored, and no links`, () => {
      const content = readFileSync(join(FIXTURES, file), 'utf8');
      const parsed = parseSidecar(content);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
      const raw = JSON.parse(content) as { version: number; annotations: unknown[] };
      assert.equal(raw.version, 1, 'the fixture is a version 1 file');
      assert.deepEqual(parsed.sidecar.annotations, raw.annotations);
      assert.equal(parsed.sidecar.links, undefined);
    });

    it(`${file} is written as version 2 with the same annotations once something changes`, () => {
      const parsed = parseSidecar(readFileSync(join(FIXTURES, file), 'utf8'));
      assert.ok(parsed.ok);
      const written = serializeSidecar(parsed.sidecar);
      const reread = parseSidecar(written);
      assert.ok(reread.ok, reread.ok ? '' : reread.problem);
      assert.equal(reread.sidecar.version, SIDECAR_VERSION);
      assert.equal(SIDECAR_VERSION, 2);
      assert.deepEqual(reread.sidecar.links, []);
      const byId = (list: readonly Annotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      assert.deepEqual(byId(reread.sidecar.annotations), byId(parsed.sidecar.annotations));
    });
  }

  it('keeps the orphaned annotation of a version 1 file', () => {
    const parsed = parseSidecar(readFileSync(join(FIXTURES, 'v1-every-field.txt.ann.json'), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.annotations.filter((a) => a.orphaned).length, 1);
  });

  it('refuses links in a version 1 file, and versions it cannot read', () => {
    assert.match(problemOf({ ...linkedSidecar(), version: 1 }), /^links: .*version 2/);
    assert.match(problemOf({ ...linkedSidecar(), version: 3 }), /^version: unsupported version.*1 and 2/);
  });
});

describe('sidecar version 2 links', () => {
  it('round-trips links through serialise and parse', () => {
    const sidecar = linkedSidecar();
    const parsed = parseSidecar(serializeSidecar(sidecar));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
    assert.deepEqual([...(parsed.sidecar.links ?? [])].sort((a, b) => a.id.localeCompare(b.id)), [...sidecar.links].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('serialises in a stable order: by amount, then project, company, park; keys in a fixed order', () => {
    const sidecar = linkedSidecar();
    const shuffled = { ...sidecar, links: [...sidecar.links].reverse(), annotations: [...sidecar.annotations].reverse() };
    assert.equal(serializeSidecar(shuffled), serializeSidecar(sidecar));
    const written = JSON.parse(serializeSidecar(sidecar)) as { version: number; links: Record<string, unknown>[] };
    assert.equal(written.version, 2);
    assert.deepEqual(written.links.map((l) => l.kind), ['project', 'company', 'park']);
    assert.deepEqual(Object.keys(written.links[0]), ['id', 'kind', 'from', 'to', 'status', 'author', 'time']);
  });

  it('writes an empty links array when there are none', () => {
    const written = JSON.parse(serializeSidecar({ ...linkedSidecar(), links: [] })) as { links: unknown[] };
    assert.deepEqual(written.links, []);
  });

  it('names the JSON path of a dangling id', () => {
    const sidecar = linkedSidecar();
    sidecar.links[1] = { ...sidecar.links[1], to: 'nowhere' };
    assert.equal(problemOf(sidecar), 'links.1.to: no annotation has the id nowhere');
    sidecar.links[1] = { ...sidecar.links[1], to: sidecar.links[0].to, from: 'gone', kind: 'park' };
    assert.equal(problemOf(sidecar), 'links.1.from: no annotation has the id gone');
  });

  it('refuses a link to a span of the wrong label, and one that does not start at an amount', () => {
    const sidecar = linkedSidecar();
    const park = sidecar.annotations[0];
    sidecar.links[1] = { ...sidecar.links[1], to: park.id };
    assert.equal(problemOf(sidecar), `links.1.to: annotation ${park.id} is PARK; a project link points at a PROJECT annotation`);
    const other = linkedSidecar();
    other.links[0] = { ...other.links[0], from: park.id };
    assert.equal(problemOf(other), `links.0.from: annotation ${park.id} is PARK; a link starts at a MONEY annotation`);
  });

  it('refuses two accepted links of one kind from one amount', () => {
    const sidecar = linkedSidecar();
    const ids = sidecar.annotations.map((a) => a.id);
    const secondPark = createAnnotation({ label: 'PARK', start: 0, end: 3, text: text.slice(0, 3) }, 'accepted', 'wang', now, text, ids);
    sidecar.annotations.push(secondPark);
    sidecar.links.push({ ...sidecar.links[0], id: 'L4', to: secondPark.id });
    assert.equal(problemOf(sidecar), `links.3: amount ${sidecar.links[0].from} already has an accepted park link (L3); at most one of each kind`);
  });

  it('refuses an id used twice across annotations and links, and the same link twice', () => {
    const sidecar = linkedSidecar();
    sidecar.links[0] = { ...sidecar.links[0], id: sidecar.annotations[0].id };
    assert.match(problemOf(sidecar), /^links\.0\.id: id .* is already taken/);
    const twice = linkedSidecar();
    twice.links.push({ ...twice.links[2], id: 'L9' });
    assert.equal(problemOf(twice), 'links.3: repeats link L2 (same kind, from and to)');
  });

  it('accepts a rejected link beside the accepted one of the same kind', () => {
    const sidecar = linkedSidecar();
    const ids = sidecar.annotations.map((a) => a.id);
    const secondProject = createAnnotation({ label: 'PROJECT', start: 0, end: 3, text: text.slice(0, 3) }, 'accepted', 'wang', now, text, ids);
    sidecar.annotations.push(secondProject);
    sidecar.links.push({ ...sidecar.links[1], id: 'L5', to: secondProject.id, status: 'rejected' });
    const parsed = parseSidecar(JSON.stringify(sidecar));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  });

  it('names the file and the JSON path when the command line reads a sidecar with a bad link', () => {
    const folder = mkdtempSync(join(tmpdir(), 'invest-news-links-'));
    try {
      const article = join(folder, 'a.txt');
      writeFileSync(article, text);
      const sidecar = linkedSidecar();
      sidecar.links[2] = { ...sidecar.links[2], to: 'missing' };
      writeFileSync(`${article}.ann.json`, JSON.stringify(sidecar));
      const { problems, annotations } = loadReviewedArticle(article);
      assert.deepEqual(annotations, [], 'nothing of a bad sidecar is used');
      assert.equal(problems.length, 1);
      assert.ok(problems[0].startsWith(`${article}.ann.json: links.2.to: no annotation has the id missing`), problems[0]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
