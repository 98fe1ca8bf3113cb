// The summary panel's overview tab: the totals per currency and role (itemised, stated, their
// difference in an article; in the corpus each record once and stated aggregates listed, never
// summed), the per-park chart, how far the review has come, and the thresholds.
import { formatAmount, formatExactAmount } from '../core/totals/moneyFormat';
import type { Totals, TotalsBasis } from '../core/totals/totalsData';
import { SUMMED_ROLES } from '../core/types';
import type { SummedRole } from '../core/types';
import { el, section, table } from './dom';
import type { PanelContext } from './panelContext';
import { parkChart } from './parkChart';
import { amountLines, currenciesOf, differenceOf, parkBars, reviewLines } from './summaryView';
import type { AmountLine } from './summaryView';
import { labelled } from './tableParts';
import { dropdown } from './toolkit';

export class OverviewTab {
  readonly element = el('div', { class: 'overview' });

  constructor(private readonly panel: PanelContext) {}

  render(): void {
    const totals = this.panel.summary()?.totals;
    if (!totals) {
      this.element.replaceChildren();
      return;
    }
    const { t } = this.panel.text;
    const lines = amountLines(totals.amounts);
    const corpus = this.panel.state.scope === 'corpus';
    this.element.replaceChildren(
      section(
        t('totalsHeading'),
        corpus ? el('p', { class: 'muted' }, t('corpusTotalsNote')) : null,
        lines.length ? el('div', { class: 'table-scroll' }, this.amountsTable(lines, corpus)) : el('p', { class: 'muted' }, t('noData')),
      ),
      ...(corpus
        ? [
            section(t('statedHeading'), el('p', { class: 'muted' }, t('statedNote')), this.statedTable(totals)),
            section(t('repeatedHeading'), el('p', { class: 'muted' }, t('repeatedNote')), this.repeatedTable(totals)),
          ]
        : []),
      this.chartSection(totals),
      section(t('review'), this.reviewTable(totals)),
      section(t('thresholds'), el('p', { class: 'muted' }, t('thresholdsNote')), this.thresholdsTable(totals)),
    );
  }

  /**
   * Two lines per currency and role (accepted; with unreviewed suggestions). In an article the
   * itemised sum, the stated aggregate and their difference stand side by side, the difference
   * only where a total is stated. In the corpus each record is counted once and stated
   * aggregates are only counted (listed below): their sum across articles adds overlapping sets.
   */
  private amountsTable(lines: readonly AmountLine[], corpus: boolean): HTMLElement {
    const { text } = this.panel;
    const { t } = text;
    const figures = corpus ? [t('itemisedOnce'), t('statedListed')] : [t('itemised'), t('aggregate'), t('difference')];
    const headers = [t('currency'), t('role'), t('status'), ...figures];
    const cells = (line: AmountLine, basis: TotalsBasis) => {
      const sums = line[basis];
      const itemised = text.figure(sums.itemised, sums.itemisedCount, line.currency);
      if (corpus) return [el('td', { class: 'num' }, itemised), el('td', { class: 'num' }, sums.aggregateCount ? text.count(sums.aggregateCount) : '–')];
      const difference = differenceOf(sums);
      return [
        el('td', { class: 'num' }, itemised),
        el('td', { class: 'num' }, text.figure(sums.aggregate, sums.aggregateCount, line.currency)),
        el('td', { class: difference !== undefined && difference < 0 ? 'num negative' : 'num' }, difference === undefined ? '–' : text.amount(difference, line.currency)),
      ];
    };
    const body = lines.flatMap((line) =>
      (['accepted', 'all'] as const).map((basis, index) =>
        labelled(
          headers,
          el(
            'tr',
            { class: index === 0 ? 'group-start' : 'group-end' },
            el('th', { scope: 'row', class: index === 0 ? '' : 'repeat' }, line.currency),
            el('th', { scope: 'row', class: index === 0 ? '' : 'repeat' }, text.role(line.role)),
            el('td', { class: 'muted' }, t(basis === 'accepted' ? 'accepted' : 'total')),
            ...cells(line, basis),
          ),
        ),
      ),
    );
    return el(
      'table',
      { class: 'totals stack' },
      el('thead', {}, el('tr', {}, ...headers.map((h, i) => el('th', { scope: 'col', class: i >= 3 ? 'num' : undefined }, h)))),
      el('tbody', {}, ...body),
    );
  }

  /** The corpus's stated aggregates, one line each (article, park, text, value): never summed. */
  private statedTable(totals: Totals): HTMLElement {
    const { text } = this.panel;
    const { t } = text;
    return totals.statedAggregates.length
      ? table(
          [t('file'), t('park'), t('text'), t('role'), t('amount'), t('status')],
          totals.statedAggregates.map((a) => [a.file, a.park ?? '', el('span', { class: 'span-text' }, a.text), text.role(a.role), text.amount(a.value, a.currency, a.max), t(a.status)]),
          'stated stack',
        )
      : el('p', { class: 'muted' }, t('noData'));
  }

  /** Records reported by several articles, counted once, with their sources. */
  private repeatedTable(totals: Totals): HTMLElement {
    const { text } = this.panel;
    const { t } = text;
    return totals.repeatedRecords.length
      ? table(
          [t('project'), t('role'), t('amount'), t('sources')],
          totals.repeatedRecords.map((r) => [el('span', { class: 'span-text' }, r.project), text.role(r.role), text.amount(r.value, r.currency, r.max), r.sources.map((s) => s.file).join(', ')]),
          'repeated stack',
        )
      : el('p', { class: 'muted' }, t('noData'));
  }

  private reviewTable(totals: Totals): HTMLElement {
    const { text } = this.panel;
    const { t } = text;
    return table(
      [t('label'), t('accepted'), t('rejected'), t('unreviewed'), t('review')],
      reviewLines(totals.review).map((line) => [
        text.label(line.label),
        text.count(line.accepted),
        text.count(line.rejected),
        text.count(line.unreviewed),
        el('span', {}, el('progress', { max: '1', value: String(line.progress) }), ` ${Math.round(line.progress * 100)}%`),
      ]),
      'review stack',
    );
  }

  private thresholdsTable(totals: Totals): HTMLElement {
    const { text } = this.panel;
    const { t } = text;
    return totals.thresholds.length
      ? table(
          [t('text'), t('amount'), t('park'), t('status'), t('file')],
          totals.thresholds.map((th) => [
            el('span', { class: 'span-text' }, th.text),
            th.value !== undefined && th.currency ? text.amount(th.value, th.currency, th.max) : '',
            th.park ?? '',
            t(th.status),
            th.file,
          ]),
          'thresholds stack',
        )
      : el('p', { class: 'muted' }, t('noData'));
  }

  /** The per-park chart of the first currency, with its role picker. */
  private chartSection(totals: Totals): HTMLElement {
    const { text } = this.panel;
    const { t } = text;
    const { state } = this.panel;
    const currency = currenciesOf(totals)[0] ?? 'CNY';
    const roleChoices = SUMMED_ROLES.map((r) => ({ value: r, text: text.role(r) }));
    const chartHolder = el('div', { class: 'chart' });
    const drawChart = () => {
      const bars = parkBars(totals.parks, currency, [state.chartRole]);
      chartHolder.replaceChildren(
        bars.length
          ? parkChart(bars, (v) => formatAmount(v, currency), (v) => formatExactAmount(v, currency), `${t('chartTitle')} (${text.role(state.chartRole)})`)
          : el('p', { class: 'muted' }, t('noData')),
      );
    };
    drawChart();
    const chartRole = dropdown(roleChoices, state.chartRole, (v) => {
      state.chartRole = v as SummedRole;
      this.panel.save();
      drawChart();
    });
    const legend = [el('span', { class: 'legend-accepted' }, t('accepted')), el('span', { class: 'legend-all' }, t('total'))];
    return section(t('chartTitle'), el('div', { class: 'chart-controls' }, chartRole, ...legend), chartHolder);
  }
}
