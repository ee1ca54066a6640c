// "Live" when the event connection is up; "Reconnecting" (and when) when it has dropped.
import { html } from 'lit';
import { LightElement } from '../client/light-element.js';
import { onConnection } from '../client/live-events.js';

const LABELS = { open: 'Live', connecting: 'Connecting…', closed: 'Offline' };

class LiveIndicator extends LightElement {
  static properties = { connection: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.unsubscribe = onConnection((c) => { this.connection = c; });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe();
  }

  render() {
    const { state, retryInMs } = this.connection;
    const retry = state === 'closed' && retryInMs ? ` – retrying in ${Math.round(retryInMs / 1000)} s` : '';
    return html`<span class="live-indicator ${state}" role="status" data-state=${state}>
      <span class="dot" aria-hidden="true"></span>${LABELS[state]}${retry}</span>`;
  }
}
customElements.define('live-indicator', LiveIndicator);
