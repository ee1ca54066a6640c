// In broker mode, always shows whether the Kotak Neo session is valid, expired or needs a fresh
// login, with a re-login action. Hidden in paper mode.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { time } from '../client/format.js';

const POLL_MS = 30_000;
export const SETTINGS_CHANGED = 'neotrader:settings-changed';

const STATES = {
  valid: { text: 'Broker session valid', tone: 'ok' },
  expired: { text: 'Broker session expired — orders cannot reach Kotak Neo', tone: 'bad' },
  needs_login: { text: 'Broker needs a fresh login', tone: 'bad' },
  ip_not_registered: {
    text: 'Kotak refuses orders from this address (IP not registered): orders are paused. Register the address '
      + 'with Kotak or set your route in the broker credentials, then log in again',
    tone: 'bad',
  },
  none: { text: 'No broker session yet', tone: 'warn' },
};

const addressesDiffer = (session) => Boolean(session.seenIp && session.registeredIp
  && session.registeredIp !== session.seenIp);

class BrokerSessionBanner extends LightElement {
  static properties = {
    settings: { state: true },
    message: { state: true },
    busy: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.onSettings = (e) => { this.settings = e.detail; };
    window.addEventListener(SETTINGS_CHANGED, this.onSettings);
    this.refresh();
    this.timer = setInterval(() => this.refresh(), POLL_MS);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener(SETTINGS_CHANGED, this.onSettings);
    clearInterval(this.timer);
  }

  async refresh() {
    try {
      this.settings = await api('GET', '/user/settings');
    } catch {
      // the banner stays as it was; pages show their own errors
    }
  }

  async relogin() {
    this.busy = true;
    try {
      await api('POST', '/user/broker-session/login');
      this.message = 'Re-login requested; the state updates in a moment.';
      setTimeout(() => this.refresh(), 3_000);
    } catch (e) {
      this.message = e.message;
    } finally {
      this.busy = false;
    }
  }

  // Orders count only from the registered static IP: show what Kotak sees beside it, in red when they differ.
  addresses(session) {
    if (!session.seenIp) return nothing;
    const differ = addressesDiffer(session);
    return html`<span class="broker-address ${differ ? 'bad' : ''}">Kotak sees ${session.seenIp}${session.registeredIp
      ? html`, registered ${session.registeredIp}${differ ? ' — they differ: orders will be refused' : ''}`
      : ', no registered address given'}</span>`;
  }

  render() {
    if (this.settings?.tradeMode !== 'broker') return nothing;
    const session = this.settings.brokerSession || { state: 'none' };
    const shown = STATES[session.state] || STATES.none;
    const tone = addressesDiffer(session) ? 'bad' : shown.tone;
    return html`<aside class="broker-banner ${tone}" aria-label="Broker session" role="status">
      <strong>${shown.text}</strong>
      ${session.checkedAt ? html`<span>checked ${time(session.checkedAt)}</span>` : nothing}
      ${this.addresses(session)}
      ${session.state !== 'valid' ? html`<button ?disabled=${this.busy} @click=${this.relogin}>Log in to broker again</button>` : nothing}
      ${this.message ? html`<span>${this.message}</span>` : nothing}
    </aside>`;
  }
}
customElements.define('broker-session-banner', BrokerSessionBanner);
