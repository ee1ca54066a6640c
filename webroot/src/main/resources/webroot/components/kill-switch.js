// The kill switch: a banner on every page while any switch stops this trader's orders (own, an admin's, the
// deployment's), and the control on the service page to set or lift the trader's own, with confirmation.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { time } from '../client/format.js';
import './confirm-button.js';

const POLL_MS = 15_000;
const CHANGED = 'neotrader:kill-switch-changed';

// Both elements poll the same resource and tell each other when one of them changed it.
class KillSwitchElement extends LightElement {
  static properties = { state: { state: true }, busy: { state: true }, message: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.onChanged = (e) => { this.state = e.detail; };
    window.addEventListener(CHANGED, this.onChanged);
    this.refresh();
    this.timer = setInterval(() => this.refresh(), POLL_MS);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener(CHANGED, this.onChanged);
    clearInterval(this.timer);
  }

  async refresh() {
    try {
      this.state = await api('GET', '/user/kill-switch');
    } catch {
      // keeps the last known state; the pages show their own errors
    }
  }

  async change(method, body) {
    this.busy = true;
    this.message = null;
    try {
      const state = await api(method, '/user/kill-switch', body);
      window.dispatchEvent(new CustomEvent(CHANGED, { detail: state }));
    } catch (e) {
      this.message = e.message;
    } finally {
      this.busy = false;
    }
  }
}

class KillSwitchBanner extends KillSwitchElement {
  render() {
    if (!this.state?.active) return nothing;
    return html`<aside class="kill-switch-banner" role="alert" aria-label="Kill switch">
      <strong>Trading stopped: no new orders are placed.</strong>
      ${this.state.switches.map((s) => html`<span class="kill-switch-reason">${s.message} (since ${time(s.setAt)})</span>`)}
    </aside>`;
  }
}

class KillSwitchControl extends KillSwitchElement {
  stop() {
    const form = this.querySelector('form');
    this.change('PUT', { reason: form.elements.namedItem('reason').value.trim() || undefined,
      cancelOpenOrders: form.elements.namedItem('cancelOpenOrders').checked });
  }

  render() {
    if (!this.state) return nothing;
    const own = this.state.switches.find((s) => s.level === 'user');
    const others = this.state.switches.filter((s) => s.level !== 'user');
    return html`<section class="card kill-switch" aria-labelledby="kill-switch-title">
      <h2 id="kill-switch-title">Kill switch</h2>
      ${own
        ? html`<p>You stopped trading: ${own.reason}.</p>
          <confirm-button class="resume-trading" label="Resume trading" ?busy=${this.busy}
            question="Resume trading? Scheduled tasks will place orders again."
            @confirmed=${() => this.change('DELETE')}></confirm-button>`
        : html`<form @submit=${(e) => e.preventDefault()}>
          <div class="field"><label for="kill-reason">Reason (optional)</label>
            <input id="kill-reason" name="reason" maxlength="300" autocomplete="off"></div>
          <div class="field checkbox"><input id="kill-cancel" name="cancelOpenOrders" type="checkbox">
            <label for="kill-cancel">Also cancel my open orders</label></div>
          <confirm-button class="stop-trading" danger label="Stop all trading" ?busy=${this.busy}
            question="Stop all trading now? No new order will be placed until you resume."
            @confirmed=${() => this.stop()}></confirm-button>
        </form>`}
      ${others.length ? html`<p class="kill-switch-others">Also in force, lifted only by an admin:
        ${others.map((s) => s.message).join('; ')}</p>` : nothing}
      ${this.message ? html`<p class="error-state" role="alert">${this.message}</p>` : nothing}
    </section>`;
  }
}
customElements.define('kill-switch-banner', KillSwitchBanner);
customElements.define('kill-switch-control', KillSwitchControl);
