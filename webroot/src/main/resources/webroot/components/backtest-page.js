// A backtest of the trader's strategy (or another one) over the stored daily prices: symbols and dates in, the
// trades, P&L, win rate and drawdown out (POST /user/backtests). The server validates and names each bad field.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { money, price } from '../client/format.js';

const pct = (n) => `${Number(n).toFixed(2)} %`;

class BacktestPage extends LightElement {
  static properties = { report: { state: true }, errors: { state: true }, message: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.errors = {};
  }

  async run(e) {
    e.preventDefault();
    const form = e.target.elements;
    const body = {
      symbols: form.namedItem('symbols').value.split(/[\s,;]+/).filter((s) => s.length > 0),
      from: form.namedItem('from').value,
      to: form.namedItem('to').value,
    };
    if (form.namedItem('strategy').value) body.strategy = form.namedItem('strategy').value;
    this.busy = true;
    this.message = { text: 'Backtesting…', ok: true };
    try {
      this.report = await api('POST', '/user/backtests', body);
      this.errors = {};
      this.message = null;
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
      <h1>Backtest</h1>
      <form class="card backtest" @submit=${this.run} aria-label="Backtest a strategy">
        <div class="field"><label for="backtest-symbols">Symbols (separated by spaces or commas, at most 500)</label>
          <textarea id="backtest-symbols" name="symbols" rows="2"></textarea></div>
        <div class="field"><label for="backtest-from">From</label><input id="backtest-from" name="from" type="date"></div>
        <div class="field"><label for="backtest-to">To</label><input id="backtest-to" name="to" type="date"></div>
        <div class="field"><label for="backtest-strategy">Strategy</label>
          <select id="backtest-strategy" name="strategy"><option value="">my trading config's</option>
            <option>dip</option><option>legacy-dip</option></select></div>
        ${problems.length ? html`<ul class="field-error" id="backtest-errors">${problems.map(([field, text]) =>
          html`<li>${field}: ${text}</li>`)}</ul>` : nothing}
        ${this.message ? html`<p class=${this.message.ok ? 'ok-state' : 'error-state'}
          role=${this.message.ok ? 'status' : 'alert'}>${this.message.text}</p>` : nothing}
        <button class="primary" type="submit" ?disabled=${this.busy}>Run backtest</button>
      </form>
      ${this.report ? this.renderReport(this.report) : nothing}`;
  }

  renderReport(r) {
    return html`
      <section class="card backtest-report" aria-label="Backtest result">
        <h2>${r.strategy}, ${r.from} to ${r.to}</h2>
        <dl class="backtest-summary">
          <dt>Trades</dt><dd data-figure="trades">${r.tradeCount}</dd>
          <dt>Win rate</dt><dd data-figure="win-rate">${pct(r.winRatePct)} (${r.wins} won)</dd>
          <dt>P&L (gross)</dt><dd data-figure="pnl">${money(r.pnl)} (${pct(r.returnPct)} of the capital used)</dd>
          <dt>Max drawdown</dt><dd data-figure="drawdown">${money(r.maxDrawdown)} (${pct(r.maxDrawdownPct)})</dd>
        </dl>
        ${r.skipped.length ? html`<p class="error-state">Skipped: ${r.skipped.join('; ')}</p>` : nothing}
        <div class="table-scroll"><table>
          <caption>Trades in the order they closed</caption>
          <thead><tr>${['Symbol', 'Bought', 'At', 'Sold', 'At', 'Qty', 'P&L', 'Why sold'].map((h) =>
            html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>${r.trades.length === 0 ? html`<tr><td colspan="8" class="empty-state">No trades.</td></tr>` : nothing}
            ${r.trades.map((t) => html`<tr><td data-label="Symbol">${t.symbol}</td>
              <td data-label="Bought">${t.entryDay}</td><td data-label="Buy price" class="num">${price(t.entryPrice)}</td>
              <td data-label="Sold">${t.exitDay}</td><td data-label="Sell price" class="num">${price(t.exitPrice)}</td>
              <td data-label="Qty" class="num">${t.quantity}</td><td data-label="P&L" class="num">${money(t.pnl)}</td>
              <td data-label="Why sold">${t.open ? 'still held at the end' : t.exitReason}</td></tr>`)}</tbody>
        </table></div>
      </section>`;
  }
}

customElements.define('backtest-page', BacktestPage);
