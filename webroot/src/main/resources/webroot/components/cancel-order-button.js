// Cancel one open order from the orders table: asks first, sends once (a second click while it is on its way
// does nothing), then shows the order as the service booked it, or the reason it was refused.
import { html } from 'lit';
import { OrderAction } from '../client/order-action.js';
import { api } from '../client/api-client.js';
import './confirm-button.js';

// Orders the broker may still cancel (core's OrderState, not terminal and acknowledged).
export const CANCELLABLE = ['AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED'];

class CancelOrderButton extends OrderAction {
  static properties = { ...OrderAction.properties, order: { attribute: false } };

  cancel() {
    return this.send(() => api('POST', `/user/orders/${this.order.id}/cancel`));
  }

  render() {
    const o = this.order;
    return html`
      <confirm-button class="cancel-order" danger label="Cancel order" .busy=${this.busy}
        question=${`Cancel order #${o.id}: ${o.side} ${o.quantity} ${o.symbol}?`}
        @confirmed=${() => this.cancel()}></confirm-button>
      ${this.error ? html`<p class="error-state action-error" role="alert">${this.error}</p>` : ''}`;
  }
}
customElements.define('cancel-order-button', CancelOrderButton);
