// The trader's own security: the second factor (TOTP) set up or turned off, the signed-in sessions (end one, or log
// out everywhere), and the audit trail of what was done on the account.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { PagedList, WholeList } from '../client/paged-list.js';
import { time } from '../client/format.js';
import './paged-table.js';
import './confirm-button.js';
import './second-factor-card.js';

const AUDIT_COLUMNS = [
  { label: 'At', value: (e) => time(e.at) },
  { label: 'Action', value: (e) => e.action },
  { label: 'From', value: (e) => e.remoteAddress || '—' },
  { label: 'Details', value: (e) => html`<code class="audit-details">${JSON.stringify(e.details ?? {})}</code>` },
];

class SecurityPage extends LightElement {
  static properties = { notice: { state: true }, error: { state: true } };

  constructor() {
    super();
    this.sessions = new WholeList(this, () => '/user/sessions', (s) => s.id);
    this.audit = new PagedList(this, () => '/user/audit');
    this.sessionColumns = [
      { label: 'Signed in', value: (s) => time(s.signedInAt) },
      { label: 'Last active', value: (s) => time(s.lastActiveAt) },
      { label: 'Lapses', value: (s) => time(s.expiresAt) },
      { label: 'Action', value: (s) => html`<button class="small end-session" @click=${() => this.end(s)}
        aria-label=${`End the session signed in ${time(s.signedInAt)}`}>End</button>` },
    ];
  }

  connectedCallback() {
    super.connectedCallback();
    this.sessions.load();
    this.audit.load(0);
  }

  async end(session) {
    await this.act(() => api('DELETE', `/user/sessions/${session.id}`), 'Session ended.');
  }

  async endAll() {
    await this.act(() => api('POST', '/user/sessions/revoke-all'),
      'Every session ended: other devices must sign in again (this page keeps working until its access expires).');
  }

  async act(request, notice) {
    this.error = null;
    this.notice = null;
    try {
      await request();
      this.notice = notice;
    } catch (e) {
      this.error = e.message;
    }
    this.sessions.load();
    this.audit.load(0);
  }

  render() {
    return html`
      <h1>Security</h1>
      <second-factor-card @changed=${() => this.audit.load(0)}></second-factor-card>
      <section class="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Signed-in sessions</h2>
        <paged-table class="sessions" caption="Sessions that can still refresh" .columns=${this.sessionColumns}
          .list=${this.sessions} empty-text="No other session."></paged-table>
        <div class="actions">
          <confirm-button class="log-out-everywhere" danger label="Log out everywhere"
            question="End every session, on every device? Each must sign in again."
            @confirmed=${() => this.endAll()}></confirm-button>
        </div>
        <p class="notice" role="status">${this.notice ?? nothing}</p>
        ${this.error ? html`<p class="error-state" role="alert">${this.error}</p>` : nothing}
      </section>
      <section class="card" aria-labelledby="audit-title">
        <h2 id="audit-title">Audit trail</h2>
        <paged-table class="audit" caption="What was done on this account" .columns=${AUDIT_COLUMNS}
          .list=${this.audit} empty-text="Nothing yet."></paged-table>
      </section>`;
  }
}
customElements.define('security-page', SecurityPage);
