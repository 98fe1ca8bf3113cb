// A firm's line of business written before 项目 is no project's name: `主要从事研发、生产及销售太阳能发电项目跟踪支架`
// lists what the firm does (research, making, selling) and the trade it serves. A project is named after its owner,
// its place or its product, never opened by a list of activities; a name that only holds one activity after a brand
// (`某某研发及生产基地项目`) opens with the brand and is kept.

/** The activities a business scope lists, joined by `、` `及` `和` `与` (a folded paragraph: Simplified forms). */
const ACTIVITY = '(?:研发|生产|销售|加工|制造|经营|设计|批发|零售|安装|维修)';
const ACTIVITY_LIST = new RegExp(`^${ACTIVITY}[、及和与]${ACTIVITY}`);

/** Whether the name from `start` to `anchor` (its 项目) opens with a list of a firm's activities. */
export function opensWithActivityList(text: string, start: number, anchor: number): boolean {
  return ACTIVITY_LIST.test(text.slice(start, Math.min(anchor, start + 6)));
}
