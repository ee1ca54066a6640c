// The trading service at a glance: running or stopped, which node runs it, how fresh its
// heartbeat is, errors, start/stop, the pre-open readiness check and the daily tasks. Live from task.*,
// service.* and readiness.* events.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { onLiveEvent } from '../client/live-events.js';
import { age } from '../client/format.js';
import './confirm-button.js';
import './kill-switch.js';
import './readiness-card.js';
import './task-schedule-table.js';
import './account-summary.js';

const STALE_AFTER_SECONDS = 60;

class ServiceDashboard extends LightElement {
  static properties = {
    status: { state: true },
    error: { state: true },
    busy: { state: true },
    notice: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
    this.unsubscribe = onLiveEvent(['task.', 'service.', 'readiness.'], (event) => this.onEvent(event));
    this.ticker = setInterval(() => this.requestUpdate(), 1000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe();
    clearInterval(this.ticker);
    clearTimeout(this.reloadTimer);
  }

  onEvent(event) {
    if (event.type === 'service.heartbeat' && this.status) {
      this.status = { ...this.status, heartbeatAgeSeconds: 0, node: event.data?.node ?? this.status.node };
      this.fetchedAt = Date.now();
      return;
    }
    // the verdict itself: the card read from the database may still be the cached one of the previous check
    if (event.type === 'readiness.checked' && this.status) {
      this.status = { ...this.status, readiness: { ...event.data, at: event.at, status: 'success' } };
      return;
    }
    // several events arrive together after a task commits: fetch once for all of them
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => this.load(), 250);
  }

  async load() {
    try {
      this.show(await api('GET', '/user/service/status'));
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  show(status) {
    // a live verdict newer than the (up to 1 s cached) card stays
    const live = this.status?.readiness;
    const stale = live && (!status.readiness || Date.parse(status.readiness.at) < Date.parse(live.at));
    this.status = stale ? { ...status, readiness: live } : status;
    this.fetchedAt = Date.now();
  }

  async command(action) {
    this.busy = true;
    this.notice = null;
    try {
      this.show(await api('POST', `/user/service/${action}`));
    } catch (e) {
      this.notice = e.message;
    } finally {
      this.busy = false;
    }
  }

  heartbeatAge() {
    const base = this.status.heartbeatAgeSeconds;
    return base === null || base === undefined ? null : base + (Date.now() - this.fetchedAt) / 1000;
  }

  render() {
    if (this.error) return html`<h1>Trading service</h1><p class="error-state" role="alert">
      Could not load the service status: ${this.error.message} <button @click=${this.load}>Try again</button></p>`;
    if (!this.status) return html`<h1>Trading service</h1><p aria-busy="true">Loading…</p>`;
    const s = this.status;
    const heartbeat = this.heartbeatAge();
    const stale = s.running && (heartbeat === null || heartbeat > STALE_AFTER_SECONDS);
    return html`
      <h1>Trading service</h1>
      <account-summary .market=${s.market} .tasks=${s.tasks}></account-summary>
      <section class="card service-status" aria-labelledby="status-title">
        <h2 id="status-title" class="visually-hidden">Status</h2>
        <dl class="facts">
          <div><dt>State</dt><dd class="service-state ${s.running ? 'running' : 'stopped'}">${s.running ? 'Running' : 'Stopped'}</dd></div>
          <div><dt>Node</dt><dd>${s.node || '—'}</dd></div>
          <div><dt>Heartbeat</dt><dd class="heartbeat ${stale ? 'stale' : ''}"
            title=${stale ? `No heartbeat for over ${STALE_AFTER_SECONDS} s` : ''}>${age(heartbeat)}${stale ? ' (stale)' : ''}</dd></div>
          <div><dt>Errors</dt><dd class=${s.errorCount ? 'negative' : ''}>${s.errorCount ?? 0}</dd></div>
        </dl>
        ${s.lastError ? html`<p class="last-error"><strong>Last error:</strong> ${s.lastError}</p>` : nothing}
        <div class="actions">
          ${s.running
            ? html`<confirm-button class="stop-service" danger label="Stop service" ?busy=${this.busy}
                question="Stop the trading service? Scheduled tasks will not run until you start it again."
                @confirmed=${() => this.command('stop')}></confirm-button>`
            : html`<confirm-button class="start-service" label="Start service" ?busy=${this.busy}
                question="Start the trading service? It will run the daily tasks and place orders."
                @confirmed=${() => this.command('start')}></confirm-button>`}
        </div>
        ${this.notice ? html`<p class="error-state" role="alert">${this.notice}</p>` : nothing}
      </section>
      <kill-switch-control></kill-switch-control>
      <readiness-card .readiness=${s.readiness}></readiness-card>
      <task-schedule-table .tasks=${s.tasks || []} ?running=${s.running}></task-schedule-table>`;
  }
}
customElements.define('service-dashboard', ServiceDashboard);
