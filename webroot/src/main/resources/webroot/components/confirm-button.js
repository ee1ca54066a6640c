// A button that asks before it acts (start/stop a trading service): fires 'confirmed' after "Yes".
import { html } from 'lit';
import { LightElement } from '../client/light-element.js';

class ConfirmButton extends LightElement {
  static properties = {
    label: {},
    question: {},
    busy: { type: Boolean },
    danger: { type: Boolean },
  };

  ask() {
    this.querySelector('dialog').showModal();
  }

  answer(yes) {
    this.querySelector('dialog').close();
    if (yes) this.dispatchEvent(new CustomEvent('confirmed', { bubbles: true, composed: true }));
  }

  render() {
    return html`
      <button class=${this.danger ? 'danger' : 'primary'} ?disabled=${this.busy} @click=${this.ask}>
        ${this.busy ? 'Working…' : this.label}</button>
      <dialog aria-label=${this.question} @cancel=${() => this.answer(false)}>
        <p>${this.question}</p>
        <div class="dialog-actions">
          <button class="confirm-yes ${this.danger ? 'danger' : 'primary'}" @click=${() => this.answer(true)}>Yes, ${this.label.toLowerCase()}</button>
          <button class="confirm-no" @click=${() => this.answer(false)} autofocus>Cancel</button>
        </div>
      </dialog>`;
  }
}
customElements.define('confirm-button', ConfirmButton);
