// The last pre-open readiness check (08:45): ready or not for the day, and each check's verdict, so a trader
// sees before the open what would stop today's orders (session, route, funds, prices, kill switch).
import { html, nothing } from 'lit';
import { LightElement } from '../client/light-element.js';
import { time } from '../client/format.js';

class ReadinessCard extends LightElement {
  static properties = { readiness: { attribute: false } };

  render() {
    const r = this.readiness;
    return html`
      <section class="card readiness" aria-labelledby="readiness-title">
        <h2 id="readiness-title">Pre-open readiness</h2>
        ${!r ? html`<p class="empty-state">No readiness check has run yet: it runs at 08:45 on each trading day,
            or now from the task list.</p>` : this.verdict(r)}
      </section>`;
  }

  verdict(r) {
    const ready = r.status === 'success' && r.ready;
    const headline = r.status === 'success'
      ? (r.ready ? `Ready to trade ${r.tradingDay}` : `Not ready to trade ${r.tradingDay}`)
      : `The check of ${r.tradingDay} did not run: ${r.reason || r.status}`;
    return html`
      <p class="readiness-verdict ${ready ? 'positive' : 'negative'}" role="status">
        <strong>${headline}</strong> <small>(checked ${time(r.at)})</small></p>
      ${r.checks?.length ? html`<ul class="readiness-checks">${r.checks.map((c) => html`
        <li class=${c.ok ? 'positive' : 'negative'} data-check=${c.name}>
          <span aria-hidden="true">${c.ok ? '✓' : '✗'}</span>
          <span class="visually-hidden">${c.ok ? 'passed' : 'failed'}:</span>
          <strong>${c.name}</strong>: ${c.message}</li>`)}</ul>` : nothing}`;
  }
}
customElements.define('readiness-card', ReadinessCard);
