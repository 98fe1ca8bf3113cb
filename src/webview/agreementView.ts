// The summary panel's agreement section (webview side): for the scope shown, a table per pair of
// annotators (per label exact and overlap F1, spans each marked) and the kappa on the MONEY
// attributes of the amounts both marked. Hidden when the scope has fewer than two annotators'
// files (the message has no pairs). Data reaches the page through textContent only (dom.ts).
import type { Label } from '../core/types';
import type { AgreementMessage } from './agreementProtocol';
import { el, section, table } from './dom';
import type { Scope } from './protocol';
import { formatString } from './summaryView';

export class AgreementView {
  /** The section's place in the page; empty while there is nothing to show. */
  readonly element = el('div', { class: 'agreement' });
  private readonly messages = new Map<Scope, AgreementMessage>();

  constructor(
    private readonly labelName: (label: Label) => string,
    private readonly format: (n: number) => string,
  ) {}

  receive(message: AgreementMessage): void {
    this.messages.set(message.scope, message);
  }

  render(scope: Scope): void {
    const message = this.messages.get(scope);
    if (!message || message.pairs.length === 0) {
      this.element.replaceChildren();
      this.element.hidden = true;
      return;
    }
    this.element.hidden = false;
    this.element.replaceChildren(section(message.strings.heading, ...message.pairs.map((pair) => this.pair(message, pair)), problems(message)));
  }

  private pair(message: AgreementMessage, pair: AgreementMessage['pairs'][number]): HTMLElement {
    const s = message.strings;
    const labelRows = pair.labels
      .filter((l) => l.aSpans + l.bSpans > 0)
      .map((l) => [el('span', { class: `label label-${l.label}` }, this.labelName(l.label)), this.ratio(l.exactF1), this.ratio(l.overlapF1), `${this.format(l.aSpans)} / ${this.format(l.bSpans)}`]);
    const moneyRows = pair.money.filter((m) => m.n > 0).map((m) => [attributeName(s, m.attribute), this.ratio(m.kappa), this.format(m.n)]);
    return el(
      'div',
      { class: 'agreement-pair', 'data-pair': `${pair.a}\u0000${pair.b}` },
      el('h3', {}, formatString(s.pair, pair.a, pair.b)),
      el('p', { class: 'note' }, formatString(s.articles, this.format(pair.articles))),
      table([s.label, s.exactF1, s.overlapF1, `${s.spans} (${pair.a} / ${pair.b})`], labelRows, 'agreement-labels'),
      moneyRows.length > 0 ? table([s.attribute, s.kappa, s.items], moneyRows, 'agreement-kappa') : null,
    );
  }

  /** Two decimals; an undefined figure (nothing to compare, or one category only) as —. */
  private ratio(value: number | null): string {
    return value === null ? '—' : value.toFixed(2);
  }
}

function attributeName(strings: AgreementMessage['strings'], attribute: string): string {
  return attribute === 'role' || attribute === 'scope' || attribute === 'currency' || attribute === 'value' ? strings[attribute] : attribute;
}

function problems(message: AgreementMessage): HTMLElement | null {
  if (message.problems.length === 0) return null;
  return el('details', { class: 'problems' }, el('summary', {}, message.strings.problems), el('ul', {}, ...message.problems.map((p) => el('li', {}, p))));
}
