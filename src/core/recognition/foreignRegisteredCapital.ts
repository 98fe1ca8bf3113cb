// Registered capital of foreign-funded firms (guidelines, role `foreign`): a zone's statistics give the
// registered capital its Taiwan-, Hong Kong- or foreign-funded firms put up (`台资注册资本X`, `注册的港资企业达N家,
// 注册资本X`), which is foreign capital; one company's registered capital with no such owner stays `other`.
// Reads the amount's sentence before the cue, nothing more.
import { type cueBefore } from './moneyCues';

/** The nearest money cue before an amount, as `cueBefore` finds it. */
type FoundCue = NonNullable<ReturnType<typeof cueBefore>>;

const REGISTERED_CAPITAL = new Set(['注册资本', '注册资金']);

/**
 * Owners that make capital foreign: foreign capital and its kinds (`外资 台资 港资 侨资 日资 韩资`,
 * `港澳台资`), foreign merchants (`外商`) and the foreign party of a joint venture (`外方`).
 */
const FOREIGN_OWNERS = ['外资', '台资', '港资', '侨资', '日资', '韩资', '外商', '外方'];

/**
 * The cue is registered capital and its sentence, before it, names foreign capital as the owner
 * (`台资注册资本`, `外方注册资本`, `港资企业达N家,注册资本`).
 */
export function foreignRegisteredCapital(text: string, near: FoundCue | undefined, sStart: number): boolean {
  if (near === undefined || !REGISTERED_CAPITAL.has(near.word)) return false;
  const before = text.slice(sStart, near.end - near.word.length);
  return FOREIGN_OWNERS.some((owner) => before.includes(owner));
}
