// The account at a glance on the dashboard: cash, invested, holdings at the last closes ("prices as of" their day),
// the last day's and the total P&L, open positions, the PAPER/LIVE badge, and the market clock of the service.
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { api } from '../client/api-client.js';
import { onLiveEvent } from '../client/live-events.js';
import { money, pnlClass, time } from '../client/format.js';

const SESSIONS = { open: 'Open', pre_open: 'Pre-open (09:00–09:15)', closed: 'Closed' };
const pnl = (n) => html`<span class=${pnlClass(n)}>${money(n)}</span>`;

class AccountSummary extends LightElement {
  static properties = {
    market: { attribute: false }, // {now, session} from the running service, or null
    tasks: { attribute: false }, // the status card's tasks, for the next one due
    summary: { state: true },
    error: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
    this.unsubscribe = onLiveEvent(['position.', 'order.filled'], () => this.load());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe();
  }

  async load() {
    try {
      this.summary = await api('GET', '/user/account/summary');
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  nextTask() {
    return (this.tasks || []).filter((t) => t.nextRunAt).sort((a, b) => a.nextRunAt.localeCompare(b.nextRunAt))[0];
  }

  render() {
    if (this.error) return html`<p class="error-state" role="alert">Could not load the account: ${this.error.message}</p>`;
    const s = this.summary;
    if (!s) return html`<p aria-busy="true">Loading the account…</p>`;
    const live = s.tradeMode === 'broker';
    const next = this.nextTask();
    const asOf = s.pricesAsOf ? html`<span class="as-of">prices as of the ${s.pricesAsOf} close</span>` : nothing;
    return html`
      <section class="card account-summary" aria-labelledby="account-title">
        <h2 id="account-title">Account <span class="badge mode ${live ? 'live' : 'paper'}">${live ? 'LIVE' : 'PAPER'}</span></h2>
        <dl class="facts figures">
          <div><dt>Cash (buying power)</dt><dd class="num cash">${live ? 'at the broker' : money(s.cash)}</dd></div>
          <div><dt>Invested (at cost)</dt><dd class="num invested">${money(s.invested)}</dd></div>
          <div><dt>Holdings value</dt><dd class="num holdings">${money(s.holdingsValue)} ${asOf}</dd></div>
          <div><dt>${s.day ? `P&L of ${s.day.day}` : 'Day P&L'}</dt>
            <dd class="num day-pnl">${s.day ? pnl(s.day.realised + s.day.unrealised) : '—'}</dd></div>
          <div><dt>Total P&L</dt><dd class="num total-pnl">${pnl(s.totalPnl)}
            <span class="as-of">realised ${money(s.realisedPnl)}, unrealised ${money(s.unrealisedPnl)}</span></dd></div>
          <div><dt>Open positions</dt><dd class="num open-positions">${s.openPositions}</dd></div>
          <div><dt>Market</dt><dd class="market-session">${this.market
            ? html`${SESSIONS[this.market.session] ?? this.market.session} <span class="as-of">at ${time(this.market.now)}</span>`
            : html`— <span class="as-of">shown while the service runs</span>`}</dd></div>
          <div><dt>Next task</dt><dd class="next-task">${next ? `${next.name} at ${time(next.nextRunAt)}` : '—'}</dd></div>
        </dl>
        ${s.unpriced.length ? html`<p class="muted">No close yet for ${s.unpriced.join(', ')}: not in the holdings value.</p>` : nothing}
      </section>`;
  }
}
customElements.define('account-summary', AccountSummary);
