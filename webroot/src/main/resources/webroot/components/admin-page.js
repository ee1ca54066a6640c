// Admins only: every user with their trading service, start/stop and enable/disable, and the market data.
// The server decides who is an admin; a trader who opens this page sees its refusal.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { PagedList } from '../client/paged-list.js';
import { time } from '../client/format.js';
import './paged-table.js';
import './confirm-button.js';
import './market-data-sources.js';

class AdminPage extends LightElement {
  static properties = { message: { state: true }, busyId: { state: true } };

  constructor() {
    super();
    this.users = new PagedList(this, () => '/admin/users');
    this.columns = [
      { label: 'User', value: (u) => html`${u.displayName || u.email}<br><small>${u.email}</small>` },
      { label: 'Role', value: (u) => u.role },
      { label: 'Account', value: (u) => (u.disabled ? 'Disabled' : 'Active') },
      { label: 'Service', value: (u) => this.serviceCell(u.service || {}) },
      { label: 'Actions', value: (u) => this.actions(u) },
    ];
  }

  connectedCallback() {
    super.connectedCallback();
    this.users.load(0);
  }

  serviceCell(s) {
    return html`<span class="service-state ${s.running ? 'running' : 'stopped'}">${s.running ? 'Running' : 'Stopped'}</span>
      ${s.running ? html`<br><small>${s.node || ''} · heartbeat ${time(s.lastHeartbeat)}</small>` : nothing}
      ${s.errorCount ? html`<br><small class="negative">${s.errorCount} errors: ${s.lastError || ''}</small>` : nothing}`;
  }

  actions(u) {
    const running = u.service?.running;
    const who = u.displayName || u.email;
    const disabled = u.disabled;
    return html`<div class="row-actions">
      <confirm-button ?danger=${running} ?busy=${this.busyId === u.id} label=${running ? 'Stop service' : 'Start service'}
        question="${running ? 'Stop' : 'Start'} the trading service of ${who}?"
        @confirmed=${() => this.act(u, `service/${running ? 'stop' : 'start'}`)}></confirm-button>
      <confirm-button danger ?busy=${this.busyId === u.id} label=${disabled ? 'Enable account' : 'Disable account'}
        question="${disabled ? 'Enable' : 'Disable'} the account of ${who}?"
        @confirmed=${() => this.act(u, disabled ? 'enable' : 'disable')}></confirm-button>
    </div>`;
  }

  async act(user, action) {
    this.busyId = user.id;
    try {
      await api('POST', `/admin/users/${user.id}/${action}`);
      this.message = { text: `Done: ${action.replace('/', ' ')} for ${user.email}.`, ok: true };
      await this.users.load();
    } catch (e) {
      this.message = { text: e.message, ok: false };
    } finally {
      this.busyId = null;
    }
  }

  render() {
    const refused = this.users.error?.status === 403;
    if (refused) {
      return html`<h1>Administration</h1>
        <section class="card refused" role="alert"><h2>Admins only</h2>
          <p>Your account may not open this page. (${this.users.error.message})</p>
          <p><a href="#/dashboard">Back to your service</a></p></section>`;
    }
    return html`
      <h1>Administration</h1>
      ${this.message ? html`<p class=${this.message.ok ? 'ok-state' : 'error-state'} role=${this.message.ok ? 'status' : 'alert'}>
        ${this.message.text}</p>` : nothing}
      <paged-table class="admin-users" caption="Users and their services" .columns=${this.columns} .list=${this.users}
        empty-text="No users."></paged-table>
      <market-data-sources></market-data-sources>`;
  }
}
customElements.define('admin-page', AdminPage);
