// The fills of one order (shown when its row is expanded), with charges.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { money, price, time } from '../client/format.js';

class OrderFills extends LightElement {
  static properties = {
    orderId: { attribute: 'order-id' },
    order: { state: true },
    error: { state: true },
  };

  updated(changed) {
    if (changed.has('orderId')) this.load();
  }

  async load() {
    try {
      this.order = await api('GET', `/user/orders/${this.orderId}`);
    } catch (e) {
      this.error = e;
    }
  }

  render() {
    if (this.error) return html`<p class="error-state" role="alert">Could not load fills: ${this.error.message}</p>`;
    if (!this.order) return html`<p aria-busy="true">Loading fills…</p>`;
    const { fills = [], statusReason, clientOrderId, brokerOrderId } = this.order;
    return html`
      <p class="order-ids">Client order id <code>${clientOrderId}</code>
        ${brokerOrderId ? html` · broker order id <code>${brokerOrderId}</code>` : nothing}
        ${statusReason ? html` · ${statusReason}` : nothing}</p>
      ${fills.length === 0 ? html`<p class="empty-state">No fills yet.</p>` : html`
        <table class="fills">
          <caption>Fills</caption>
          <thead><tr><th scope="col">Filled at</th><th scope="col">Quantity</th><th scope="col">Price</th>
            <th scope="col">Charges</th></tr></thead>
          <tbody>${fills.map((f) => html`<tr><td>${time(f.filledAt)}</td><td>${f.quantity}</td>
            <td>${price(f.price)}</td><td>${money(f.charges)}</td></tr>`)}</tbody>
        </table>`}`;
  }
}
customElements.define('order-fills', OrderFills);
