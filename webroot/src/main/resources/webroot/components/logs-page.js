// The service's log lines, newest first, following along live until paused; level and task filters.
// The event bus carries no log events, so the live tail re-reads the newest page every few seconds
// and right after each task event.
import { html } from 'lit';
import { LightElement } from '../client/light-element.js';
import { query } from '../client/api-client.js';
import { PagedList } from '../client/paged-list.js';
import { onLiveEvent } from '../client/live-events.js';
import { filterSelect } from '../client/filter-select.js';
import { dateRange, istDayEnd, istDayStart } from '../client/date-range.js';
import { time } from '../client/format.js';
import { LOG_LEVELS, TASKS } from '../client/trading-terms.js';
import './paged-table.js';

const TAIL_EVERY_MS = 3_000;

const COLUMNS = [
  { label: 'At', value: (r) => time(r.at) },
  { label: 'Level', value: (r) => html`<span class="badge level-${r.level}">${r.level}</span>` },
  { label: 'Task', value: (r) => r.task || '' },
  { label: 'Message', value: (r) => r.message },
];

class LogsPage extends LightElement {
  static properties = {
    level: { state: true }, task: { state: true }, from: { state: true }, to: { state: true }, paused: { state: true },
  };

  constructor() {
    super();
    this.level = '';
    this.task = '';
    this.from = '';
    this.to = '';
    this.paused = false;
    this.list = new PagedList(this, () => '/user/service/logs' + query({ level: this.level, task: this.task,
      from: istDayStart(this.from), to: istDayEnd(this.to) }));
  }

  connectedCallback() {
    super.connectedCallback();
    this.list.load(0);
    this.timer = setInterval(() => this.tail(), TAIL_EVERY_MS);
    this.unsubscribe = onLiveEvent(['task.'], () => this.tail());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.unsubscribe();
  }

  tail() {
    if (!this.paused && this.list.offset === 0 && !this.list.loading) this.list.load(0);
  }

  filter(name, value) {
    this[name] = value;
    this.list.load(0);
  }

  render() {
    return html`
      <h1>Logs</h1>
      <form class="filters" @submit=${(e) => e.preventDefault()} aria-label="Filter logs">
        ${filterSelect('Level', this.level, LOG_LEVELS, (v) => this.filter('level', v))}
        ${filterSelect('Task', this.task, TASKS, (v) => this.filter('task', v))}
        ${dateRange(this.from, this.to, (name, v) => this.filter(name, v))}
        <button type="button" class="tail-toggle" aria-pressed=${this.paused}
          @click=${() => { this.paused = !this.paused; this.tail(); }}>
          ${this.paused ? 'Resume live tail' : 'Pause live tail'}</button>
        <span role="status" class="tail-state">${this.paused ? 'Paused' : 'Following new lines'}</span>
      </form>
      <paged-table class="logs" caption="Log lines" .columns=${COLUMNS} .list=${this.list}
        .details=${(r) => html`<pre class="json">${JSON.stringify(r.context ?? {}, null, 2)}</pre>`}
        empty-text="No log lines match."></paged-table>`;
  }
}
customElements.define('logs-page', LogsPage);
