// Positions and holdings with their P&L (live from position.* events) and the daily P&L chart.
import { html } from 'lit';
import { chartLink } from '../client/chart-link.js';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { WholeList } from '../client/paged-list.js';
import { onLiveEvent } from '../client/live-events.js';
import { money, pnlClass, price, time } from '../client/format.js';
import './paged-table.js';
import './daily-pnl-chart.js';
import './exit-position-form.js';

const pnl = (n) => html`<span class=${pnlClass(n)}>${money(n)}</span>`;

const COLUMNS = [
  { label: 'Symbol', value: (p) => chartLink(p.symbol) },
  { label: 'Qty', num: true, value: (p) => p.quantity },
  { label: 'Avg price', num: true, value: (p) => price(p.averagePrice) },
  { label: 'Last price', num: true, value: (p) => price(p.lastPrice) },
  { label: 'Unrealised', num: true, value: (p) => pnl(p.unrealisedPnl) },
  { label: 'Realised', num: true, value: (p) => pnl(p.realisedPnl) },
  { label: 'Opened', value: (p) => time(p.openedAt) },
  { label: 'Closed', value: (p) => (p.closedAt ? time(p.closedAt) : 'Open') },
];

const booked = (o) => `Sell order #${o.id} for ${o.quantity} ${o.symbol}: ${o.status}`
  + (o.averageFillPrice ? ` at ${price(o.averageFillPrice)}` : '') + (o.repeated ? ' (already sent)' : '');

class PortfolioPage extends LightElement {
  static properties = { days: { state: true }, pnlError: { state: true }, lastExit: { state: true } };

  constructor() {
    super();
    this.positions = new WholeList(this, () => '/user/positions', (p) => p.symbol);
    // The answer is handed over even when a live event closed the row (and removed its form) before it came.
    const exited = (order) => { this.lastExit = order; this.positions.load(); };
    this.columns = [...COLUMNS, { label: 'Action', value: (p) => (p.closedAt ? ''
      : html`<exit-position-form .position=${p} .booked=${exited}></exit-position-form>`) }];
  }

  connectedCallback() {
    super.connectedCallback();
    this.positions.load();
    this.loadPnl();
    this.unsubscribe = onLiveEvent(['position.'], ({ data }) => data?.symbol && this.positions.upsert(data));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe();
  }

  async loadPnl() {
    try {
      this.days = (await api('GET', '/user/pnl/daily')).items;
      this.pnlError = null;
    } catch (e) {
      this.pnlError = e;
    }
  }

  render() {
    const open = this.positions.items.filter((p) => !p.closedAt);
    const unrealised = open.reduce((sum, p) => sum + (p.unrealisedPnl ?? 0), 0);
    return html`
      <h1>Positions & P&L</h1>
      <p class="summary">${open.length} open position${open.length === 1 ? '' : 's'} · unrealised ${pnl(unrealised)}</p>
      <p class="exit-result" role="status">${this.lastExit ? booked(this.lastExit) : ''}</p>
      <paged-table class="positions" caption="Positions and holdings" .columns=${this.columns} .list=${this.positions}
        empty-text="No positions. Bought stocks show up here."></paged-table>
      <section class="card" aria-labelledby="pnl-title">
        <h2 id="pnl-title">Daily P&L</h2>
        ${this.pnlError
          ? html`<p class="error-state" role="alert">Could not load P&L: ${this.pnlError.message}</p>`
          : html`<daily-pnl-chart .days=${this.days}></daily-pnl-chart>`}
      </section>`;
  }
}
customElements.define('portfolio-page', PortfolioPage);
