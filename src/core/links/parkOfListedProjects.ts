// The park a sentence settles or signs a list of projects in, read once per article after the walk:
// `A项目、B项目等将落户K`, `K管委会与C1、C2分别签订A项目、B项目投资协议`, `A项目同K签订投资合同`. The
// projects are the park's (guidelines: the park where the project is built), so each one's money goes
// there, told in a later paragraph too (`其中,A项目总投资X…`). Only a park link the walk left absent is
// filled, only from a sentence naming one park, and never for a project so tied to two parks.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { fillPlacedParks, innermost } from './parkOfPlacedProject';

/** Between two projects of a list: a list mark or a conjunction, a phase in brackets after the first at most. */
const LIST_JOIN = /^\s*(?:\((?:[一二三四五六七八九十]期|[^()]{0,6})\))?\s*(?:[、,和及与]|以及)\s*$/;
/**
 * After the last project of a list, right before the park: `等`, a count, then the verb of settling in it
 * (`等将落户`, `等4个项目签约入驻`, `正式落地`), nothing of another clause between.
 */
const SETTLES_BEFORE = /^\s*(?:\((?:[一二三四五六七八九十]期|[^()]{0,6})\))?\s*(?:等(?:[\d一二两三四五六七八九十]+个)?(?:重点|重大)?(?:项目)?)?(?:将|拟|已|均|都|全部|正式|成功|顺利|签约)*(?:落户|入驻|进驻|落地|落址)(?:到|于|在)?\s*$/;
/** The park's own office before `与`, then the parties, then the verb of signing right before the projects. */
const SIGNS_AFTER_PARK = /^\s*(?:党工委|管委会|管理委员会|管委)?\s*(?:与|同|和)[^;。!?]*?(?:分别)?(?:签订|签署|签约)了?\s*$/;
/** `A项目同K`: the project, then `与`/`同` right before the park. */
const WITH_BEFORE_PARK = /^\s*(?:与|同)\s*$/;
/** `…K管委会签订投资合同`: the park (its office at most), then the verb of signing. */
const SIGNING_AFTER_PARK = /^\s*(?:党工委|管委会|管理委员会|管委)?\s*(?:正式)?(?:签订|签署|签约)/;
/** How far after the park its signing verb is read (UTF-16 units). */
const SIGN_REACH = 10;

/**
 * Fill each absent park link of an item amount linked to a project that a sentence naming one park settles
 * or signs there. `finish` turns the park into the span the walk links.
 */
export function linkListedProjects(ctx: LinkContext, out: (AmountLinks | undefined)[], finish: (park: LinkSpan) => LinkSpan | undefined): void {
  const placed = new Map<string, LinkSpan | null>();
  const names = new Map<number, string>();
  let from = 0;
  for (let j = 1; j <= ctx.spans.length; j++) {
    if (j < ctx.spans.length && ctx.spans[j].sentence === ctx.spans[from].sentence) continue;
    // Most sentences name no park, so tie no list to one: their spans are not copied to be read.
    if (namesPark(ctx.spans, from, j)) readSentence(ctx, ctx.spans.slice(from, j), placed);
    from = j;
  }
  if (placed.size === 0) return;
  for (const span of ctx.spans) if (span.entity.label === 'PROJECT') names.set(span.entity.start, span.name);
  fillPlacedParks(ctx, out, placed, (links) => names.get(links.project?.start ?? -1), finish);
}

/** Is any of spans[from, to) a park? */
function namesPark(spans: readonly LinkSpan[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (spans[k].entity.label === 'PARK') return true;
  return false;
}

/** The projects one sentence ties to its one park, recorded by name (`null` once a project is tied to two parks). */
function readSentence(ctx: LinkContext, spans: readonly LinkSpan[], placed: Map<string, LinkSpan | null>): void {
  const parks = spans.filter((span) => span.entity.label === 'PARK' && !ctx.parks.projectNamed(span));
  if (parks.length === 0 || parks.some((park) => park.name !== parks[0].name)) return;
  if (ctx.parks.isCityWide(parks[0])) return;
  for (const park of parks) {
    const at = spans.indexOf(park);
    for (const project of [...listSettledIn(ctx, spans, at), ...listSignedBy(ctx, spans, at)]) {
      const inner = innermost(ctx, park);
      const known = placed.get(project.name);
      placed.set(project.name, known === undefined || known?.name === inner.name ? inner : null);
    }
  }
}

/** `A项目、B项目等将落户K`, `A项目同K签订…`: the list of projects right before the park, tied to it. */
function listSettledIn(ctx: LinkContext, spans: readonly LinkSpan[], at: number): LinkSpan[] {
  const last = spans[at - 1];
  if (last?.entity.label !== 'PROJECT' || !last.named) return [];
  const tail = ctx.structure.gap(last.entity.end, spans[at].entity.start) ?? '';
  const signs = WITH_BEFORE_PARK.test(tail) && SIGNING_AFTER_PARK.test(ctx.structure.after(spans[at].entity.end, SIGN_REACH));
  if (!SETTLES_BEFORE.test(tail) && !signs) return [];
  const list = [last];
  for (let k = at - 2; k >= 0 && isListed(ctx, spans[k], list[list.length - 1]); k--) list.push(spans[k]);
  return list;
}

/** `K管委会与C1、C2分别签订A项目、B项目投资协议`: the list of projects the park signs, right after its verb. */
function listSignedBy(ctx: LinkContext, spans: readonly LinkSpan[], at: number): LinkSpan[] {
  const park = spans[at];
  const first = spans.slice(at + 1).find((span) => span.entity.label === 'PROJECT');
  if (!first?.named) return [];
  const gap = ctx.structure.foldedCut(park.entity.end, first.entity.start);
  if (!SIGNS_AFTER_PARK.test(gap)) return [];
  const list = [first];
  for (let k = first.pos - park.pos + at + 1; k < spans.length && isListed(ctx, list[list.length - 1], spans[k]); k++) list.push(spans[k]);
  return list;
}

/** Are the two named projects next in one list (`A项目、B项目`, `A项目(二期)、B项目`)? */
function isListed(ctx: LinkContext, earlier: LinkSpan, later: LinkSpan): boolean {
  if (earlier.entity.label !== 'PROJECT' || later.entity.label !== 'PROJECT' || !earlier.named || !later.named) return false;
  return LIST_JOIN.test(ctx.structure.gap(earlier.entity.end, later.entity.start) ?? '');
}
