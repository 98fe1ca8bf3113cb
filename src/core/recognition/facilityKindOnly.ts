// A kind of facility or a sector alone before `项目` (`酒店项目`, `配套酒店项目`, `供水项目`, `集中供热项目`,
// `商业综合体项目`, `炼厂项目`, `航空项目`): it says what sort of thing is built, not which one, so it names no project
// (guidelines: generic mentions are no PROJECT). A name of its own around the kind keeps it (`某某县供水项目`,
// `空港大酒店项目`, `某某商业综合体项目`), and so does a name the scan cut right after a place or a park
// (`某某园区集中供热项目`: the place opens the whole name, which the zone bounds).
import { WordMap } from '../wordMap';

/** Kinds of facility, and sectors, that are no name on their own. */
const FACILITY_KINDS = WordMap.of(['酒店', '供水', '供热', '综合体', '商业综合体', '炼厂', '废物处理', '污水处理', '垃圾处理', '航运枢纽', '航空']);

/** Words of standing or size a kind may carry and still say no name (`配套酒店`, `集中供热`, `大型炼厂`). */
const KIND_MODIFIERS = WordMap.of(['配套', '集中', '大型', '高端', '五星级']);

/** Last characters of a place or a park's name: a name cut there by the scan goes on before it. */
const PLACE_ENDS = new Set(['区', '园', '县', '市', '镇', '村', '城', '乡', '省', '州'].map((c) => c.charCodeAt(0)));

/** Is the name from `start` to `end` (before `项目`) a kind of facility or a sector alone? */
export function facilityKindOnly(text: string, start: number, end: number): boolean {
  if (start > 0 && PLACE_ENDS.has(text.charCodeAt(start - 1))) return false;
  const kind = FACILITY_KINDS.longestEndingAt(text, end, start);
  if (kind === 0) return false;
  const rest = end - kind - start;
  return rest === 0 || KIND_MODIFIERS.longestEndingAt(text, end - kind, start) === rest;
}
