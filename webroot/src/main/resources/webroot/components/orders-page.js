// Orders with their live status, fills on expand, filters, and the CSV exports.
import { html } from 'lit';
import { chartLink } from '../client/chart-link.js';
import { LightElement } from '../client/light-element.js';
import { query } from '../client/api-client.js';
import { dateRange, istDayEnd, istDayStart } from '../client/date-range.js';
import { downloadCsv } from '../client/download.js';
import { PagedList } from '../client/paged-list.js';
import { onLiveEvent } from '../client/live-events.js';
import { filterSelect } from '../client/filter-select.js';
import { price, time } from '../client/format.js';
import { ORDER_STATUSES } from '../client/trading-terms.js';
import './paged-table.js';
import './order-fills.js';
import { CANCELLABLE } from './cancel-order-button.js';
import { MODIFIABLE } from './modify-order-form.js';

const COLUMNS = [
  { label: 'Placed', value: (o) => time(o.placedAt) },
  { label: 'Symbol', value: (o) => chartLink(o.symbol) },
  { label: 'Side', value: (o) => html`<span class="side ${o.side}">${o.side}</span>` },
  { label: 'Qty (filled)', num: true, value: (o) => `${o.quantity} (${o.filledQuantity ?? 0})` },
  { label: 'Price', num: true, value: (o) => (o.orderType === 'MARKET' ? 'Market' : price(o.price)) },
  { label: 'Avg fill', num: true, value: (o) => price(o.averageFillPrice) },
  { label: 'Status', value: (o) => html`<span class="badge order-${o.status}">${o.status}</span>` },
  { label: 'Task', value: (o) => o.task || '' },
];

class OrdersPage extends LightElement {
  static properties = {
    status: { state: true }, side: { state: true }, symbol: { state: true }, from: { state: true }, to: { state: true },
    csvError: { state: true },
  };

  constructor() {
    super();
    // Called even when a live event re-rendered the row (and removed its button) before the answer came.
    const booked = (order) => this.list.upsert(order);
    this.columns = [...COLUMNS, { label: 'Action', value: (o) => html`<div class="row-actions">
      ${MODIFIABLE.includes(o.status) && o.orderType === 'LIMIT'
        ? html`<modify-order-form .order=${o} .booked=${booked}></modify-order-form>` : ''}
      ${CANCELLABLE.includes(o.status) ? html`<cancel-order-button .order=${o} .booked=${booked}></cancel-order-button>`
        : ''}</div>` }];
    this.status = '';
    this.from = '';
    this.to = '';
    this.side = '';
    this.symbol = '';
    this.list = new PagedList(this, () => '/user/orders' + this.filters());
  }

  filters() {
    return query({ status: this.status, side: this.side, symbol: this.symbol.trim().toUpperCase(),
      from: istDayStart(this.from), to: istDayEnd(this.to) });
  }

  connectedCallback() {
    super.connectedCallback();
    this.list.load(0);
    this.unsubscribe = onLiveEvent(['order.'], ({ data }) => {
      if (data?.id !== undefined && this.matches(data)) this.list.upsert(data);
    });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe();
  }

  matches(order) {
    return (!this.status || order.status === this.status) && (!this.side || order.side === this.side)
      && (!this.symbol || order.symbol === this.symbol.trim().toUpperCase())
      && (!this.to || !order.placedAt || Date.parse(order.placedAt) <= Date.parse(istDayEnd(this.to)));
  }

  filter(name, value) {
    this[name] = value;
    this.list.load(0);
  }

  async download(file) {
    this.csvError = null;
    try {
      await downloadCsv(`/user/${file}${this.filters()}`, file);
    } catch (e) {
      this.csvError = e.message;
    }
  }

  render() {
    return html`
      <h1>Orders</h1>
      <form class="filters" @submit=${(e) => { e.preventDefault(); this.list.load(0); }} aria-label="Filter orders">
        ${filterSelect('Status', this.status, ORDER_STATUSES, (v) => this.filter('status', v))}
        ${filterSelect('Side', this.side, ['BUY', 'SELL'], (v) => this.filter('side', v))}
        <label class="filter">Symbol <input name="symbol" .value=${this.symbol} placeholder="e.g. RELIANCE"
          @change=${(e) => this.filter('symbol', e.target.value)}></label>
        ${dateRange(this.from, this.to, (name, v) => this.filter(name, v))}
        <span class="exports">
          <button type="button" @click=${() => this.download('orders.csv')}>Download orders CSV</button>
          <button type="button" @click=${() => this.download('fills.csv')}>Download fills CSV</button>
        </span>
      </form>
      ${this.csvError ? html`<p class="error-state" role="alert">${this.csvError}</p>` : ''}
      <paged-table class="orders" caption="Orders" .columns=${this.columns} .list=${this.list}
        .details=${(o) => html`<order-fills order-id=${o.id}></order-fills>`}
        empty-text="No orders yet. They appear here as the service places them."></paged-table>`;
  }
}
customElements.define('orders-page', OrdersPage);
