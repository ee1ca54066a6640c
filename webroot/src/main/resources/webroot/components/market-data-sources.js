// The admin's view of the prices everyone trades on: the last candle day and each source's state.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { age, time } from '../client/format.js';

class MarketDataSources extends LightElement {
  static properties = { state: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.state = await api('GET', '/admin/market-data');
      this.error = null;
    } catch (e) {
      this.error = e.message;
    }
  }

  row(s) {
    return html`<tr>
      <th scope="row">${s.source}</th>
      <td>${s.lastDay || '—'}</td>
      <td>${time(s.lastSuccessAt)}<br><small>${s.ageSeconds === null ? 'never delivered' : age(s.ageSeconds)}</small></td>
      <td class=${s.errorCount ? 'negative' : ''}>${s.errorCount}</td>
      <td>${s.lastError || '—'}</td>
    </tr>`;
  }

  render() {
    if (this.error) return html`<p class="error-state" role="alert">Market data: ${this.error}</p>`;
    if (!this.state) return html`<p aria-busy="true">Loading the market-data sources…</p>`;
    const quoteErrors = Object.entries(this.state.quoteErrors || {}).filter(([, count]) => count > 0);
    return html`<section class="card market-data-sources">
      <h2>Market data</h2>
      <p class="prices-as-of">Prices as of <strong>${this.state.lastCandleDay || 'no stored day yet'}</strong>
        (the last published candle day)</p>
      ${this.state.sources.length === 0 ? html`<p class="empty-state">No source has been asked yet.</p>` : html`
        <table>
          <caption>Sources</caption>
          <thead><tr><th scope="col">Source</th><th scope="col">Last day</th><th scope="col">Last success</th>
            <th scope="col">Errors</th><th scope="col">Last error</th></tr></thead>
          <tbody>${this.state.sources.map((s) => this.row(s))}</tbody>
        </table>`}
      ${quoteErrors.length ? html`<p><small>Live-quote errors on this node: ${quoteErrors.map(([k, v]) => `${k} ${v}`)
        .join(', ')}</small></p>` : nothing}
    </section>`;
  }
}
customElements.define('market-data-sources', MarketDataSources);
