// One project written under a longer and a shorter name in the same article: `安徽某某20GWh电池项目`
// then `某某20GWh电池项目`, `年产500万片晶圆项目` then `晶圆项目`, `某某设施建设项目` then `某某设施项目`.
// The readings that need an article's or a paragraph's one project (projectOfParagraph.ts,
// soleProjectOfArticle, projectTakenUp) count such names once, so a second writing does not look
// like a second project. A phase or a numbered part is another undertaking (`P一期项目` is not `P项目`,
// `3号厂房项目` not `厂房项目`): the words the longer name adds must not name one.
import { shortProjectName, type LinkSpan } from './linkNames';

/** Shortest name (without places and `项目`) compared: shorter ones are kinds of project (`储能`). */
const MIN_SHORT = 4;

/** Added words naming a phase, a numbered part or a plot: another undertaking than the shorter name's. */
export const ANOTHER_PART = /期|[0-9一二三四五六七八九十]\s*[号#栋座]|地块/;

/**
 * What `byName` holds for the longest shorter writing of `name` (words cut at its head, `minLength` units kept at
 * least), or undefined, also when the words cut name a phase or a numbered part (another undertaking). Each tail of the
 * name is one map look-up: the cost grows with the name, not the article.
 */
export function ofShorterWriting<T>(byName: ReadonlyMap<string, T>, name: string, minLength: number): T | undefined {
  for (let cut = 1; name.length - cut >= minLength; cut++) {
    const found = byName.get(name.slice(cut));
    if (found !== undefined) return ANOTHER_PART.test(name.slice(0, cut)) ? undefined : found;
  }
  return undefined;
}

/** What a longer name may add after the shorter one: only the word for building (`…设施建设项目`). */
const ADDED_AT_END = /^(?:建设|工程|建设工程)$/;

/** Are `a` and `b` one project, the one name the other written with more or fewer words at its head? */
export function oneProject(a: LinkSpan, b: LinkSpan): boolean {
  if (a.name === b.name) return true;
  const [ofA, ofB] = [shortProjectName(a), shortProjectName(b)];
  const [short, long] = ofA.length <= ofB.length ? [ofA, ofB] : [ofB, ofA];
  if (short.length < MIN_SHORT || short === long) return short === long;
  if (long.endsWith(short)) return !ANOTHER_PART.test(long.slice(0, -short.length));
  return long.startsWith(short) && ADDED_AT_END.test(long.slice(short.length));
}

/**
 * The fullest writing of each project name in `projects`, by the whole name it ends with (`年产80万套轮毂项目` for
 * `轮毂项目`), with no phase or numbered part added. Read only to name a project already found by its short
 * writing: a short name of a kind of product is no project of its own. Each name's tails are indexed once
 * (names are short), so the cost grows with the article, not with pairs of its projects; the map is asked only
 * for the names of `projects`.
 */
export function fullestWritings(projects: readonly LinkSpan[]): ReadonlyMap<string, LinkSpan> {
  const fullest = new Map<string, LinkSpan>();
  // A name written again indexes nothing new (its tails already hold a name as long): each name is read once.
  const names = new Map<string, LinkSpan>();
  for (const project of projects) if (!names.has(project.name)) names.set(project.name, project);
  // Only a tail that may be a name is indexed (one as long as a name, opening with a name's first character):
  // no other is asked for, and each indexed tail costs a copy, a hash and a test of the words before it.
  const lengths = new Set<number>();
  const heads = new Set<number>();
  for (const name of names.keys()) {
    lengths.add(name.length);
    heads.add(name.charCodeAt(0));
  }
  for (const [name, project] of names) {
    for (let cut = 1; cut < name.length; cut++) {
      if (!lengths.has(name.length - cut) || !heads.has(name.charCodeAt(cut))) continue;
      const known = fullest.get(name.slice(cut));
      if ((known && known.name.length >= name.length) || ANOTHER_PART.test(name.slice(0, cut))) continue;
      fullest.set(name.slice(cut), project);
    }
  }
  return fullest;
}
