// The trading rules (RSI, sizing, targets, order defaults, ...) as a form built from the config the
// API returns; the server validates, and its message for each field is shown next to that field.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { FRACTION_FIELDS } from '../client/trading-terms.js';

const CHOICES = {
  strategy: ['dip', 'legacy-dip'],
  default_exchange: ['NSE', 'BSE'],
  default_product: ['CNC', 'MIS', 'NRML'],
  default_order_type: ['MARKET', 'LIMIT'],
  default_variety: ['AMO', 'REGULAR'],
  default_validity: ['DAY', 'IOC'],
};
const TEXT_FIELDS = new Set(['ml_model_version']);
const JSON_FIELDS = new Set(['task_schedule']);
const NOT_EDITABLE = new Set(['user_id', 'created_at', 'updated_at']);
const GROUPS = [
  ['Strategy', /^strategy$/], ['RSI', /^rsi_/], ['Chart quality', /^chart_quality_/], ['Stops and targets', /(stop_loss|target|risk_reward)/],
  ['Order defaults', /^default_/], ['News sentiment', /^news_/], ['Machine learning', /^ml_/],
  ['Paper trading', /^paper_/],
  ['Risk limits (empty: no limit)', /^(max_portfolio_size|max_order_value|max_capital_deployed|max_orders_per_day|daily_loss_cap)$/],
  ['Capital and sizing', /./],
];

const PERCENT = new Set(FRACTION_FIELDS);
const words = (key) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()).replace(/\b(rsi|ml|pct|ema9)\b/gi,
  (w) => ({ rsi: 'RSI', ml: 'ML', pct: '%', ema9: 'EMA9' }[w.toLowerCase()]));
const labelFor = (key) => (PERCENT.has(key) ? `${words(key.replace(/_(pct|ratio)$/, ''))} (%)` : words(key));
// A fraction shown as a percentage and back; toFixed drops the binary noise of 0.12 * 100.
const shown = (key, value) => (PERCENT.has(key) && typeof value === 'number' ? Number((value * 100).toFixed(6)) : value);
const stored = (key, number) => (PERCENT.has(key) ? Number((number / 100).toFixed(8)) : number);

class TradingConfigForm extends LightElement {
  static properties = {
    config: { state: true },
    errors: { state: true },
    message: { state: true },
    loadError: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.config = await api('GET', '/user/trading-config');
      this.loadError = null;
    } catch (e) {
      this.loadError = e;
    }
  }

  valuesFromForm(form) {
    const values = {};
    for (const [key, original] of Object.entries(this.config)) {
      if (NOT_EDITABLE.has(key)) continue;
      const input = form.elements.namedItem(key);
      if (input.type === 'checkbox') values[key] = input.checked;
      else if (input.value.trim() === '') values[key] = null;
      else if (JSON_FIELDS.has(key) || typeof original === 'object') values[key] = parseJson(input.value);
      else if (input.type === 'number') values[key] = stored(key, Number(input.value));
      else values[key] = input.value;
    }
    return values;
  }

  async save(e) {
    e.preventDefault();
    await this.send(() => api('PUT', '/user/trading-config', this.valuesFromForm(e.target)), 'Trading config saved.');
  }

  async reset() {
    if (!confirm('Put every trading rule back to its default?')) return;
    await this.send(() => api('POST', '/user/trading-config/reset'), 'Defaults restored.');
  }

  async send(request, done) {
    this.busy = true;
    this.message = null;
    try {
      this.config = await request();
      this.errors = {};
      this.message = { text: done, ok: true };
      if (!this.config || typeof this.config !== 'object') await this.load();
    } catch (err) {
      this.errors = err.fields || {};
      this.message = { text: err.message, ok: false };
      await this.updateComplete;
      this.querySelector('[aria-invalid="true"]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (this.loadError) return html`<p class="error-state" role="alert">Could not load the trading config: ${this.loadError.message}</p>`;
    if (!this.config) return html`<p aria-busy="true">Loading trading config…</p>`;
    const keys = Object.keys(this.config).filter((k) => !NOT_EDITABLE.has(k));
    const placed = new Set(); // a key goes to the first group whose pattern it matches
    return html`
      <form class="trading-config" @submit=${this.save} novalidate aria-labelledby="config-title">
        <h2 id="config-title">Trading rules</h2>
        ${GROUPS.map(([title, pattern]) => {
          const fields = keys.filter((k) => pattern.test(k) && !placed.has(k) && placed.add(k));
          return fields.length ? html`<fieldset><legend>${title}</legend>${fields.map((k) => this.field(k))}</fieldset>` : nothing;
        })}
        ${this.message ? html`<p class=${this.message.ok ? 'ok-state' : 'error-state'} role=${this.message.ok ? 'status' : 'alert'}>
          ${this.message.text}</p>` : nothing}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>Save trading rules</button>
          <button type="button" ?disabled=${this.busy} @click=${this.reset}>Reset to defaults</button>
        </div>
      </form>`;
  }

  field(key) {
    const value = this.config[key];
    const error = this.errors[key];
    const id = `config-${key}`;
    const common = { id, invalid: error ? 'true' : 'false', describedBy: error ? `${id}-error` : nothing };
    let input;
    if (typeof value === 'boolean') {
      input = html`<input type="checkbox" id=${id} name=${key} .checked=${value} aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}>`;
    } else if (CHOICES[key]) {
      input = html`<select id=${id} name=${key} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}>
        ${CHOICES[key].map((c) => html`<option ?selected=${c === value}>${c}</option>`)}</select>`;
    } else if (JSON_FIELDS.has(key) || (value !== null && typeof value === 'object')) {
      input = html`<textarea id=${id} name=${key} rows="3" aria-invalid=${common.invalid} aria-describedby=${common.describedBy}
        .value=${value === null ? '' : JSON.stringify(value, null, 1)}></textarea>`;
    } else {
      const numeric = !TEXT_FIELDS.has(key) && (value === null || typeof value === 'number');
      input = html`<input type=${numeric ? 'number' : 'text'} step="any" id=${id} name=${key} .value=${shown(key, value) ?? ''}
        aria-invalid=${common.invalid} aria-describedby=${common.describedBy} placeholder=${value === null ? 'not set' : ''}>`;
    }
    return html`<div class="field ${typeof value === 'boolean' ? 'checkbox' : ''}" data-field=${key}>
      <label for=${id}>${labelFor(key)}</label>${input}
      ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}</div>`;
  }
}

// Text that is not JSON goes to the server as it is, so its message says what is wrong.
function parseJson(text) {
  try { return JSON.parse(text); } catch { return text; }
}

customElements.define('trading-config-form', TradingConfigForm);
