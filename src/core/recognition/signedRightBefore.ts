// An amount that is the object of a verb of signing (guidelines, role `contract`).
import { charSet, code } from '../text';
import { WordMap } from '../wordMap';
import { projectNamedAfter } from './projectAfterAmount';

/** Verbs whose object is an agreement or a contract. */
const SIGNING_VERBS = WordMap.of(['签订', '签署', '签下']);
/**
 * The verb of signing projects: its object is the projects, so an amount right after it is what was signed
 * (`成功签约X。`, `一季度签约X 到位Y`) unless it sizes the projects named after it (`现场签约X投资项目`).
 */
const SIGNING_PROJECTS = WordMap.of(['签约']);
/** Words of worth between the verb and the amount (`签订了价值X的…协议`). */
const WORTH = WordMap.of(['价值', '金额', '总额', '总金额', '总价值']);
/** One bound or filler right before the amount (`签约近X`, `签约总金额超X`): the amount is still the verb's object. */
const BOUND_BEFORE = charSet('达超逾近约共');
const LE = code('了');
const PROJECT_NOUN = '项目';

/**
 * `与某县政府签订了价值X的战略合作框架协议`, `签订X的投资合作框架协议`, `签署X项目投资合同`, `招商推介会成功签约X`:
 * an amount written right after a verb of signing (through a bound, a word of worth and `了`) is the value
 * of what was signed, whatever kind of money the agreement's words after it, or a cue earlier in the clause
 * (an event's name: `招商引资推介会`), name. Reads at most a few characters back and the project name after.
 */
export function signedRightBefore(text: string, start: number, afterEnd: number): boolean {
  // `签约X`: the `约` of the verb is no bound.
  const verb = signingVerbEndingAt(text, start) ?? (start > 0 && BOUND_BEFORE.has(text.charCodeAt(start - 1)) ? signingVerbEndingAt(text, start - 1) : undefined);
  return verb === 'agreement' || (verb === 'projects' && !projectNamedAfter(text, afterEnd));
}

/**
 * `新签约50个项目X`: the projects signed, counted, right before the amount; it is their signed money, as after
 * `签约项目` (a cue of its own, `ROLE_CUES`). A cue between (`签约30个项目投资X`) names the kind instead.
 */
const SIGNED_COUNTED_PROJECTS = /(?:签约|签订|签下)了?[0-9一二三四五六七八九十百两]{1,4}[个项]项目$/;
/** The longest text SIGNED_COUNTED_PROJECTS can match. */
const SIGNED_COUNTED_REACH = 11;

/** The verb of signing ending at `end`, through a word of worth and `了`: one whose object is an agreement, or projects. */
function signingVerbEndingAt(text: string, end: number): 'agreement' | 'projects' | undefined {
  if (text.startsWith(PROJECT_NOUN, end - PROJECT_NOUN.length) && SIGNED_COUNTED_PROJECTS.test(text.slice(Math.max(0, end - SIGNED_COUNTED_REACH), end))) return 'projects';
  let p = end;
  const worth = WORTH.endingAt(text, p, Math.max(0, p - 3));
  if (worth) p = worth.start;
  if (p > 0 && text.charCodeAt(p - 1) === LE) p--;
  const lo = Math.max(0, p - 2);
  if (SIGNING_VERBS.endingAt(text, p, lo) !== undefined) return 'agreement';
  return SIGNING_PROJECTS.endingAt(text, p, lo) !== undefined ? 'projects' : undefined;
}
