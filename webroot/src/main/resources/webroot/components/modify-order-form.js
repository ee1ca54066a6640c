// A new limit price for an open LIMIT order: a dialog with the price (a buy's only lower), sent once, then the order
// as the service booked it, or the reason it was refused.
import { html } from 'lit';
import { OrderAction } from '../client/order-action.js';
import { api } from '../client/api-client.js';
import { price } from '../client/format.js';

// Open LIMIT orders the broker holds (core's OrderState).
export const MODIFIABLE = ['AMO_PENDING', 'OPEN'];

class ModifyOrderForm extends OrderAction {
  static properties = { ...OrderAction.properties, order: { attribute: false } };

  open() {
    this.error = null;
    this.querySelector('dialog').showModal();
  }

  close() {
    this.querySelector('dialog').close();
  }

  async submit(e) {
    e.preventDefault();
    const body = { price: Number(new FormData(e.target).get('price')) };
    if (await this.send(() => api('POST', `/user/orders/${this.order.id}/modify`, body))) this.close();
  }

  render() {
    const o = this.order;
    const id = `modify-${o.id}`;
    const buy = o.side === 'BUY';
    return html`
      <button class="modify-order small" @click=${() => this.open()}>Change price…</button>
      <dialog aria-labelledby="${id}-title">
        <form class="modify-form" @submit=${(e) => this.submit(e)}>
          <h2 id="${id}-title">New limit for order #${o.id}</h2>
          <p>${o.side} ${o.quantity} ${o.symbol}, now at ${price(o.price)}.${buy ? ' A buy can only be lowered.' : ''}</p>
          <div class="field"><label for="${id}-price">Limit price (₹)</label>
            <input id="${id}-price" name="price" type="number" step="0.05" min="0.05" max=${buy ? o.price : ''}
              .value=${o.price ?? ''} required></div>
          ${this.error ? html`<p class="error-state action-error" role="alert">${this.error}</p>` : ''}
          <div class="dialog-actions">
            <button type="submit" class="confirm-modify primary" ?disabled=${this.busy}>
              ${this.busy ? 'Sending…' : 'Yes, change the price'}</button>
            <button type="button" class="confirm-no" @click=${() => this.close()}>Cancel</button>
          </div>
        </form>
      </dialog>`;
  }
}
customElements.define('modify-order-form', ModifyOrderForm);
