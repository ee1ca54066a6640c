// Every run of every task: when, how it went, why, how long; details JSON on expand. Live rows.
import { html } from 'lit';
import { LightElement } from '../client/light-element.js';
import { query } from '../client/api-client.js';
import { PagedList } from '../client/paged-list.js';
import { onLiveEvent } from '../client/live-events.js';
import { filterSelect } from '../client/filter-select.js';
import { time } from '../client/format.js';
import { TASKS, TASK_STATUSES } from '../client/trading-terms.js';
import './paged-table.js';

const COLUMNS = [
  { label: 'Ran at', value: (r) => time(r.executedAt) },
  { label: 'Task', value: (r) => r.task },
  { label: 'Trading day', value: (r) => r.tradingDay },
  { label: 'Status', value: (r) => html`<span class="badge ${r.status}">${r.status}</span>` },
  { label: 'Took', num: true, value: (r) => (r.durationSeconds === null ? '—' : `${Number(r.durationSeconds).toFixed(1)} s`) },
  { label: 'Reason', value: (r) => r.reason || '' },
];

class TaskHistoryPage extends LightElement {
  static properties = { task: { state: true }, status: { state: true } };

  constructor() {
    super();
    this.task = '';
    this.status = '';
    this.list = new PagedList(this, () => '/user/service/tasks' + query({ task: this.task, status: this.status }));
  }

  connectedCallback() {
    super.connectedCallback();
    this.list.load(0);
    this.unsubscribe = onLiveEvent(['task.'], ({ data }) => {
      if (data && (!this.task || data.task === this.task) && (!this.status || data.status === this.status)) {
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

  render() {
    return html`
      <h1>Task history</h1>
      <form class="filters" @submit=${(e) => e.preventDefault()} aria-label="Filter task runs">
        ${filterSelect('Task', this.task, TASKS, (v) => this.filter('task', v))}
        ${filterSelect('Status', this.status, TASK_STATUSES, (v) => this.filter('status', v))}
      </form>
      <paged-table class="task-history" caption="Task runs" .columns=${COLUMNS} .list=${this.list}
        .details=${(r) => html`<pre class="json">${JSON.stringify(r.details ?? {}, null, 2)}</pre>`}
        empty-text="No task has run yet. Start the service on the Service page."></paged-table>`;
  }
}
customElements.define('task-history-page', TaskHistoryPage);
