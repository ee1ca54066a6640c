// Kotak Neo credentials: write-only. The form never shows stored secrets, only whether they are set.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { time } from '../client/format.js';

const FIELDS = [
  { name: 'consumerKey', label: 'Consumer key', type: 'password' },
  { name: 'mobileNumber', label: 'Mobile number', type: 'tel' },
  { name: 'ucc', label: 'Client code (UCC)', type: 'text' },
  { name: 'mpin', label: 'MPIN', type: 'password', inputmode: 'numeric' },
  { name: 'totpSecret', label: 'TOTP secret', type: 'password' },
  // The route of every Kotak call of this user (README "Static IP"): optional, empty means the server's address.
  { name: 'registeredIp', label: 'Static IP registered with Kotak (optional)', type: 'text', optional: true },
  { name: 'egressProxy', label: 'Egress proxy http://user:password@host:port (optional)', type: 'password', optional: true },
  { name: 'egressLocalAddress', label: 'Local address to send from (optional)', type: 'text', optional: true },
];

class BrokerCredentialsForm extends LightElement {
  static properties = {
    stored: { state: true }, errors: { state: true }, message: { state: true }, busy: { state: true },
    tested: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.stored = await api('GET', '/user/broker-credentials');
    } catch (e) {
      this.message = { text: e.message, ok: false };
    }
  }

  async save(e) {
    e.preventDefault();
    const form = e.target;
    const body = Object.fromEntries(FIELDS.map((f) => [f.name, form.elements.namedItem(f.name).value.trim()])
      .filter(([name, value]) => value !== '' || !FIELDS.find((f) => f.name === name).optional));
    this.busy = true;
    try {
      await api('PUT', '/user/broker-credentials', body);
      form.reset();
      this.errors = {};
      this.message = { text: 'Broker credentials saved (encrypted).', ok: true };
      await this.load();
      this.dispatchEvent(new CustomEvent('credentials-saved', { bubbles: true }));
    } catch (err) {
      this.errors = err.fields || {};
      this.message = { text: err.message, ok: false };
    } finally {
      this.busy = false;
    }
  }

  // A login of its own with the saved credentials: says what Kotak answered, and which address it sees.
  async test() {
    this.busy = true;
    this.tested = { text: 'Testing the connection to Kotak Neo…', ok: true };
    try {
      const result = await api('POST', '/user/broker-session/test');
      this.tested = { text: result.message, ok: result.ok };
    } catch (err) {
      this.tested = { text: err.message, ok: false };
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`
      <form class="card broker-credentials" @submit=${this.save} aria-labelledby="credentials-title" autocomplete="off">
        <h2 id="credentials-title">Kotak Neo credentials</h2>
        <p>${this.stored?.set
          ? html`Stored${this.stored.updatedAt ? html` (updated ${time(this.stored.updatedAt)})` : nothing}. Saving replaces all of them.`
          : 'Not set. Needed for broker mode.'} They are stored encrypted and never shown again.</p>
        ${FIELDS.map((f) => html`<div class="field">
          <label for="cred-${f.name}">${f.label}</label>
          <input id="cred-${f.name}" name=${f.name} type=${f.type} inputmode=${f.inputmode || nothing} ?required=${!f.optional}
            autocomplete="off" aria-invalid=${this.errors[f.name] ? 'true' : 'false'}
            aria-describedby=${this.errors[f.name] ? `cred-${f.name}-error` : nothing}>
          ${this.errors[f.name] ? html`<span class="field-error" id="cred-${f.name}-error">${this.errors[f.name]}</span>` : nothing}
        </div>`)}
        ${this.message ? html`<p class=${this.message.ok ? 'ok-state' : 'error-state'} role=${this.message.ok ? 'status' : 'alert'}>
          ${this.message.text}</p>` : nothing}
        <button class="primary" type="submit" ?disabled=${this.busy}>Save credentials</button>
        ${this.stored?.set ? html`<button type="button" class="test-connection" ?disabled=${this.busy}
          @click=${this.test}>Test connection</button>` : nothing}
        ${this.tested ? html`<p class="connection-result ${this.tested.ok ? 'ok-state' : 'error-state'}"
          role=${this.tested.ok ? 'status' : 'alert'}>${this.tested.text}</p>` : nothing}
      </form>`;
  }
}
customElements.define('broker-credentials-form', BrokerCredentialsForm);
