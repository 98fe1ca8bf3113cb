// Money put in (`投入`): done so far or planned, as the frame of its sentence says (guidelines, role `completed`
// or `investment`).

/** Cues naming money put in: the verb and the kinds of it (`基础设施投入`, `固定资产投入`). */
const OUTLAY = '投入';

/**
 * Words framing the outlay as a plan or a pledge (`将 拟 计划 预计 力争`, `每年`: a rate promised, `初期`), or as a
 * new outlay added to what was summed before (`再 又 追加`: `累计投资X,今年又追加投入Y`): not the running total.
 */
const PLAN_FRAME = /将|拟|计划|预计|力争|争取|每年|年均|未来|规划|初期|再|又|追加|准备|打算|预算|目标/;

/**
 * Words framing it as progress so far: summed (`累计`, `共完成`), already done (`已`), a span of time up to now
 * (`过去3年来`, `2007年以来`, `至今`, `截至`), a period's half or quarter reported (`上半年`, `前三季度`), or
 * the part of money in place (`在实际到位资金中`).
 */
const PROGRESS_FRAME = /累计|已|过去|以来|至今|截至|截止|先后|完成|到位|上半年|前三季度/;

/**
 * `过去3年来,我们投入30多亿元`, `今年上半年投入园区基建资金约3亿元`, `共完成各类基础设施建设投入X`,
 * `累计基础设施投入X`, `在实际到位资金中,投入固定资产的资金达到X`: money put in, framed as progress so far and
 * not as a plan, is investment done, `completed`; `某公司初期将投入X`, `今年投入X` stay planned. The nearest frame
 * decides: the cue's own clause (from `cStart`), else the sentence before it. Reads that window once.
 */
export function outlayDone(text: string, cue: { word: string; end: number }, cStart: number, sStart: number): boolean {
  if (!cue.word.endsWith(OUTLAY)) return false;
  const clause = text.slice(cStart, cue.end - cue.word.length);
  if (PLAN_FRAME.test(clause)) return false;
  if (PROGRESS_FRAME.test(clause)) return true;
  const heading = text.slice(sStart, cStart);
  return PROGRESS_FRAME.test(heading) && !PLAN_FRAME.test(heading);
}
