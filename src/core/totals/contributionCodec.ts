// One article's contribution to the corpus totals (`ArticleTotals`, totals.ts) as a compact
// record, for the corpus worker's cache: it keeps one per file so that a rescan or a live update
// only combines, and at 100,000 files the contributions as objects took ~7 KB each (a few dozen
// small objects, and names that were views of their whole article's text). A record is a
// one-byte string (byteString.ts) of a few hundred bytes; names, currencies and roles are
// numbers of a `StringTable` shared by the corpus. Decoding gives back the very object
// `articleTotals` made (same numbers to the last bit, same fields in the same order), so the
// totals combined from records are the totals combined from the objects.
//
// Left out because they follow from the rest, as `articleTotals` makes them: the file (given
// back by the caller: the worker knows each file's name), the per-file rounded rows (rounded
// from the raw cells), the threshold count, and each citable amount's record key.
import { ByteReader, ByteWriter } from './byteString';
import { roundedRows } from './amountTable';
import { recordKey } from './corpusRecords';
import type { CitableAmount, StatedAggregate } from './corpusRecords';
import type { StringTable } from './stringTable';
import type { ArticleTotals, MoneySums, RawCell, RawGroup, ReviewCountsByLabel, SkippedCounts, ThresholdEntry, TotalsBasis } from './totalsData';
import { LABELS } from '../types';
import type { SummedRole } from '../types';

/** Bits of a flags byte: which optional fields follow. */
const HAS_VALUE = 1;
const HAS_MAX = 2;
const HAS_CURRENCY = 4;
const HAS_PARK = 8;
const IS_ACCEPTED = 16;
const IN_ALL = 32;

const SKIPPED_KEYS = ['glosses', 'repeats', 'parts', 'incomplete', 'crossArticle'] as const satisfies readonly (keyof SkippedCounts)[];

/** The record of a contribution `articleTotals` made. */
export function encodeContribution(contribution: ArticleTotals, strings: StringTable): string {
  const w = new ByteWriter();
  const id = (value: string) => w.uint(strings.idOf(value));
  writeList(w, contribution.amounts, (cell) => writeCell(w, cell, id));
  for (const label of LABELS) {
    const counts = contribution.fileTotals.review[label];
    w.number(counts.accepted);
    w.number(counts.rejected);
    w.number(counts.suggested);
  }
  writeList(w, contribution.thresholds, (t) => {
    w.byte(flags({ [HAS_VALUE]: t.value !== undefined, [HAS_MAX]: t.max !== undefined, [HAS_CURRENCY]: t.currency !== undefined, [HAS_PARK]: t.park !== undefined, [IS_ACCEPTED]: t.status === 'accepted' }));
    writeSource(w, t);
    if (t.value !== undefined) w.number(t.value);
    if (t.max !== undefined) w.number(t.max);
    if (t.currency !== undefined) id(t.currency);
    if (t.park !== undefined) id(t.park);
  });
  for (const groups of [contribution.parks, contribution.projects, contribution.companies]) {
    writeList(w, groups, (g) => {
      w.byte(flags({ [HAS_PARK]: g.park !== undefined }));
      id(g.key);
      id(g.name);
      if (g.park !== undefined) id(g.park);
      w.number(g.suggestedCount);
      writeList(w, g.amounts, (cell) => writeCell(w, cell, id));
    });
  }
  for (const basis of ['accepted', 'all'] as const satisfies readonly TotalsBasis[]) for (const key of SKIPPED_KEYS) w.number(contribution.skipped[basis][key]);
  writeList(w, contribution.citable, (a) => {
    w.byte(flags({ [HAS_MAX]: a.max !== undefined, [IS_ACCEPTED]: a.accepted, [IN_ALL]: a.all }));
    writeSource(w, a);
    id(a.project);
    id(a.projectKey);
    id(a.parkKey);
    id(a.companyKey);
    id(a.currency);
    id(a.role);
    w.number(a.value);
    if (a.max !== undefined) w.number(a.max);
  });
  writeList(w, contribution.aggregates, (a) => {
    w.byte(flags({ [HAS_MAX]: a.max !== undefined, [HAS_PARK]: a.park !== undefined, [IS_ACCEPTED]: a.status === 'accepted' }));
    writeSource(w, a);
    id(a.currency);
    id(a.role);
    w.number(a.value);
    if (a.max !== undefined) w.number(a.max);
    if (a.park !== undefined) id(a.park);
  });
  return w.finish();
}

/** The contribution of `file` a record holds (see the top of this file). Throws on a record it did not write. */
export function decodeContribution(record: string, file: string, strings: StringTable): ArticleTotals {
  const r = new ByteReader(record);
  const str = () => strings.at(r.uint());
  const role = () => str() as SummedRole;
  const amounts = readList(r, () => readCell(r, str, role));
  const review = {} as ReviewCountsByLabel;
  for (const label of LABELS) review[label] = { accepted: r.number(), rejected: r.number(), suggested: r.number() };
  const thresholds = readList(r, (): ThresholdEntry => {
    const f = r.byte();
    const entry: ThresholdEntry = { file, start: r.number(), end: r.number(), text: r.text(), status: f & IS_ACCEPTED ? 'accepted' : 'suggested' };
    if (f & HAS_VALUE) entry.value = r.number();
    if (f & HAS_MAX) entry.max = r.number();
    if (f & HAS_CURRENCY) entry.currency = str();
    if (f & HAS_PARK) entry.park = str();
    return entry;
  });
  const readGroups = () =>
    readList(r, (): RawGroup => {
      const f = r.byte();
      const key = str();
      const name = str();
      const park = f & HAS_PARK ? str() : undefined;
      const group: RawGroup = { key, name, amounts: [], suggestedCount: r.number() };
      group.amounts = readList(r, () => readCell(r, str, role));
      if (park !== undefined) group.park = park;
      return group;
    });
  const parks = readGroups();
  const projects = readGroups();
  const companies = readGroups();
  const skipped = { accepted: readSkipped(r), all: readSkipped(r) };
  const citable = readList(r, (): CitableAmount => {
    const f = r.byte();
    const start = r.number();
    const end = r.number();
    const text = r.text();
    const [project, projectKey, parkKey, companyKey, currency] = [str(), str(), str(), str(), str()];
    const amountRole = role();
    const value = r.number();
    const max = f & HAS_MAX ? r.number() : undefined;
    const amount: CitableAmount = {
      file, start, end, text, key: recordKey(projectKey, amountRole, currency, value, max), project, projectKey, parkKey, companyKey,
      currency, role: amountRole, value, accepted: (f & IS_ACCEPTED) !== 0, all: (f & IN_ALL) !== 0,
    };
    if (max !== undefined) amount.max = max;
    return amount;
  });
  const aggregates = readList(r, (): StatedAggregate => {
    const f = r.byte();
    const aggregate: StatedAggregate = { file, start: r.number(), end: r.number(), text: r.text(), currency: str(), role: role(), value: r.number(), status: f & IS_ACCEPTED ? 'accepted' : 'suggested' };
    if (f & HAS_MAX) aggregate.max = r.number();
    if (f & HAS_PARK) aggregate.park = str();
    return aggregate;
  });
  if (!r.atEnd) throw new RangeError('record longer than its contribution');
  const fileTotals = { file, amounts: roundedRows(amounts), thresholdCount: thresholds.length, review };
  return { file, amounts, fileTotals, thresholds, parks, projects, companies, skipped, citable, aggregates };
}

function flags(bits: Record<number, boolean>): number {
  let value = 0;
  for (const [bit, on] of Object.entries(bits)) if (on) value |= Number(bit);
  return value;
}

function writeList<T>(w: ByteWriter, list: readonly T[], write: (item: T) => void): void {
  w.uint(list.length);
  for (const item of list) write(item);
}

function readList<T>(r: ByteReader, read: () => T): T[] {
  const length = r.uint();
  const list = new Array<T>(length);
  for (let i = 0; i < length; i++) list[i] = read();
  return list;
}

function writeSource(w: ByteWriter, source: { start: number; end: number; text: string }): void {
  w.number(source.start);
  w.number(source.end);
  w.text(source.text);
}

function writeCell(w: ByteWriter, cell: RawCell, id: (value: string) => void): void {
  id(cell.currency);
  id(cell.role);
  writeSums(w, cell.accepted);
  writeSums(w, cell.all);
}

function readCell(r: ByteReader, str: () => string, role: () => SummedRole): RawCell {
  return { currency: str(), role: role(), accepted: readSums(r), all: readSums(r) };
}

function writeSums(w: ByteWriter, sums: MoneySums): void {
  w.number(sums.itemised);
  w.number(sums.itemisedCount);
  w.number(sums.aggregate);
  w.number(sums.aggregateCount);
  w.number(sums.difference);
  w.number(sums.rangeCount);
}

function readSums(r: ByteReader): MoneySums {
  return { itemised: r.number(), itemisedCount: r.number(), aggregate: r.number(), aggregateCount: r.number(), difference: r.number(), rangeCount: r.number() };
}

function readSkipped(r: ByteReader): SkippedCounts {
  return { glosses: r.number(), repeats: r.number(), parts: r.number(), incomplete: r.number(), crossArticle: r.number() };
}
