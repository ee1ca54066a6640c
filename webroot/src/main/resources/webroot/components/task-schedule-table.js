// The daily tasks: when each last ran, how it went, when it runs next, and "run now".
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { time } from '../client/format.js';
import { TASKS } from '../client/trading-terms.js';

class TaskScheduleTable extends LightElement {
  static properties = {
    tasks: { attribute: false },
    running: { type: Boolean },
    message: { state: true },
  };

  async runNow(name) {
    try {
      await api('POST', `/user/service/tasks/${name}/run`);
      this.message = `${name} asked to run now.`;
    } catch (e) {
      this.message = e.message;
    }
  }

  render() {
    const byName = new Map((this.tasks || []).map((t) => [t.name, t]));
    const names = [...TASKS, ...[...byName.keys()].filter((n) => !TASKS.includes(n))];
    return html`
      <section class="card" aria-labelledby="tasks-title">
        <h2 id="tasks-title">Daily tasks</h2>
        <div class="table-scroll">
          <table class="task-schedule">
            <thead><tr><th scope="col">Task</th><th scope="col">Last run</th><th scope="col">Status</th>
              <th scope="col">Next run</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>${names.map((name) => {
              const t = byName.get(name) || {};
              return html`<tr data-task=${name}>
                <th scope="row">${name}</th>
                <td data-label="Last run">${time(t.lastRunAt)}</td>
                <td data-label="Status">${t.lastStatus ? html`<span class="badge ${t.lastStatus}">${t.lastStatus}</span>` : '—'}</td>
                <td data-label="Next run">${time(t.nextRunAt)}</td>
                <td>${this.running ? html`<button class="small" @click=${() => this.runNow(name)}
                  aria-label="Run ${name} now">Run now</button>` : nothing}</td>
              </tr>`;
            })}</tbody>
          </table>
        </div>
        ${this.message ? html`<p role="status">${this.message}</p>` : nothing}
      </section>`;
  }
}
customElements.define('task-schedule-table', TaskScheduleTable);
