// The trader's watchlist: symbols the 16:00 analysis screens beside the deployment's default universe.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { time } from '../client/format.js';

class WatchlistForm extends LightElement {
  static properties = { items: { state: true }, errors: { state: true }, message: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.items = [];
    this.errors = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.items = (await api('GET', '/user/watchlist')).items;
    } catch (e) {
      this.message = { text: e.message, ok: false };
    }
  }

  async save(e) {
    e.preventDefault();
    const text = e.target.elements.namedItem('symbols').value;
    const symbols = text.split(/[\s,;]+/).filter((s) => s.length > 0);
    await this.send(() => api('PUT', '/user/watchlist', { symbols }), 'Watchlist saved.');
  }

  async remove(symbol) {
    await this.send(async () => {
      await api('DELETE', '/user/watchlist/' + encodeURIComponent(symbol));
      return api('GET', '/user/watchlist');
    }, symbol + ' removed.');
  }

  async send(request, done) {
    this.busy = true;
    try {
      this.items = (await request()).items;
      this.errors = {};
      this.message = { text: done, ok: true };
    } catch (err) {
      this.errors = err.fields || {};
      this.message = { text: err.message, ok: false };
    } finally {
      this.busy = false;
    }
  }

  render() {
    const problems = Object.entries(this.errors);
    return html`
      <form class="card watchlist" @submit=${this.save} aria-labelledby="watchlist-title">
        <h2 id="watchlist-title">Watchlist</h2>
        <p>NSE symbols the daily analysis screens besides the default universe (at most 100). A symbol without
          stored prices is skipped and named in the analysis task's details.</p>
        ${this.items.length ? html`<ul class="watchlist-items">${this.items.map((i) => html`<li>
          <span title="added ${time(i.addedAt)}">${i.symbol}</span>
          <button type="button" class="link" ?disabled=${this.busy} aria-label="Remove ${i.symbol}"
            @click=${() => this.remove(i.symbol)}>remove</button></li>`)}</ul>` : html`<p>No symbols yet.</p>`}
        <div class="field">
          <label for="watchlist-symbols">Symbols (separated by spaces or commas)</label>
          <textarea id="watchlist-symbols" name="symbols" rows="3" .value=${this.items.map((i) => i.symbol).join(' ')}
            aria-invalid=${problems.length ? 'true' : 'false'}
            aria-describedby=${problems.length ? 'watchlist-errors' : nothing}></textarea>
          ${problems.length ? html`<ul class="field-error" id="watchlist-errors">${problems.map(([field, text]) =>
            html`<li>${field}: ${text}</li>`)}</ul>` : nothing}
        </div>
        ${this.message ? html`<p class=${this.message.ok ? 'ok-state' : 'error-state'} role=${this.message.ok ? 'status' : 'alert'}>
          ${this.message.text}</p>` : nothing}
        <button class="primary" type="submit" ?disabled=${this.busy}>Save watchlist</button>
      </form>`;
  }
}
customElements.define('watchlist-form', WatchlistForm);
