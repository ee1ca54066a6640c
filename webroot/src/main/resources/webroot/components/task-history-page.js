// Every run of every task: when, how it went, why, how long. Consecutive runs of one task with the same outcome
// (sell_monitor every minute) are one row with their count and time range, expanded to the runs and their details.
// Filters by task, status and trading days; the CSV has the runs the filters select. Live rows.
import { html } from 'lit';
import { LightElement } from '../client/light-element.js';
import { query } from '../client/api-client.js';
import { PagedList } from '../client/paged-list.js';
import { GroupedRuns } from '../client/run-groups.js';
import { onLiveEvent } from '../client/live-events.js';
import { filterSelect } from '../client/filter-select.js';
import { dateRange } from '../client/date-range.js';
import { downloadCsv } from '../client/download.js';
import { time } from '../client/format.js';
import { TASKS, TASK_STATUSES } from '../client/trading-terms.js';
import './paged-table.js';

const took = (r) => (r.durationSeconds === null ? '—' : `${Number(r.durationSeconds).toFixed(1)} s`);
const newest = (g) => g.runs[0];
const oldest = (g) => g.runs[g.runs.length - 1];

const COLUMNS = [
  { label: 'Ran at', value: (g) => (g.runs.length === 1 ? time(newest(g).executedAt)
    : html`<span class="run-range">${time(oldest(g).executedAt)} – ${time(newest(g).executedAt)}</span>`) },
  { label: 'Task', value: (g) => g.task },
  { label: 'Trading day', value: (g) => newest(g).tradingDay },
  { label: 'Status', value: (g) => html`<span class="badge ${g.status}">${g.status}</span>` },
  { label: 'Runs', num: true, value: (g) => html`<span class="run-count">${g.runs.length}</span>` },
  { label: 'Took', num: true, value: (g) => took(newest(g)) },
  { label: 'Reason', value: (g) => g.reason || '' },
];

const runDetails = (g) => html`<ol class="grouped-runs">${g.runs.map((r) => html`
  <li><strong>${time(r.executedAt)}</strong> · ${took(r)}${r.reason ? ` · ${r.reason}` : ''}
    <pre class="json">${JSON.stringify(r.details ?? {}, null, 2)}</pre></li>`)}</ol>`;

class TaskHistoryPage extends LightElement {
  static properties = {
    task: { state: true }, status: { state: true }, from: { state: true }, to: { state: true },
    csvError: { state: true },
  };

  constructor() {
    super();
    this.task = '';
    this.status = '';
    this.from = '';
    this.to = '';
    // The largest page the API gives: a minute-by-minute task fills fifty rows in under an hour.
    this.list = new PagedList(this, () => '/user/service/tasks' + this.filters(), { limit: 200 });
    this.groups = new GroupedRuns(this.list);
  }

  filters() {
    return query({ task: this.task, status: this.status, from: this.from, to: this.to });
  }

  connectedCallback() {
    super.connectedCallback();
    this.list.load(0);
    this.unsubscribe = onLiveEvent(['task.'], ({ data }) => {
      if (data && (!this.task || data.task === this.task) && (!this.status || data.status === this.status)
        && (!this.to || data.tradingDay <= this.to)) {
        this.list.upsert(data);
      }
    });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe();
  }

  filter(name, value) {
    this[name] = value;
    this.list.load(0);
  }

  async download() {
    this.csvError = null;
    try {
      await downloadCsv('/user/service/tasks.csv' + this.filters(), 'task-runs.csv');
    } catch (e) {
      this.csvError = e.message;
    }
  }

  render() {
    return html`
      <h1>Task history</h1>
      <form class="filters" @submit=${(e) => e.preventDefault()} aria-label="Filter task runs">
        ${filterSelect('Task', this.task, TASKS, (v) => this.filter('task', v))}
        ${filterSelect('Status', this.status, TASK_STATUSES, (v) => this.filter('status', v))}
        ${dateRange(this.from, this.to, (name, v) => this.filter(name, v))}
        <span class="exports"><button type="button" class="download-tasks" @click=${() => this.download()}>
          Download task runs CSV</button></span>
      </form>
      ${this.csvError ? html`<p class="error-state" role="alert">${this.csvError}</p>` : ''}
      <paged-table class="task-history" caption="Task runs (repeated runs grouped)" .columns=${COLUMNS}
        .list=${this.groups} .details=${runDetails}
        empty-text="No task has run yet. Start the service on the Service page."></paged-table>`;
  }
}
customElements.define('task-history-page', TaskHistoryPage);
