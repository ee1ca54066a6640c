// The analysis' buy signals for a day (the last analysed day by default), why each says what it says on expand,
// live from signal.created events.
import { html } from 'lit';
import { chartLink } from '../client/chart-link.js';
import { LightElement } from '../client/light-element.js';
import { query } from '../client/api-client.js';
import { WholeList } from '../client/paged-list.js';
import { onLiveEvent } from '../client/live-events.js';
import { price } from '../client/format.js';
import { signalReasons } from '../client/signal-reasons.js';
import './paged-table.js';

const verdict = (v) => (v ? html`<span class="badge verdict-${v}">${v.replace('_', ' ')}</span>` : '—');

const COLUMNS = [
  { label: 'Symbol', value: (s) => chartLink(s.symbol) },
  { label: 'Verdict', value: (s) => verdict(s.verdict) },
  { label: 'Final verdict', value: (s) => verdict(s.finalVerdict) },
  { label: 'Score', num: true, value: (s) => (s.combinedScore === null ? '—' : Number(s.combinedScore).toFixed(1)) },
  { label: 'Last close', num: true, value: (s) => price(s.lastClose) },
];

class SignalsPage extends LightElement {
  static properties = { day: { state: true } };

  constructor() {
    super();
    this.day = '';
    this.signals = new WholeList(this, () => '/user/signals' + query({ day: this.day }), (s) => s.symbol);
  }

  connectedCallback() {
    super.connectedCallback();
    this.signals.load();
    this.unsubscribe = onLiveEvent(['signal.'], ({ data }) => {
      if (data?.symbol && (!this.day || !data.day || data.day === this.day)) this.signals.upsert(data);
    });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe();
  }

  render() {
    const shownDay = this.signals.page?.day || this.day;
    return html`
      <h1>Signals${shownDay ? html` of ${shownDay}` : ''}</h1>
      <form class="filters" @submit=${(e) => e.preventDefault()} aria-label="Choose the day">
        <label class="filter">Trading day <input type="date" .value=${this.day}
          @change=${(e) => { this.day = e.target.value; this.signals.load(); }}></label>
      </form>
      <paged-table class="signals" caption="Signals" .columns=${COLUMNS} .list=${this.signals}
        .details=${(s) => html`<ul class="signal-reasons">${signalReasons(s).map((r) => html`<li>${r}</li>`)}</ul>`}
        empty-text="No signals for this day. The analysis task writes them after the close."></paged-table>`;
  }
}
customElements.define('signals-page', SignalsPage);
