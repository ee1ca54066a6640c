// Cancel one open order from the orders table: asks first, sends once (a second click while it is on its way
// does nothing), then shows the order as the service booked it, or the reason it was refused.
import { html } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import './confirm-button.js';

// Orders the broker may still cancel (core's OrderState, not terminal and acknowledged).
export const CANCELLABLE = ['AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED'];

class CancelOrderButton extends LightElement {
  static properties = { order: { attribute: false }, booked: { attribute: false }, busy: { state: true }, error: { state: true } };

  async cancel() {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      const booked = await api('POST', `/user/orders/${this.order.id}/cancel`);
      this.booked?.(booked);
    } catch (e) {
      this.error = e.message;
    } finally {
      this.busy = false;
    }
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
