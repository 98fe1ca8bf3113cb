// The per-park bar chart: plain SVG built with DOM APIs (no chart library, no remote assets).
// Colours come from CSS classes (media/summary.css) that use the theme's chart colours.
import type { ChartBar } from './summaryView';

const SVG = 'http://www.w3.org/2000/svg';
const BAR_HEIGHT = 18;
const GAP = 8;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 110;
const BAR_WIDTH = 320;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/**
 * One row per park: the full bar is accepted + unreviewed suggestions, the solid part the
 * accepted amounts. `format` gives the short text, `exact` the hover text (SVG <title>).
 */
export function parkChart(bars: readonly ChartBar[], format: (value: number) => string, exact: (value: number) => string, caption: string): SVGSVGElement {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = Math.max(1, bars.length) * (BAR_HEIGHT + GAP);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'park-chart' });
  const title = svg('title', {});
  title.textContent = caption;
  root.append(title);
  bars.forEach((bar, index) => {
    const y = index * (BAR_HEIGHT + GAP);
    const group = svg('g', { class: 'bar' });
    const hover = svg('title', {});
    hover.textContent = `${bar.name}: ${exact(bar.all)} (${exact(bar.accepted)})`;
    group.append(hover);
    const name = svg('text', { x: LABEL_WIDTH - 6, y: y + BAR_HEIGHT - 4, 'text-anchor': 'end', class: 'bar-label' });
    name.textContent = bar.name.length > 14 ? `${bar.name.slice(0, 13)}…` : bar.name;
    group.append(name);
    group.append(svg('rect', { x: LABEL_WIDTH, y, width: Math.max(1, bar.allFraction * BAR_WIDTH), height: BAR_HEIGHT, class: 'bar-all' }));
    if (bar.accepted > 0) {
      group.append(svg('rect', { x: LABEL_WIDTH, y, width: Math.max(1, bar.acceptedFraction * BAR_WIDTH), height: BAR_HEIGHT, class: 'bar-accepted' }));
    }
    const value = svg('text', { x: LABEL_WIDTH + BAR_WIDTH + 6, y: y + BAR_HEIGHT - 4, class: 'bar-value' });
    value.textContent = format(bar.all);
    group.append(value);
    root.append(group);
  });
  return root;
}
