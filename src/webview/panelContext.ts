// What every tab of the summary panel shares with the page that holds it: the view state (and
// how to save it), the words, the summary of the scope shown, and the one way to the host.
import type { ViewState } from './panelState';
import type { PanelText } from './panelText';
import type { SummaryMessage, WebviewMessage } from './protocol';

export interface PanelContext {
  readonly state: ViewState;
  readonly text: PanelText;
  /** Keeps the state across reloads (call after changing it). */
  save(): void;
  /** Posts a message to the host, checked against the protocol. */
  post(message: WebviewMessage): void;
  /** The summary of the scope shown, once the host has sent it. */
  summary(): SummaryMessage | undefined;
}
