// Tiny DOM helpers. Every piece of data reaches the page through `textContent` or an attribute
// set with setAttribute (never innerHTML), so article text such as `<img src=x onerror=…>` or
// `</script>` is shown as the characters it is and never parsed as markup.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  append(element, children);
  return element;
}

export function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * A table with a header row and body rows; cells are nodes or text. Each cell carries its
 * column's header as `data-label`, shown beside it when a narrow panel stacks the table.
 */
export function table(headers: readonly Child[], rows: readonly (readonly Child[])[], className?: string): HTMLTableElement {
  const labels = headers.map((h) => (typeof h === 'string' ? h : h instanceof Node ? (h.textContent ?? '') : ''));
  const head = el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h))));
  const body = el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c, i) => el('td', { 'data-label': labels[i] }, c)))));
  return el('table', { class: className }, head, body);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return el('section', {}, el('h2', {}, title), ...children);
}
