// The only module that imports the webview UI toolkit. The rest of the UI creates the
// components by tag name through the helpers below, so moving to another component library
// (for example @vscode-elements, the toolkit being deprecated) touches this file only.
import {
  provideVSCodeDesignSystem,
  vsCodeBadge,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDropdown,
  vsCodeOption,
  vsCodePanels,
  vsCodePanelTab,
  vsCodePanelView,
  vsCodeProgressRing,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';

/** Registers exactly the components the panel uses (tree-shaking drops the others). */
export function registerToolkit(): void {
  provideVSCodeDesignSystem().register(
    vsCodeBadge(),
    vsCodeButton(),
    vsCodeCheckbox(),
    vsCodeDropdown(),
    vsCodeOption(),
    vsCodePanels(),
    vsCodePanelTab(),
    vsCodePanelView(),
    vsCodeProgressRing(),
    vsCodeTextField(),
  );
}

export type ButtonAppearance = 'primary' | 'secondary' | 'icon';

export function button(text: string, appearance: ButtonAppearance = 'secondary'): HTMLElement {
  const element = document.createElement('vscode-button');
  element.setAttribute('appearance', appearance);
  element.textContent = text;
  return element;
}

export function setButtonAppearance(element: HTMLElement, appearance: ButtonAppearance): void {
  element.setAttribute('appearance', appearance);
}

export function badge(text: string): HTMLElement {
  const element = document.createElement('vscode-badge');
  element.textContent = text;
  return element;
}


export function progressRing(): HTMLElement {
  return document.createElement('vscode-progress-ring');
}

export interface Choice {
  value: string;
  text: string;
}

/** A dropdown; `onChange` receives the chosen value. */
export function dropdown(choices: readonly Choice[], value: string, onChange: (value: string) => void): HTMLElement {
  const element = document.createElement('vscode-dropdown') as HTMLElement & { value: string };
  for (const choice of choices) {
    const option = document.createElement('vscode-option') as HTMLElement & { value: string };
    option.setAttribute('value', choice.value);
    option.textContent = choice.text;
    if (choice.value === value) option.setAttribute('selected', '');
    element.append(option);
  }
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

/** A text field; `onInput` receives the text as typed. */
export function textField(placeholder: string, value: string, onInput: (value: string) => void): HTMLElement {
  const element = document.createElement('vscode-text-field') as HTMLElement & { value: string };
  element.setAttribute('placeholder', placeholder);
  element.setAttribute('value', value);
  element.addEventListener('input', () => onInput(element.value));
  return element;
}

export function checkbox(text: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const element = document.createElement('vscode-checkbox') as HTMLElement & { checked: boolean };
  element.textContent = text;
  if (checked) element.setAttribute('checked', '');
  element.addEventListener('change', () => onChange(element.checked));
  return element;
}

export interface Tab {
  id: string;
  title: string;
  content: HTMLElement;
}

/** Tabs (toolkit panels); `onChange` receives the id of the tab shown. */
export function tabs(items: readonly Tab[], activeId: string, onChange: (id: string) => void): HTMLElement {
  const panels = document.createElement('vscode-panels') as HTMLElement & { activeid: string };
  for (const item of items) {
    const tab = document.createElement('vscode-panel-tab');
    tab.id = `tab-${item.id}`;
    tab.textContent = item.title;
    panels.append(tab);
  }
  for (const item of items) {
    const view = document.createElement('vscode-panel-view');
    view.id = `view-${item.id}`;
    view.append(item.content);
    panels.append(view);
  }
  panels.setAttribute('activeid', `tab-${activeId}`);
  panels.addEventListener('change', (event) => {
    // Dropdowns and checkboxes inside the views fire bubbling `change` events too.
    if (event.target !== panels) return;
    const id = panels.activeid?.replace(/^tab-/, '');
    if (id) onChange(id);
  });
  return panels;
}
