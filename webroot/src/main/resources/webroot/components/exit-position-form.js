// Exit a position from the positions table: a dialog to choose "at market" or "at a limit" (prefilled with the last
// price), the quantity, and a confirmation. One request id per opened dialog, so a double submit is one order on the
// server too; the button is disabled while the order is on its way. A refusal (market closed, the risk check, the
// kill switch, the broker) is shown in words.
import { html } from 'lit';
import { OrderAction } from '../client/order-action.js';
import { api } from '../client/api-client.js';
import { price } from '../client/format.js';

class ExitPositionForm extends OrderAction {
  static properties = { ...OrderAction.properties, position: { attribute: false }, orderType: { state: true } };

  constructor() {
    super();
    this.orderType = 'MARKET';
  }

  open() {
    this.requestId = crypto.randomUUID();
    this.orderType = 'MARKET';
    this.error = null;
    this.querySelector('dialog').showModal();
  }

  close() {
    this.querySelector('dialog').close();
  }

  async submit(e) {
    e.preventDefault();
    const form = new FormData(e.target);
    const body = { requestId: this.requestId, orderType: this.orderType, quantity: Number(form.get('quantity')) };
    if (this.orderType === 'LIMIT') body.limitPrice = Number(form.get('limitPrice'));
    const path = `/user/positions/${encodeURIComponent(this.position.symbol)}/exit`;
    if (await this.send(() => api('POST', path, body))) this.close();
  }

  render() {
    const p = this.position;
    const id = `exit-${p.symbol}`;
    return html`
      <button class="exit-position small" @click=${() => this.open()}>Exit…</button>
      <dialog aria-labelledby="${id}-title" @close=${() => { this.busy = false; }}>
        <form class="exit-form" @submit=${(e) => this.submit(e)}>
          <h2 id="${id}-title">Sell ${p.symbol}</h2>
          <p>You hold ${p.quantity} at an average ${price(p.averagePrice)}; last price ${price(p.lastPrice)}.</p>
          <fieldset>
            <legend>How</legend>
            <label><input type="radio" name="orderType" value="MARKET" .checked=${this.orderType === 'MARKET'}
              @change=${() => { this.orderType = 'MARKET'; }}> At market</label>
            <label><input type="radio" name="orderType" value="LIMIT" .checked=${this.orderType === 'LIMIT'}
              @change=${() => { this.orderType = 'LIMIT'; }}> At a limit price</label>
          </fieldset>
          <div class="field"><label for="${id}-price">Limit price (₹)</label>
            <input id="${id}-price" name="limitPrice" type="number" step="0.05" min="0.05"
              .value=${p.lastPrice ?? ''} ?disabled=${this.orderType !== 'LIMIT'} ?required=${this.orderType === 'LIMIT'}></div>
          <div class="field"><label for="${id}-qty">Quantity</label>
            <input id="${id}-qty" name="quantity" type="number" min="1" max=${p.quantity} step="1" .value=${p.quantity} required></div>
          ${this.error ? html`<p class="error-state action-error" role="alert">${this.error}</p>` : ''}
          <div class="dialog-actions">
            <button type="submit" class="confirm-exit danger" ?disabled=${this.busy}>
              ${this.busy ? 'Sending…' : `Yes, sell ${p.symbol}`}</button>
            <button type="button" class="confirm-no" @click=${() => this.close()}>Cancel</button>
          </div>
        </form>
      </dialog>`;
  }
}
customElements.define('exit-position-form', ExitPositionForm);
