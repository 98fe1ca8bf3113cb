// The summary panel's breakdown tab: whose money it is. Per park, per project and per company
// (summed by links, a suggested link counted and marked), and per file, for one role at a time,
// each column naming its figure: the itemised sum or the stated total, never the larger of them.
import type { Totals } from '../core/totals/totalsData';
import { LABELS, SUMMED_ROLES } from '../core/types';
import type { SummedRole } from '../core/types';
import { el, section, table } from './dom';
import type { PanelContext } from './panelContext';
import type { StringKey } from './protocol';
import { currenciesOf, groupFigure } from './summaryView';
import type { Figure } from './summaryView';
import { checkbox, dropdown } from './toolkit';

type Amounts = Totals['amounts'];

export class BreakdownTab {
  readonly element = el('div', { class: 'breakdown' });

  constructor(private readonly panel: PanelContext) {}

  render(): void {
    const totals = this.panel.summary()?.totals;
    if (!totals) {
      this.element.replaceChildren();
      return;
    }
    const { state, text } = this.panel;
    const { t } = text;
    const basisToggle = checkbox(t('suggested'), state.basis === 'all', (checked) => {
      state.basis = checked ? 'all' : 'accepted';
      this.panel.save();
      this.render();
    });
    const roleChoice = dropdown(SUMMED_ROLES.map((r) => ({ value: r, text: text.role(r) })), state.chartRole, (v) => {
      state.chartRole = v as SummedRole;
      this.panel.save();
      this.render();
    });
    this.element.replaceChildren(
      el('div', { class: 'chart-controls' }, roleChoice, basisToggle),
      ...this.groupSections(totals),
      section(t('perFile'), this.filesTable(totals)),
    );
  }

  /** The park, project and company tables, each a note when it has no rows. */
  private groupSections(totals: Totals): HTMLElement[] {
    const { t, count } = this.panel.text;
    const groupName = (name: string, none: StringKey) => el('span', { class: name === '' ? 'muted' : 'span-text' }, name === '' ? t(none) : name);
    const suggestedCell = (n: number) => (n > 0 ? el('span', { class: 'suggested-links', title: t('suggestedLinks') }, count(n)) : '');
    const figures = this.figureColumns(totals);
    const parks = table(
      [t('name'), t('fileCount'), t('suggestedLinks'), ...figures.headers()],
      totals.parks.map((p) => [groupName(p.name, 'noPark'), count(p.fileCount), suggestedCell(p.suggestedCount), ...figures.cells(p.amounts)]),
      'parks stack',
    );
    const projects = table(
      [t('name'), t('park'), t('suggestedLinks'), ...figures.headers()],
      totals.projects.map((p) => [groupName(p.name, 'noProject'), p.park ?? '', suggestedCell(p.suggestedCount), ...figures.cells(p.amounts)]),
      'projects stack',
    );
    const companies = table(
      [t('name'), t('fileCount'), t('suggestedLinks'), ...figures.headers()],
      totals.companies.map((p) => [groupName(p.name, 'noCompany'), count(p.fileCount), suggestedCell(p.suggestedCount), ...figures.cells(p.amounts)]),
      'companies stack',
    );
    const orNote = (rows: number, content: HTMLElement) => (rows ? content : el('p', { class: 'muted' }, t('noData')));
    return [
      section(t('park'), orNote(totals.parks.length, parks)),
      section(t('perProject'), orNote(totals.projects.length, projects)),
      section(t('perCompany'), orNote(totals.companies.length, companies)),
      el('p', { class: 'muted' }, t('suggestedLinksNote')),
    ];
  }

  private filesTable(totals: Totals): HTMLElement {
    const { text } = this.panel;
    const figures = this.figureColumns(totals, true);
    return table(
      [text.t('file'), ...LABELS.map((l) => text.label(l)), ...figures.headers()],
      totals.files.map((f) => [f.file, ...LABELS.map((l) => `${text.count(f.review[l].accepted + f.review[l].suggested)}`), ...figures.cells(f.amounts)]),
      'files stack',
    );
  }

  /**
   * Two columns per currency for the role shown: the itemised sum and the stated total. Across
   * articles a group's stated totals are only counted (their sum adds overlapping sets); a
   * file's own stated total is shown as a figure.
   */
  private figureColumns(totals: Totals, perArticle = false): { headers(): string[]; cells(amounts: Amounts): (Node | string)[] } {
    const { state, text } = this.panel;
    const currencies = currenciesOf(totals);
    const countsStated = state.scope === 'corpus' && !perArticle;
    const roleCaption = text.role(state.chartRole);
    const figureOf = (amounts: Amounts, currency: string, figure: Figure) => groupFigure(amounts, currency, [state.chartRole], state.basis, figure);
    return {
      headers: () => currencies.flatMap((c) => [text.t('figureItemised', roleCaption, c), countsStated ? text.t('figureStatedCount', roleCaption) : text.t('figureStated', roleCaption, c)]),
      cells: (amounts) =>
        currencies.flatMap((c) => {
          const itemised = figureOf(amounts, c, 'itemised');
          const stated = figureOf(amounts, c, 'aggregate');
          const statedCell = countsStated ? (stated.count ? text.count(stated.count) : '–') : text.figure(stated.value, stated.count, c);
          return [text.figure(itemised.value, itemised.count, c), statedCell];
        }),
    };
  }
}
