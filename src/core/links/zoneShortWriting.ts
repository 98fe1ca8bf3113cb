// One zone written in two forms neither of which contains the other: its full kind words and a
// short writing that keeps some of their characters (`某某经济技术开发区` / `某某经开区` / `某某开发区`,
// `某某汽车经济技术开发区` / `某某汽开区`, `某某市高新区` / `某某高新区`, `甲乙产业区丙丁园区` / `甲乙丙丁园区`).
// Read from how the names are built, not from a list of short words: the short writing starts with
// the zone's own place, leaves out characters of the longer writing only, and both end as a zone.

/** How a zone's full writing ends (folded, Simplified): the kinds whose words are written short. */
const FULL_ZONE_ENDING = /(?:开发区|园区|新区)$/;
/** How a zone's short writing ends. */
const SHORT_ZONE_ENDING = /区$/;
/** The place a zone's name starts with, kept in its short writing: two characters at least. */
const MIN_SHARED_HEAD = 2;
/** A short writing keeps its place and a kind character at least (`某某区` is a district, not a zone's short writing). */
const MIN_SHORT_LENGTH = 4;
/** Runs of the longer writing left out of the short one (`经[济技术]开[发]区`: two). */
const MAX_LEFT_OUT_RUNS = 2;
/** A place's level word, which a park's name may write after its place or leave out (`兰州市高新区`, `兰州高新区`). */
const LEVEL_WORDS = '市县';
/** Where a level word stands in a park's name: after a place of two or three characters. */
const LEVEL_AT = [2, 3];

/**
 * Are the two names one zone, the shorter written by leaving characters of the longer out
 * (`拉萨经济技术开发区`, `拉萨经开区`)? Names that contain each other are not asked here (a longer
 * or shorter form of one name is matched as it is); a zone inside a zone ends otherwise
 * (`某某高新区` is not `某某高新综合保税区`: the longer ends as a bonded zone, not as a development zone).
 */
export function zoneWrittenShort(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length === long.length || short.length < MIN_SHORT_LENGTH || long.includes(short)) return false;
  if (!SHORT_ZONE_ENDING.test(short) || !FULL_ZONE_ENDING.test(long)) return false;
  if (short.slice(0, MIN_SHARED_HEAD) !== long.slice(0, MIN_SHARED_HEAD)) return false;
  if (leftOutRuns(short, long) <= MAX_LEFT_OUT_RUNS) return true;
  // The full writing may add its place's level word too (`某某市经济开发区`, `某某经开区`): a third run left out,
  // which is no more than the place written with or without its level (placeLevelWritten).
  const withoutLevel = withoutLevelWord(long);
  return withoutLevel !== undefined && leftOutRuns(short, withoutLevel) <= MAX_LEFT_OUT_RUNS;
}

/** The name without the level word after its place (`某某市经济开发区` → `某某经济开发区`); undefined when none. */
function withoutLevelWord(name: string): string | undefined {
  for (const at of LEVEL_AT) if (LEVEL_WORDS.includes(name[at])) return name.slice(0, at) + name.slice(at + 1);
  return undefined;
}

/**
 * How many runs of `long`'s characters a left-to-right reading skips to find `short` in it
 * (Infinity when `short` is not a subsequence of `long`, or its last character is not `long`'s).
 */
export function leftOutRuns(short: string, long: string): number {
  let i = 0;
  let runs = 0;
  let skipping = false;
  for (const c of long) {
    if (i < short.length && c === short[i]) {
      i++;
      skipping = false;
    } else {
      if (!skipping) runs++;
      skipping = true;
    }
  }
  return i === short.length && !skipping ? runs : Infinity;
}


/** Are the two names one park's, written with and without the level word after its place (`某某市高新区`, `某某高新区`)? */
export function placeLevelWritten(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  return LEVEL_AT.some((at) => LEVEL_WORDS.includes(long[at]) && long.slice(0, at) + long.slice(at + 1) === short);
}
