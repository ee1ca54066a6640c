// The chart of one symbol (#/chart?symbol=SBIN&days=120), reached from positions, orders and signals.
import { html } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api, query } from '../client/api-client.js';
import './symbol-chart.js';

const RANGES = [60, 120, 250, 500];

class ChartPage extends LightElement {
  static properties = {
    symbol: {},
    days: { type: Number },
    chart: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.days = 120;
  }

  updated(changed) {
    if ((changed.has('symbol') || changed.has('days')) && this.symbol) this.load();
  }

  async load() {
    this.chart = undefined;
    this.error = undefined;
    try {
      this.chart = await api('GET', `/user/chart/${encodeURIComponent(this.symbol)}` + query({ days: this.days }));
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    if (!this.symbol) return html`<h1>Chart</h1><p class="empty-state">Choose a symbol from positions, orders or signals.</p>`;
    return html`
      <h1>${this.symbol}</h1>
      <form class="filters" @submit=${(e) => e.preventDefault()} aria-label="Chart range">
        <label class="filter">Days <select @change=${(e) => { this.days = Number(e.target.value); }}>
          ${RANGES.map((d) => html`<option value=${d} ?selected=${d === this.days}>${d}</option>`)}</select></label>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>`
        : this.chart ? html`<symbol-chart symbol=${this.symbol} .chart=${this.chart}></symbol-chart>` : html`<p aria-busy="true">Loading…</p>`}`;
  }
}
customElements.define('chart-page', ChartPage);

