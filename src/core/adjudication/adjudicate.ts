// The adjudicated sidecar of one article, built from the annotators' files and the decisions:
// the unanimous annotations, then at each decided disagreement the versions taken, then the
// rejections (a rejection only silences a suggestion, so every annotator's is kept unless an
// annotation of that span and label was taken), and likewise the rejected links between spans the
// result holds, unless that very link was taken as accepted. Undecided disagreements contribute nothing and
// are counted as open. Decisions whose disagreement no longer exists (an annotator changed that
// place) are dropped: the place is a new disagreement, asked again. Deterministic: the same
// files and decisions give the same file, its time kept while the decisions stay the same.
import { serializeSidecar, SIDECAR_FORMAT, SIDECAR_VERSION, type Annotation, type Link, type Sidecar } from '../sidecar/sidecarSchema';
import { hashText } from '../textHash';
import { ADJUDICATION_FIELD, type AdjudicationRecord, type Decision } from './adjudicationRecord';
import { describeClaims } from './describeClaims';
import { diffVersions, spanKey, type AnnotatorFile, type Claim, type Disagreement, type VersionsDiff } from './diffVersions';

export interface AdjudicationInput {
  /** The article's current text and file name. */
  text: string;
  article: string;
  files: readonly AnnotatorFile[];
  /** Decisions so far (from the adjudicated file, and this session's), by disagreement key. */
  decisions: readonly Decision[];
  adjudicator: string;
  /** ISO 8601; used when the decisions or versions differ from `previous`. */
  now: string;
  /** The adjudicated file as it is on disk, when there is one (its record and unknown fields are kept). */
  previous?: Sidecar;
  previousRecord?: AdjudicationRecord;
}

export interface AdjudicationResult {
  sidecar: Sidecar;
  diff: VersionsDiff;
  /** The decisions that apply (by the order of the disagreements). */
  decisions: Decision[];
  /** Disagreements without a decision. */
  open: Disagreement[];
  /** Earlier decisions whose disagreement is gone. */
  staleDecisions: number;
}

export function adjudicate(input: AdjudicationInput): AdjudicationResult {
  const diff = diffVersions(input.files);
  const byKey = new Map(input.decisions.map((d) => [d.key, d]));
  const decisions: Decision[] = [];
  const open: Disagreement[] = [];
  const taken: Claim[] = [...diff.unanimous];
  for (const disagreement of diff.disagreements) {
    const decision = byKey.get(disagreement.key);
    if (!decision) {
      open.push(disagreement);
      continue;
    }
    decisions.push({ key: disagreement.key, take: diff.annotators.filter((name) => decision.take.includes(name)), place: placeOf(disagreement) });
    taken.push(...disagreement.versions.filter((v) => decision.take.includes(v.annotator)).flatMap((v) => v.claims));
  }
  const { annotations, links } = assemble(taken, input.files);
  const record = recordOf(input, decisions, open.length, annotationsHash({ annotations, links }));
  const sidecar = {
    ...input.previous,
    format: SIDECAR_FORMAT,
    version: SIDECAR_VERSION,
    article: input.article,
    sha256: hashText(input.text),
    annotations,
    links,
    [ADJUDICATION_FIELD]: record,
  } as Sidecar;
  const applied = new Set(decisions.map((d) => d.key));
  const stale = input.decisions.filter((d) => !applied.has(d.key)).length;
  return { sidecar, diff, decisions, open, staleDecisions: stale };
}

/** The record: the previous one's adjudicator and time when nothing it records changed. */
function recordOf(input: AdjudicationInput, decisions: Decision[], open: number, annotationsSha256: string): AdjudicationRecord {
  const versions = input.files.map((f) => ({ annotator: f.annotator, sha256: f.fileHash }));
  const record: AdjudicationRecord = { adjudicator: input.adjudicator, time: input.now, versions, decisions, open, annotationsSha256 };
  const previous = input.previousRecord;
  if (previous && JSON.stringify({ ...previous, adjudicator: '', time: '' }) === JSON.stringify({ ...record, adjudicator: '', time: '' })) return previous;
  return record;
}

/**
 * Whether the adjudicated file's annotations or links were changed after it was written (by hand,
 * or reviewing in the editor): adjudicating again would rebuild them and lose those changes.
 */
export function editedSinceAdjudication(sidecar: Pick<Sidecar, 'annotations' | 'links'>, record: AdjudicationRecord): boolean {
  return record.annotationsSha256 !== undefined && annotationsHash(sidecar) !== record.annotationsSha256;
}

/** Over the annotations and links in the order a sidecar is written, so the order they come in does not matter. */
function annotationsHash({ annotations, links }: Pick<Sidecar, 'annotations' | 'links'>): string {
  const neutral = { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: '-', sha256: '0'.repeat(64), annotations, links: links ?? [] } as Sidecar;
  return hashText(serializeSidecar(neutral));
}

export function placeOf(disagreement: Disagreement): string {
  const versions = disagreement.versions.map((v) => `${v.annotator}: ${describeClaims(v.claims)}`);
  return `${disagreement.start}–${disagreement.end} ${versions.join(' | ')}`;
}

/** The taken claims as annotations (one per span and label), their links, and the rejections. */
function assemble(taken: readonly Claim[], files: readonly AnnotatorFile[]): { annotations: Annotation[]; links: Link[] } {
  const ids = new UniqueIds();
  const bySpan = new Map<string, Annotation>();
  const chosen: { claim: Claim; annotation: Annotation }[] = [];
  for (const claim of taken) {
    const key = spanKey(claim.annotation);
    if (bySpan.has(key)) continue; // "Both" where both marked the span: the first annotator's version.
    const annotation = { ...claim.annotation, id: ids.take(claim.annotation.id) };
    bySpan.set(key, annotation);
    chosen.push({ claim, annotation });
  }
  const links: Link[] = [];
  for (const { claim, annotation } of chosen) {
    for (const { link, target } of claim.links) {
      const to = bySpan.get(spanKey(target));
      // The target was not taken (another annotator's version of it was, or none): no link.
      if (to && to.status === 'accepted') links.push({ ...link, id: ids.take(link.id), from: annotation.id, to: to.id });
    }
  }
  const rejections: Annotation[] = [];
  for (const file of files) {
    for (const rejected of file.annotations.filter((a) => a.status === 'rejected' && !a.orphaned)) {
      if (bySpan.has(spanKey(rejected))) continue;
      const annotation = { ...rejected, id: ids.take(rejected.id) };
      bySpan.set(spanKey(rejected), annotation);
      rejections.push(annotation);
    }
  }
  links.push(...rejectedLinks(files, bySpan, links, ids));
  return { annotations: [...chosen.map((c) => c.annotation), ...rejections], links };
}

/**
 * Each annotator's rejected links whose two ends are in the result, once: without them the
 * adjudicated file would suggest again a link an annotator had silenced. A link taken as accepted
 * wins over another annotator's rejection of it.
 */
function rejectedLinks(files: readonly AnnotatorFile[], bySpan: ReadonlyMap<string, Annotation>, taken: readonly Link[], ids: UniqueIds): Link[] {
  const present = new Set(taken.map((link) => `${link.kind}\0${link.from}\0${link.to}`));
  const carried: Link[] = [];
  for (const file of files) {
    const byId = new Map(file.annotations.map((a) => [a.id, a]));
    for (const link of file.links.filter((l) => l.status === 'rejected')) {
      const [fromAnnotation, toAnnotation] = [byId.get(link.from), byId.get(link.to)];
      const from = fromAnnotation && bySpan.get(spanKey(fromAnnotation));
      const to = toAnnotation && bySpan.get(spanKey(toAnnotation));
      const key = from && to && `${link.kind}\0${from.id}\0${to.id}`;
      if (!from || !to || !key || present.has(key)) continue;
      present.add(key);
      carried.push({ ...link, id: ids.take(link.id), from: from.id, to: to.id });
    }
  }
  return carried;
}

/** Annotators mint ids independently, so two may use the same one: the later gets a suffix. */
class UniqueIds {
  private readonly used = new Set<string>();

  take(id: string): string {
    let unique = id;
    for (let n = 2; this.used.has(unique); n++) unique = `${id}-${n}`;
    this.used.add(unique);
    return unique;
  }
}
